// esbuild sometimes adds helpers of its own (`var __export = ...`) for things the sandbox cannot
// express, e.g. a namespace object for `import * as x from './file'` used as a value. The checker
// skips the helpers' own code and this module reports, at the author's source line, what caused them.
import type { Program } from 'acorn';
import { walk, type AnyNode } from '../sandbox/ast';

export interface HelperReport {
  /** Code ranges of helper declarations (not the author's code). */
  ranges: [number, number][];
  problems: { offset: number; message: string }[];
}

const CAUSES: Record<string, string> = {
  __export:
    "a namespace import of a template file (import * as x from './file') is used as a value, so esbuild builds a module object with getters, which the sandbox lacks; use x.name member accesses or named imports",
  __commonJS: 'a CommonJS module is imported; write template files as ES modules (import/export)',
  __toESM: 'a CommonJS module is imported; write template files as ES modules (import/export)',
  __toCommonJS: 'a module is loaded with require(); use import',
  __require: "require() of a module; import APIs from 'sgtm' and files with import",
  __esm:
    'a dynamic import() makes esbuild load a module lazily, which the sandbox cannot run; use a static import',
};

// esbuild's runtime helpers (its source: internal/runtime/runtime.go); only these count as generated,
// so that a top-level `__something` of the author's is still checked.
const ESBUILD_HELPERS = new Set([
  '__create',
  '__defProp',
  '__getOwnPropDesc',
  '__getOwnPropNames',
  '__getOwnPropSymbols',
  '__getProtoOf',
  '__hasOwnProp',
  '__propIsEnum',
  '__reflectGet',
  '__knownSymbol',
  '__typeError',
  '__defNormalProp',
  '__spreadValues',
  '__spreadProps',
  '__markAsModule',
  '__name',
  '__require',
  '__esm',
  '__commonJS',
  '__export',
  '__copyProps',
  '__reExport',
  '__toESM',
  '__toCommonJS',
  '__toBinary',
  '__objRest',
  '__decoratorStart',
  '__decorateClass',
  '__publicField',
  '__accessCheck',
  '__privateIn',
  '__privateGet',
  '__privateAdd',
  '__privateSet',
  '__privateMethod',
  '__earlyAccess',
  '__async',
  '__await',
  '__asyncGenerator',
  '__yieldStar',
  '__forAwait',
  '__pow',
  '__template',
  '__using',
  '__callDispose',
]);

/** esbuild puts its helpers before the first `// path/file.ts` comment, ahead of all module code. */
const FIRST_MODULE_COMMENT = /^\/\/ \S+\.(?:[cm]?[jt]sx?|json)$/m;

export function findEsbuildHelpers(program: Program, code: string): HelperReport {
  const ranges: [number, number][] = [];
  const helpers = new Set<string>();
  const firstModule = FIRST_MODULE_COMMENT.exec(code);
  const helpersEnd = firstModule ? firstModule.index : 0;
  for (const statement of program.body as unknown as AnyNode[]) {
    if (statement.type !== 'VariableDeclaration' || statement.end > helpersEnd) continue;
    const names = (statement.declarations as AnyNode[]).map(
      (d) => (d.id as AnyNode).name as string,
    );
    if (names.length > 0 && names.every((n) => ESBUILD_HELPERS.has(n))) {
      names.forEach((n) => helpers.add(n));
      ranges.push([statement.start, statement.end]);
    }
  }
  const problems: HelperReport['problems'] = [];
  if (helpers.size === 0) return { ranges, problems };
  const inHelper = (offset: number) => ranges.some(([s, e]) => s <= offset && offset < e);

  // `__export(ns, {...})`: report where the author uses `ns`, which maps to their source.
  const namespaces = new Set<string>();
  const exportCalls: [number, number][] = [];
  walk(program, (node) => {
    if (node.type !== 'CallExpression' || inHelper(node.start)) return;
    const callee = node.callee as AnyNode;
    const [target] = node.arguments as AnyNode[];
    if (
      callee.type === 'Identifier' &&
      callee.name === '__export' &&
      target?.type === 'Identifier'
    ) {
      namespaces.add(target.name as string);
      exportCalls.push([node.start, node.end]);
    }
  });
  const reported = new Set<number>();
  walk(program, (node, ancestors) => {
    if (node.type !== 'Identifier' || inHelper(node.start)) return;
    if (exportCalls.some(([s, e]) => s <= node.start && node.start < e)) return;
    const parent = ancestors[ancestors.length - 1];
    if (parent?.type === 'VariableDeclarator' && parent.id === node) return;
    if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
    if (parent?.type === 'Property' && parent.key === node && !parent.computed) return;
    const name = node.name as string;
    const cause = namespaces.has(name)
      ? CAUSES.__export
      : helpers.has(name)
        ? CAUSES[name]
        : undefined;
    if (cause === undefined && !helpers.has(name)) return;
    if (reported.has(node.start)) return;
    reported.add(node.start);
    problems.push({
      offset: node.start,
      message:
        cause ??
        `esbuild generated the helper ${name} here, which the sandbox cannot run; rewrite this construct`,
    });
  });
  return { ranges, problems };
}
