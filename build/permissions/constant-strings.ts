// What a string argument is known to be before the code runs: a literal, a `const` (or a variable
// that is never reassigned) bound to one, a template literal, and `+` concatenations of those. When
// only the start is known (`BASE + path`), that prefix is kept: permissions match URLs by prefix.
import type { Program } from 'acorn';
import type { ScopeManager, Variable } from 'eslint-scope';
import { analyzeAsFunctionBody, type AnyNode } from '../sandbox/ast';

export interface ConstantString {
  value: string;
  /** False when `value` is only the start of the string (a prefix). */
  complete: boolean;
}

export type ConstantResolver = (node: AnyNode | undefined) => ConstantString | undefined;

/** The single value a variable ever holds, if it is declared once with an initial value and never reassigned. */
function onlyValue(variable: Variable): AnyNode | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  const declarator = def.node as unknown as AnyNode;
  if (def.type !== 'Variable' || declarator.type !== 'VariableDeclarator') return undefined;
  if (!declarator.init || (declarator.id as AnyNode).type !== 'Identifier') return undefined;
  const reassigned = variable.references.some((r) => r.isWrite() && !r.init);
  return reassigned ? undefined : (declarator.init as AnyNode);
}

export function constantResolver(program: Program): ConstantResolver {
  const scopes: ScopeManager = analyzeAsFunctionBody(program);
  const variableOf = new Map<unknown, Variable>();
  for (const scope of scopes.scopes) {
    for (const reference of scope.references) {
      if (reference.resolved) variableOf.set(reference.identifier, reference.resolved);
    }
  }
  const resolving = new Set<Variable>();
  const resolve: ConstantResolver = (node) => {
    if (!node) return undefined;
    switch (node.type) {
      case 'Literal':
        return typeof node.value === 'string' ? { value: node.value, complete: true } : undefined;
      case 'TemplateLiteral': {
        const quasis = node.quasis as { value: { cooked: string | null } }[];
        const first = quasis[0]?.value.cooked ?? '';
        return { value: first, complete: quasis.length === 1 };
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return undefined;
        const left = resolve(node.left as AnyNode);
        if (!left || !left.complete) return left;
        const rightNode = node.right as AnyNode;
        // 'a' + 1 is 'a1'; a number alone is not a string.
        const right =
          rightNode.type === 'Literal' && typeof rightNode.value === 'number'
            ? { value: String(rightNode.value), complete: true }
            : resolve(rightNode);
        return right
          ? { value: left.value + right.value, complete: right.complete }
          : { value: left.value, complete: false };
      }
      case 'Identifier': {
        const variable = variableOf.get(node);
        if (!variable || resolving.has(variable)) return undefined;
        const init = onlyValue(variable);
        resolving.add(variable);
        try {
          return resolve(init);
        } finally {
          resolving.delete(variable);
        }
      }
      default:
        return undefined;
    }
  };
  return resolve;
}
