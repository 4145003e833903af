import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectSettings } from '../../cli/project';
import { buildTemplate } from '../../compiler/build-template';
import { BuildError, formatDiagnostic } from '../../compiler/diagnostic';
import { readTpl } from '../../tpl/read';
import {
  buildDiagnostics,
  codeOf,
  definitionSource,
  PERMISSIVE_TSCONFIG,
  REPO,
  tempProject,
} from './temp-project';

const ALLOWED = `import { data, getType, logToConsole, sendHttpRequest, JSON } from 'sgtm';

const items: string[] = ['a', 'b'];
let count = 0;
for (const item of items) count += item.length;
const seen: Record<string, boolean> = { a: true };
for (const key in seen) {
  if (seen.hasOwnProperty(key)) count++;
}
function kind(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return 'text';
    default:
      return getType(v);
  }
}
function countArgs(): number {
  return arguments.length;
}
const double = (n: number) => n * 2;
sendHttpRequest('https://api.example.com/v1', { method: 'POST' }, JSON.stringify({ n: double(count) }))
  .then((response) => {
    logToConsole(kind(response.statusCode), countArgs());
    data.gtmOnSuccess();
  })
  .catch(() => data.gtmOnFailure());
`;

const SEND_AND_LOG = "{ sendHttp: { urls: ['https://api.example.com/'] }, logging: 'debug' }";

