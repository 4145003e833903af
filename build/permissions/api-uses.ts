// Finds which sandbox APIs the code requires and where it uses them, with the string each call
// passes first (a URL, a cookie name, a header...) when it is known before the code runs, so that
// scopes can be checked statically.
import type { Program } from 'acorn';
import { analyzeAsFunctionBody, walk, type AnyNode } from '../sandbox/ast';
import { sandboxApi } from '../sandbox/apis';
import { constantResolver, type ConstantResolver } from './constant-strings';

export interface ApiCall {
  api: string;
  /** For API objects (templateDataStorage.getItemCopy): the method. */
  method?: string;
  /** Offset of the call in the code. */
  offset: number;
  /**
   * The argument the API's permission judges (sandbox/apis.ts `checked`; else the first) when it is a
   * known string (a literal, a const, a concatenation of those).
   */
  literal?: string;
  /** The known start of that argument when only that is known (`BASE + id`). */
  prefix?: string;
  /** Offset of that argument. */
  literalOffset?: number;
}

export interface ApiUses {
  /** API → offset of its first use (or of its require when it is never used). */
  apis: Map<string, number>;
  calls: ApiCall[];
}

function requiredApi(node: AnyNode | null | undefined): string | undefined {
  if (!node || node.type !== 'CallExpression') return undefined;
  const callee = node.callee as AnyNode;
  const [arg] = node.arguments as AnyNode[];
  if (callee.type !== 'Identifier' || callee.name !== 'require') return undefined;
  return arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : undefined;
}

function judgedArgument(
  api: string,
  call: AnyNode,
  constant: ConstantResolver,
): Pick<ApiCall, 'literal' | 'prefix' | 'literalOffset'> {
  const arg = (call.arguments as AnyNode[])[sandboxApi(api)?.checked?.argument ?? 0];
  if (!arg) return {};
  const known = constant(arg);
  if (!known) return { literalOffset: arg.start };
  return known.complete
    ? { literal: known.value, literalOffset: arg.start }
    : { prefix: known.value, literalOffset: arg.start };
}

export function findApiUses(program: Program): ApiUses {
  const constant = constantResolver(program);
  const literalArgument = (call: AnyNode, api: string) => judgedArgument(api, call, constant);
  const requireOffsets = new Map<string, number>();
  const parents = new WeakMap<AnyNode, AnyNode>();
  const calls: ApiCall[] = [];
  const firstUse = new Map<string, number>();
  const use = (api: string, offset: number) => {
    if (!firstUse.has(api) || firstUse.get(api)! > offset) firstUse.set(api, offset);
  };

  walk(program, (node, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    if (parent) parents.set(node, parent);
    const api = requiredApi(node);
    if (api === undefined) return;
    if (!requireOffsets.has(api)) requireOffsets.set(api, node.start);
    // require('x')(...) used in place.
    if (parent?.type === 'CallExpression' && parent.callee === node) {
      calls.push({ api, offset: parent.start, ...literalArgument(parent, api) });
      use(api, parent.start);
    }
  });

  // Variables bound to an API: `const x = require('x')`, and aliases `const y = x`.
  const scopes = analyzeAsFunctionBody(program);
  const boundApi = new Map<unknown, string>();
  const pending: { variable: unknown; api: string }[] = [];
  for (const scope of scopes.scopes) {
    for (const variable of scope.variables) {
      for (const def of variable.defs) {
        const declarator = def.node as unknown as AnyNode;
        if (def.type !== 'Variable' || declarator.type !== 'VariableDeclarator') continue;
        const api = requiredApi(declarator.init as AnyNode | null);
        if (api !== undefined) pending.push({ variable, api });
      }
    }
  }
  while (pending.length > 0) {
    const { variable, api } = pending.shift()!;
    if (boundApi.has(variable)) continue;
    boundApi.set(variable, api);
    for (const reference of (variable as { references: { identifier: unknown }[] }).references) {
      const identifier = reference.identifier as AnyNode;
      const parent = parents.get(identifier);
      if (!parent) continue;
      if (parent.type === 'VariableDeclarator' && parent.id === identifier) continue;
      use(api, identifier.start);
      if (parent.type === 'CallExpression' && parent.callee === identifier) {
        calls.push({ api, offset: parent.start, ...literalArgument(parent, api) });
      } else if (parent.type === 'MemberExpression' && parent.object === identifier) {
        const property = parent.property as AnyNode;
        const grand = parents.get(parent);
        if (
          !parent.computed &&
          property.type === 'Identifier' &&
          grand?.type === 'CallExpression'
        ) {
          calls.push({
            api,
            method: property.name as string,
            offset: grand.start,
            ...literalArgument(grand, `${api}.${property.name as string}`),
          });
        }
      } else if (parent.type === 'VariableDeclarator' && parent.init === identifier) {
        // An alias: follow its references too.
        for (const scope of scopes.scopes) {
          for (const alias of scope.variables) {
            if (alias.defs.some((d) => (d.node as unknown) === parent)) {
              pending.push({ variable: alias, api });
            }
          }
        }
      }
    }
  }

  const apis = new Map<string, number>();
  for (const api of [...requireOffsets.keys()].sort()) {
    apis.set(api, firstUse.get(api) ?? requireOffsets.get(api)!);
  }
  calls.sort((a, b) => a.offset - b.offset);
  return { apis, calls };
}
