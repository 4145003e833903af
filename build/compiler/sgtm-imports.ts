// Step 2 of the build: turns esbuild's ES module into a sandbox function body. Each API imported
// from 'sgtm' becomes `const name = require('name');` at the top (one require per API, sorted by
// API name; a second local name for the same API, which esbuild makes when two files import it under
// different names, becomes `const alias = name;`). `data` is the code's parameter. `sgtm.name`
// through a namespace import becomes the API's local name. Exports vanish, except that the entry's
// default export becomes the code's `return` value (what a variable template returns). Object
// shorthands are written out in ES5 form (see object-shorthands.ts).
import type { Scope, ScopeManager } from 'eslint-scope';
import { analyzeModule, parseModule, walk, type AnyNode } from '../sandbox/ast';
import { EditedText, type MappedText } from './edits';
import { OutputNames, restoreRenamedNames, type Origin } from './esbuild-renames';
import { expandObjectShorthands } from './object-shorthands';

export interface Problem {
  /** Offset in esbuild's output. */
  offset: number;
  message: string;
}

export interface RewrittenCode {
  code: MappedText;
  /** API name → the local names it is bound to in the code (first is the one that requires it). */
  apis: Map<string, string[]>;
  problems: Problem[];
  /** Local names of `import * as x from 'sgtm'` (gone from the output). */
  namespaces: string[];
}

/** Every name declared or referenced in any scope (property names don't count). */
function namesInUse(scopes: ScopeManager): Set<string> {
  const names = new Set<string>();
  for (const scope of scopes.scopes) {
    for (const variable of scope.variables) names.add(variable.name);
    for (const reference of scope.references) names.add(reference.identifier.name);
  }
  return names;
}

const PATH_COMMENT = /^\/\/ \S+\.(?:[cm]?[jt]sx?|json)$/;

/** esbuild's `// path/file.ts` comment lines whose module section lost all its code. */
function removeEmptySectionComments(code: string, edits: EditedText): void {
  const lines = code.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const surviving = (i: number) => !edits.isRemoved(starts[i]) || lines[i] === '';
  lines.forEach((line, i) => {
    if (!PATH_COMMENT.test(line)) return;
    let next = i + 1;
    while (next < lines.length && edits.isRemoved(starts[next]) && lines[next] !== '') next++;
    const nextLine = next < lines.length && surviving(next) ? lines[next] : '';
    if (nextLine === '' || PATH_COMMENT.test(nextLine)) {
      edits.remove(starts[i], Math.min(starts[i] + line.length + 1, code.length));
      if (nextLine === '' && next < lines.length && next > i && !edits.isRemoved(starts[next])) {
        edits.remove(starts[next], Math.min(starts[next] + 1, code.length));
      }
    }
  });
}

function freshName(wanted: string, used: Set<string>): string {
  let name = wanted;
  for (let i = 1; used.has(name); i++) name = `${wanted}_${i}`;
  used.add(name);
  return name;
}

function nameOf(node: AnyNode): string {
  return (node.type === 'Identifier' ? node.name : node.value) as string;
}

/**
 * Replaces every reference to the module-level `from` by `to`, if `to` means the same binding at
 * each of them (no inner scope declares `to`). Returns whether it did.
 */
function renameReferences(
  moduleScope: Scope | undefined,
  from: string,
  to: string,
  edits: EditedText,
  names: OutputNames,
): boolean {
  const variable = moduleScope?.set.get(from);
  if (!moduleScope || !variable) return false;
  const visible = (scope: Scope | null): boolean => {
    for (let s = scope; s && s !== moduleScope; s = s.upper)
      if (names.declares(s, to)) return false;
    return true;
  };
  const references = variable.references.filter((r) => r.identifier !== variable.identifiers[0]);
  if (!references.every((r) => visible(r.from))) return false;
  names.set(variable, to);
  for (const reference of references) {
    const identifier = reference.identifier as unknown as AnyNode;
    // References inside removed statements (an `export {...}` list) need no renaming.
    if (!edits.isRemoved(identifier.start)) edits.replace(identifier.start, identifier.end, to);
  }
  return true;
}

