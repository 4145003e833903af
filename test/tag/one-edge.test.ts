// "One edge" (issue 9): among the tag's modules only gtm.ts imports from 'sgtm' the APIs that read the
// request, send, log, keep state or set cookies; every other module imports pure helpers only, so the
// mapping can be tested without GTM. Imports are read with the TypeScript parser (type-only imports
// cost nothing at run time and are allowed anywhere).
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

const TAG_DIR = path.join(__dirname, '..', '..', 'template-src', 'tag');

const EDGE_APIS = [
  'getAllEventData',
  'getEventData',
  'getCookieValues',
  'getRequestHeader',
  'getRemoteAddress',
  'getTimestampMillis',
  'generateRandom',
  'getContainerVersion',
  'logToConsole',
  'queryPermission',
  'sendHttpRequest',
  'setCookie',
  'templateDataStorage',
];
const PURE_HELPERS = [
  'JSON',
  'Math',
  'getType',
  'encodeUriComponent',
  'decodeUriComponent',
  'parseUrl',
  'fromBase64',
  'toBase64',
  'sha256Sync',
];

/** The values a module imports from 'sgtm' ('*' for a namespace import), type-only imports aside. */
function sgtmValueImports(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest);
  const names: string[] = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const from = statement.moduleSpecifier;
    if (!ts.isStringLiteral(from) || from.text !== 'sgtm') continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name) names.push('default');
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
      }
    }
  }
  return names;
}

const modules = fs
  .readdirSync(TAG_DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .map((f) => ({
    file: f,
    imports: sgtmValueImports(fs.readFileSync(path.join(TAG_DIR, f), 'utf8')),
  }));

describe('one edge to GTM', () => {
  it('reads imports as the compiler does', () => {
    expect(
      sgtmValueImports(
        "import { JSON, getCookieValues as read, type Dict } from 'sgtm';\n" +
          "import type { Request } from 'sgtm';\nimport * as all from 'sgtm';\n" +
          "import { setCookie } from './gtm';",
      ),
    ).toEqual(['JSON', 'getCookieValues', '*']);
  });

  it('gtm.ts is the only module that imports an API with an effect or an input', () => {
    const users = modules
      .map((m) => ({
        file: m.file,
        edge: m.imports.filter((name) => EDGE_APIS.includes(name)).sort(),
      }))
      .filter((m) => m.edge.length > 0);
    expect(users.filter((m) => m.file !== 'gtm.ts')).toEqual([]);
    expect(users.map((m) => m.file)).toEqual(['gtm.ts']);
  });

  it('every other module imports pure helpers only (main.ts also takes `data`, the firing)', () => {
    const other = modules
      .filter((m) => m.file !== 'gtm.ts')
      .map((m) => ({
        file: m.file,
        notPure: m.imports.filter(
          (name) => !PURE_HELPERS.includes(name) && !(m.file === 'main.ts' && name === 'data'),
        ),
      }))
      .filter((m) => m.notPure.length > 0);
    expect(other).toEqual([]);
  });
});