describe('build', () => {
  test('accepts const, let, arrows, for...of, for...in, switch, typeof, arguments, then/catch, hasOwnProperty', () => {
    const { lines, text } = buildDiagnostics(
      { 'main.ts': ALLOWED, 'template.ts': definitionSource(SEND_AND_LOG) },
      {},
    );
    expect(lines).toEqual([]);
    expect(codeOf(text!)).toBe(`const JSON = require('JSON');
const getType = require('getType');
const logToConsole = require('logToConsole');
const sendHttpRequest = require('sendHttpRequest');

// main.ts
var items = ["a", "b"];
var count = 0;
for (const item of items) count += item.length;
var seen = { a: true };
for (const key in seen) {
	if (seen.hasOwnProperty(key)) count++;
}
function kind(v) {
	switch (typeof v) {
		case "string":
			return "text";
		default:
			return getType(v);
	}
}
function countArgs() {
	return arguments.length;
}
var double = (n) => n * 2;
sendHttpRequest("https://api.example.com/v1", { method: "POST" }, JSON.stringify({ n: double(count) })).then((response) => {
	logToConsole(kind(response.statusCode), countArgs());
	data.gtmOnSuccess();
}).catch(() => data.gtmOnFailure());`);
  });

  test("turns 'sgtm' imports from several files into one require per API", () => {
    const { lines, text } = buildDiagnostics({
      'util.ts': `import { getType as typeOf, makeString } from 'sgtm';
import type { TemplateData } from 'sgtm';
export function isText(v: unknown): boolean {
  return typeOf(v) === 'string' && makeString(v) !== '';
}
export function finish(d: TemplateData): void {
  d.gtmOnSuccess();
}
`,
      'main.ts': `import { data as input, getType } from 'sgtm';
import * as sgtm from 'sgtm';
import { finish, isText } from './util';
function check(getType: number): boolean {
  return getType > 0;
}
if (isText(input.value) && getType(1) === 'number' && check(1)) {
  sgtm.logToConsole(sgtm.getTimestampMillis());
}
finish(sgtm.data);
`,
      'template.ts': definitionSource("{ logging: 'debug' }"),
    });
    expect(lines).toEqual([]);
    expect(codeOf(text!)).toBe(`const getTimestampMillis = require('getTimestampMillis');
const getType = require('getType');
const logToConsole = require('logToConsole');
const makeString = require('makeString');
const input = data;

// util.ts
function isText(v) {
	return getType(v) === "string" && makeString(v) !== "";
}
function finish(d) {
	d.gtmOnSuccess();
}

// main.ts
function check(getType) {
	return getType > 0;
}
if (isText(input.value) && getType(1) === "number" && check(1)) {
	logToConsole(getTimestampMillis());
}
finish(input);`);
  });

  test('writes object shorthands out in ES5 form and rejects computed keys', () => {
    const { lines, text } = buildDiagnostics({
      'main.ts':
        "import { data, logToConsole } from 'sgtm';\nconst value = data.value;\nconst o = { value, twice(n: number) { return n * 2; } };\nlogToConsole(o);\n",
      'template.ts': definitionSource("{ logging: 'debug' }"),
    });
    expect(lines).toEqual([]);
    expect(codeOf(text!)).toContain(
      'var o = { value: value, twice: function(n) {\n\treturn n * 2;\n} };',
    );
    const computed = buildDiagnostics({
      'main.ts':
        "import { data, logToConsole } from 'sgtm';\nconst key = 'k';\nlogToConsole({ [key]: data.value });\n",
      'template.ts': definitionSource("{ logging: 'debug' }"),
    });
    expect(computed.lines).toEqual([
      "main.ts:3:16: computed property names ({ [key]: value }) are not among the sandbox's documented ES6 features; create the object, then assign obj[key] = value",
    ]);
  });

  test('a parameter keeps the name written in the source; an alias it would hide stays an alias', () => {
    const { lines, text } = buildDiagnostics({
      'util.ts':
        "import { getType as typeOf } from 'sgtm';\nexport function f(getType: unknown): string {\n  return typeOf(getType);\n}\n",
      'main.ts':
        "import { data, getType, logToConsole } from 'sgtm';\nimport { f } from './util';\nlogToConsole(f(1), getType(data));\n",
      'template.ts': definitionSource("{ logging: 'debug' }"),
    });
    expect(lines).toEqual([]);
    expect(codeOf(text!)).toBe(`const getType = require('getType');
const logToConsole = require('logToConsole');
const typeOf = getType;

// util.ts
function f(getType) {
	return typeOf(getType);
}

// main.ts
logToConsole(f(1), getType(data));`);
  });

  test('no numbered names: esbuild renames are undone, or the build says which two names collide', () => {
    const util = `// Helpers.
import type { TemplateData } from 'sgtm';
const LIMIT = 1;
export function done(data: TemplateData, snapEvent: number): void {
  if (snapEvent < LIMIT) data.gtmOnSuccess();
}
`;
    const main = `// The entry: hands the event to the helpers.
import { data } from 'sgtm';
import { done } from './util';
const snapEvent = 0;
done(data, snapEvent);
`;
    const undone = buildDiagnostics({ 'util.ts': util, 'main.ts': main });
    expect(undone.lines).toEqual([]);
    expect(codeOf(undone.text!)).toBe(`// util.ts: Helpers.
var LIMIT = 1;
function done(data, snapEvent) {
	if (snapEvent < LIMIT) data.gtmOnSuccess();
}

// main.ts: The entry: hands the event to the helpers.
var snapEvent = 0;
done(data, snapEvent);`);

    const collisions = buildDiagnostics({
      'util.ts': util,
      'main.ts': `import { data } from 'sgtm';
import { done } from './util';
const LIMIT = 2;
done(data, LIMIT);
`,
    });
    expect(collisions.lines).toEqual([
      'main.ts:3:7: `LIMIT` is declared at the top level of both main.ts and util.ts, so esbuild renamed this one `LIMIT2` in the emitted code; rename one of them, or declare it once and import it',
    ]);

    const hiding = buildDiagnostics({
      'limits.ts': 'export const n = 1;\n',
      'util.ts':
        "import { n as count } from './limits';\nexport function f(n: number): number {\n  return n + count;\n}\n",
      'main.ts':
        "import { data } from 'sgtm';\nimport { f } from './util';\nif (f(1) > 0) data.gtmOnSuccess();\n",
    });
    expect(hiding.lines).toEqual([
      'util.ts:2:19: `n` here would hide the `n` that code inside its scope uses, so esbuild renamed it `n2` in the emitted code; give it another name',
    ]);
  });

  test("the entry's default export becomes the code's return value", () => {
    const { lines, text } = buildDiagnostics({
      'main.ts':
        "import { data, makeString } from 'sgtm';\nconst result = makeString(data.value);\nexport default result;\n",
    });
    expect(lines).toEqual([]);
    expect(codeOf(text!)).toBe(
      "const makeString = require('makeString');\n\n// main.ts\nvar result = makeString(data.value);\nvar main_default = result;\nreturn main_default;",
    );
  });

  test('type errors are reported with the file, line and column', () => {
    const { lines } = buildDiagnostics(
      {
        'main.ts': "import { data } from 'sgtm';\nconst n: number = 'x';\ndata.gtmOnSuccess(n);\n",
      },
      {},
    );
    expect(lines).toEqual([
      "main.ts:2:7: TS2322: Type 'string' is not assignable to type 'number'.",
      'main.ts:3:19: TS2554: Expected 0 arguments, but got 1.',
    ]);
  });

  test('the type check gives the same result in the worker thread and in process', () => {
    const files = {
      'main.ts': "import { data } from 'sgtm';\nconst n: number = 'x';\ndata.gtmOnSuccess();\n",
    };
    const inWorker = buildDiagnostics(files, {}).lines;
    process.env.SGTM_TYPECHECK_INLINE = '1';
    try {
      expect(buildDiagnostics(files, {}).lines).toEqual(inWorker);
    } finally {
      delete process.env.SGTM_TYPECHECK_INLINE;
    }
    expect(inWorker).toEqual([
      "main.ts:2:7: TS2322: Type 'string' is not assignable to type 'number'.",
    ]);
  });

  test('the sandbox lib alone rejects new Date() and [].includes', () => {
    const { lines } = buildDiagnostics(
      {
        'main.ts':
          "import { data } from 'sgtm';\nconst t = new Date();\nconst has = ['a'].includes('a');\nif (has && t) data.gtmOnSuccess();\n",
      },
      {},
    );
    const typeErrors = lines.filter((line) => / TS\d+: /.test(line));
    expect(typeErrors.map((line) => line.split(': ')[0])).toEqual(['main.ts:2:15', 'main.ts:3:19']);
    expect(typeErrors[0]).toBe("main.ts:2:15: TS2304: Cannot find name 'Date'.");
  });

  test('a template with no tsconfig of its own is checked with the sandbox lib and the sgtm types', () => {
    const dir = tempProject({
      'main.ts':
        "import { data } from 'sgtm';\nconst t = new Date();\nif (t) data.gtmOnSuccess();\n",
    });
    rmSync(join(dir, 'tsconfig.json'));
    let lines: string[] = [];
    try {
      buildTemplate(join(dir, 'template.ts'));
    } catch (error) {
      lines = (error as BuildError).diagnostics.map(formatDiagnostic);
    }
    const typeErrors = lines.filter((line) => / TS\d+: /.test(line));
    expect(typeErrors).toEqual(["main.ts:2:15: TS2304: Cannot find name 'Date'."]);
  });

  test('output is byte-identical across builds', () => {
    const dir = tempProject({ 'main.ts': ALLOWED, 'template.ts': definitionSource(SEND_AND_LOG) });
    const first = buildTemplate(join(dir, 'template.ts'), { typecheck: false }).text;
    const second = buildTemplate(join(dir, 'template.ts'), { typecheck: false }).text;
    expect(second).toBe(first);
  });

  test('writes info, fields, tests, notes and the terms section from the definition', () => {
    const extra = `
  notes: 'Static notes.',
  termsOfService: true,
  tests: () => ({ scenarios: [{ name: 'runs', code: 'runCode({});' }] }),`;
    const { text } = buildDiagnostics({
      'main.ts': "import { data } from 'sgtm';\ndata.gtmOnSuccess();\n",
      'template.ts': definitionSource('{}', extra),
    });
    const tpl = readTpl(text!);
    expect(tpl.info).toEqual({
      type: 'TAG',
      id: 'cvt_temp_public_id',
      version: 1,
      securityGroups: [],
      displayName: 'Test tag',
      categories: ['UTILITY'],
      brand: { id: 'brand_dummy', displayName: 'Tests' },
      description: 'A tag for tests.',
      containerContexts: ['SERVER'],
    });
    expect(tpl.parameters).toEqual([
      { type: 'TEXT', name: 'value', displayName: 'Value', simpleValueType: true },
    ]);
    expect(tpl.tests).toEqual({ scenarios: [{ name: 'runs', code: 'runCode({});' }] });
    expect(tpl.notes).toBe('Static notes.');
    expect(text!.startsWith('___TERMS_OF_SERVICE___\n\nBy creating or modifying this file')).toBe(
      true,
    );
  });

  test('reports a definition without code or scope', () => {
    const { lines } = buildDiagnostics({
      'main.ts': '',
      'template.ts': 'export default { info: {}, fields: [] };\n',
    });
    expect(lines).toEqual([
      "template.ts:1:1: the default export has no code, scope; export default defineTemplate({ info, fields, code: './tag/main.ts', scope })",
    ]);
  });

  test('code TypeScript accepts under a permissive tsconfig is still checked for the sandbox', () => {
    const { lines } = buildDiagnostics(
      {
        'tsconfig.json': PERMISSIVE_TSCONFIG,
        'main.ts':
          "import { data } from 'sgtm';\nconst m = new Map();\nif (m) data.gtmOnSuccess();\n",
      },
      {},
    );
    expect(lines).toEqual([
      'main.ts:2:11: `new` does not exist in the sandbox; create values with literals or with factory APIs (Promise.create, createRegex)',
      "main.ts:2:15: `Map` is not defined in the sandbox (only `data` and `require` are global); declare it, or if it is a sandbox API, import { Map } from 'sgtm'",
    ]);
  });
});