/** `origin` (from the bundle's source map) lets esbuild's renamed declarations get their names back. */
export function rewriteSgtmImports(bundleCode: string, origin: Origin): RewrittenCode {
  const program = parseModule(bundleCode);
  const edits = new EditedText(bundleCode);
  const problems: Problem[] = [];
  const apiLocals = new Map<string, Set<string>>();
  const dataLocals = new Set<string>();
  const namespaceLocals: AnyNode[] = [];
  let defaultExport: string | undefined;

  const addLocal = (api: string, local: string) => {
    if (!apiLocals.has(api)) apiLocals.set(api, new Set());
    apiLocals.get(api)!.add(local);
  };

  const body = program.body as unknown as AnyNode[];
  body.forEach((statement, index) => {
    switch (statement.type) {
      case 'ImportDeclaration': {
        const source = (statement.source as AnyNode).value as string;
        edits.removeLines(statement.start, statement.end);
        if (source !== 'sgtm') {
          problems.push({
            offset: statement.start,
            message: `import from "${source}" could not be bundled; the sandbox has no modules: import only from 'sgtm' and from files of the template`,
          });
          return;
        }
        for (const specifier of statement.specifiers as AnyNode[]) {
          const local = (specifier.local as AnyNode).name as string;
          if (specifier.type === 'ImportNamespaceSpecifier') {
            namespaceLocals.push(specifier.local as AnyNode);
          } else if (specifier.type === 'ImportDefaultSpecifier') {
            problems.push({
              offset: specifier.start,
              message:
                "'sgtm' has no default export; import the APIs by name: import { sendHttpRequest } from 'sgtm'",
            });
          } else {
            const imported = nameOf(specifier.imported as AnyNode);
            if (imported === 'data') dataLocals.add(local);
            else addLocal(imported, local);
          }
        }
        return;
      }
      case 'ExportNamedDeclaration': {
        if (statement.declaration) {
          edits.remove(statement.start, (statement.declaration as AnyNode).start);
          return;
        }
        for (const specifier of statement.specifiers as AnyNode[]) {
          if (nameOf(specifier.exported as AnyNode) === 'default') {
            defaultExport = nameOf(specifier.local as AnyNode);
          }
        }
        if (defaultExport !== undefined && index === body.length - 1) {
          const lineStart = bundleCode.lastIndexOf('\n', statement.start - 1) + 1;
          const lineEnd = bundleCode.indexOf('\n', statement.end);
          edits.replace(
            lineStart,
            lineEnd === -1 ? bundleCode.length : lineEnd + 1,
            `return ${defaultExport};\n`,
          );
        } else {
          edits.removeLines(statement.start, statement.end);
          if (defaultExport !== undefined) {
            problems.push({
              offset: statement.start,
              message:
                'the default export must come last to become the return value; export default a value at the end of the entry file',
            });
          }
        }
        return;
      }
      case 'ExportAllDeclaration':
        edits.removeLines(statement.start, statement.end);
        return;
      case 'ExportDefaultDeclaration':
        problems.push({
          offset: statement.start,
          message:
            'this form of default export is not supported; declare the value in a const and `export default` that const',
        });
        return;
      default:
        return;
    }
  });

  const scopes = analyzeModule(program);
  const used = namesInUse(scopes);
  const moduleScope = scopes.scopes.find((scope) => scope.type === 'module');

  // A top-level `data` or `require` of the template's own would hide the real ones.
  for (const variable of moduleScope?.variables ?? []) {
    const isImport = variable.defs.some((def) => def.type === 'ImportBinding');
    if (!isImport && (variable.name === 'data' || variable.name === 'require')) {
      const node = variable.identifiers[0] as unknown as AnyNode;
      problems.push({
        offset: node.start,
        message: `a top-level declaration named \`${variable.name}\` hides the sandbox's own ${variable.name}; rename it`,
      });
    }
  }

  // `sgtm.name` through a namespace import: replace by the API's local name.
  if (namespaceLocals.length > 0) {
    const parents = new WeakMap<AnyNode, AnyNode>();
    walk(program, (node, ancestors) => {
      if (ancestors.length > 0) parents.set(node, ancestors[ancestors.length - 1]);
    });
    for (const local of namespaceLocals) {
      const variable = moduleScope?.set.get(local.name as string);
      for (const reference of variable?.references ?? []) {
        const identifier = reference.identifier as unknown as AnyNode;
        const parent = parents.get(identifier);
        const property = parent?.property as AnyNode | undefined;
        const api =
          parent?.type === 'MemberExpression' && parent.object === identifier && property
            ? !parent.computed && property.type === 'Identifier'
              ? (property.name as string)
              : property.type === 'Literal' && typeof property.value === 'string'
                ? property.value
                : undefined
            : undefined;
        if (edits.isRemoved(identifier.start)) continue;
        if (api === undefined) {
          problems.push({
            offset: identifier.start,
            message: `the namespace import \`${local.name}\` of 'sgtm' is used as a value; the sandbox has no module object: use ${local.name}.name, or import { name } from 'sgtm'`,
          });
          continue;
        }
        let name: string;
        if (api === 'data') {
          name = dataLocals.size > 0 ? [...dataLocals].sort()[0] : 'data';
          dataLocals.add(name);
        } else {
          const existing = apiLocals.get(api);
          name = existing ? [...existing].sort()[0] : freshName(api, used);
          addLocal(api, name);
        }
        edits.replace(parent!.start, parent!.end, name);
      }
    }
  }

  // esbuild's numbered names get their source names back first: the names the author wrote win
  // over merging an alias into its API's name.
  const names = new OutputNames();
  problems.push(...restoreRenamedNames(scopes, origin, edits, names));

  // The header: one require per API, then aliases.
  const apis = new Map<string, string[]>();
  const header: string[] = [];
  for (const api of [...apiLocals.keys()].sort()) {
    const locals = [...apiLocals.get(api)!].sort();
    const primary = locals.includes(api) ? api : locals[0];
    // esbuild gives each file's import its own name (JSON, JSON2, ...): use the primary name
    // wherever no inner scope hides it, so the output reads like hand-written code.
    const aliases = locals.filter(
      (l) => l !== primary && !renameReferences(moduleScope, l, primary, edits, names),
    );
    apis.set(api, [primary, ...aliases]);
    header.push(`const ${primary} = require('${api}');`);
  }
  for (const api of apis.keys()) {
    const [primary, ...aliases] = apis.get(api)!;
    for (const alias of aliases) header.push(`const ${alias} = ${primary};`);
  }
  for (const alias of [...dataLocals].sort()) {
    if (alias !== 'data') header.push(`const ${alias} = data;`);
  }
  expandObjectShorthands(program, edits);
  removeEmptySectionComments(bundleCode, edits);
  if (header.length > 0) edits.insert(0, header.join('\n') + '\n\n');
  return {
    code: edits.apply(),
    apis,
    problems,
    namespaces: namespaceLocals.map((local) => local.name as string),
  };
}
