// Parsing and walking the generated JavaScript: acorn for the syntax tree, eslint-scope for scopes.
import { parse, type Node, type Program } from 'acorn';
import { analyze, type ScopeManager } from 'eslint-scope';
import type * as estree from 'estree';

export type AnyNode = Node & Record<string, unknown>;

// The build parses and analyses the same output several times (checker, permissions): keep the
// last result. Nothing here mutates the tree.
let lastScript: { code: string; program: Program } | undefined;
const functionScopes = new WeakMap<Program, ScopeManager>();

export function parseScript(code: string): Program {
  if (lastScript?.code === code) return lastScript.program;
  const program = parseFreshScript(code);
  lastScript = { code, program };
  return program;
}

function parseFreshScript(code: string): Program {
  return parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowReturnOutsideFunction: true,
    allowHashBang: false,
    // eslint-scope reads `range`.
    ranges: true,
  });
}

export function parseModule(code: string): Program {
  return parse(code, { ecmaVersion: 'latest', sourceType: 'module', ranges: true });
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Calls `visit` for every node, parents before children, with the chain of ancestors. */
export function walk(root: Node, visit: (node: AnyNode, ancestors: AnyNode[]) => void): void {
  const ancestors: AnyNode[] = [];
  const step = (node: AnyNode) => {
    visit(node, ancestors);
    ancestors.push(node);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) step(item);
      } else if (isNode(value) && key !== 'loc') {
        step(value);
      }
    }
    ancestors.pop();
  };
  step(root as AnyNode);
}

/**
 * Scopes of a template's code, analysed as the body of `function(data) {...}` (which is what GTM
 * runs), so that `data` and `arguments` resolve and top-level declarations are function-scoped.
 */
export function analyzeAsFunctionBody(program: Program): ScopeManager {
  const cached = functionScopes.get(program);
  if (cached) return cached;
  const scopes = analyzeFreshAsFunctionBody(program);
  functionScopes.set(program, scopes);
  return scopes;
}

function analyzeFreshAsFunctionBody(program: Program): ScopeManager {
  const range = [program.start, program.end];
  const wrapper = {
    type: 'Program',
    sourceType: 'script',
    start: program.start,
    end: program.end,
    body: [
      {
        type: 'ExpressionStatement',
        start: program.start,
        end: program.end,
        expression: {
          type: 'FunctionExpression',
          id: null,
          params: [{ type: 'Identifier', name: 'data', start: 0, end: 0, range: [0, 0] }],
          body: {
            type: 'BlockStatement',
            body: program.body,
            start: program.start,
            end: program.end,
            range,
          },
          generator: false,
          async: false,
          expression: false,
          start: program.start,
          end: program.end,
          range,
        },
        range,
      },
    ],
    range,
  };
  return analyze(
    wrapper as unknown as estree.Program,
    {
      ecmaVersion: 2022,
      sourceType: 'script',
      fallback: 'iteration',
    } as Parameters<typeof analyze>[1],
  );
}

export function analyzeModule(program: Program): ScopeManager {
  return analyze(
    program as unknown as estree.Program,
    {
      ecmaVersion: 2022,
      sourceType: 'module',
      fallback: 'iteration',
    } as Parameters<typeof analyze>[1],
  );
}