describe('the entry: a definition module, or the template code one names', () => {
  const DEFINITION = `import { defineTemplate, text } from 'sgtm-template';
export default defineTemplate({
  info: { displayName: 'Hello', description: 'Says hello.', categories: ['UTILITY'], brand: { id: 'brand_dummy', displayName: 'Hello' } },
  fields: [text('greeting', { displayName: 'Greeting' })],
  code: './main.ts',
  scope: { logging: 'all' },
});
`;
  const TYPED = `import { data, logToConsole } from 'sgtm';
import type { FieldValues } from 'sgtm-template';
import type definition from './fields';
declare module 'sgtm' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateFields extends FieldValues<typeof definition> {}
}
logToConsole(data.greeting);
data.gtmOnSuccess();
`;

  function build(files: Record<string, string>, entry: string) {
    const dir = tempProject({ 'template.ts': null, ...files });
    try {
      // Which definition is built is the point here; the packaging test type-checks this template.
      return { text: buildTemplate(join(dir, entry), { typecheck: false }).text, errors: [] };
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      return { text: undefined, errors: error.diagnostics.map(formatDiagnostic) };
    }
  }

  test('--entry main.ts builds from the definition that names it, the same as --entry fields.ts', () => {
    const files = { 'fields.ts': DEFINITION, 'main.ts': TYPED };
    const viaCode = build(files, 'main.ts');
    expect(viaCode.errors).toEqual([]);
    expect(viaCode.text).toBe(build(files, 'fields.ts').text);
  });

  test.each([
    ['"type": "commonjs" (npm init -y)', '{ "name": "app", "type": "commonjs" }\n'],
    ['"type": "module"', '{ "name": "app", "type": "module" }\n'],
    ['no "type"', '{ "private": true }\n'],
    ['no package.json', null],
  ])('builds the same whatever the package.json says: %s', (_what, packageJson) => {
    const files = { 'fields.ts': DEFINITION, 'main.ts': TYPED };
    const built = build(
      { ...files, 'package.json': packageJson } as Record<string, string>,
      'main.ts',
    );
    expect(built.errors).toEqual([]);
    expect(built.text).toBe(build(files, 'main.ts').text);
  });

  test('a module esbuild would wrap as CommonJS is an error that says why and what to do', () => {
    const main = TYPED.replace(
      "import { data, logToConsole } from 'sgtm';",
      "import { data, logToConsole } from 'sgtm';\nimport './setup';",
    );
    const setup = "import { logToConsole } from 'sgtm';\nlogToConsole('set up');\n";
    const built = build(
      {
        'fields.ts': DEFINITION,
        'main.ts': main,
        'setup.ts': setup,
        'package.json': '{ "type": "commonjs" }',
      },
      'main.ts',
    );
    expect(built.errors).toEqual([
      'setup.ts:1:1: bundled as CommonJS: it has no export and its package.json says "type": "commonjs"; add `export {};` to it, or set "type": "module"',
    ]);
  });

  test('template code that no definition names is an error that says what to write', () => {
    const other = DEFINITION.replace("'./main.ts'", "'./other.ts'");
    expect(build({ 'fields.ts': other, 'main.ts': TYPED }, 'main.ts').errors).toEqual([
      "main.ts:1:1: main.ts is template code (it imports 'sgtm'), and no definition module next to it names it; write one that does: export default defineTemplate({ info, fields, code: './main.ts', scope }), or pass --entry <that module>",
    ]);
  });
});

describe('the committed template', () => {
  // package.json's "sgtm-template" section: the definition and every file `npm run build` writes
  // (dist/template.tpl and the Gallery's copy at the root).
  const { entry, out } = projectSettings(REPO);
  test('dist/template.tpl and template.tpl equal a fresh build (run npm run build)', () => {
    expect(out.map((file) => relative(REPO, file))).toEqual(['dist/template.tpl', 'template.tpl']);
    const text = buildTemplate(entry!).text;
    for (const file of out)
      expect({ file, text: readFileSync(file, 'utf8') }).toEqual({ file, text });
  });
});
