// `data.X` in template code, where X is neither one of the template's fields nor gtmOnSuccess /
// gtmOnFailure, reported with the nearest name. Calling it (`data.gtmOnSucess()`) or misspelling a
// callback is an error: in GTM the call throws and the tag ends without a callback. Reading it is a
// warning: GTM gives `undefined`, which published templates that work rely on for fields they
// removed (Snap's own tag reads data.validate, stape's data.testEventCode).
import type { Program } from 'acorn';
import { NATIVE_METHODS } from '../sandbox/natives';
import { analyzeAsFunctionBody, walk, type AnyNode } from '../sandbox/ast';

export interface DataFieldProblem {
  offset: number;
  message: string;
  severity: 'error' | 'warning';
}

const CALLBACKS = ['gtmOnSuccess', 'gtmOnFailure'];

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      const cost = a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1;
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The candidate closest to `name`, if it is close enough to be a likely typo. */
function nearestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function suggestion(nearest: string | undefined, fieldNames: readonly string[]): string {
  if (nearest) return `did you mean data.${nearest}?`;
  if (fieldNames.length === 0) return 'the template has no fields';
  const shown = fieldNames.slice(0, 5).join(', ') + (fieldNames.length > 5 ? ', …' : '');
  return `its fields are ${shown}`;
}

export function checkDataFields(
  program: Program,
  fieldNames: readonly string[],
): DataFieldProblem[] {
  const scopes = analyzeAsFunctionBody(program);
  const dataVariable = scopes.scopes.find((scope) => scope.type === 'function')?.set.get('data');
  if (!dataVariable) return [];
  const dataReferences = new Set<unknown>(dataVariable.references.map((r) => r.identifier));
  const known = new Set([...fieldNames, ...CALLBACKS, ...NATIVE_METHODS.Object]);
  const problems: DataFieldProblem[] = [];
  walk(program, (node, ancestors) => {
    if (node.type !== 'MemberExpression' || !dataReferences.has(node.object)) return;
    const parent = ancestors[ancestors.length - 1];
    const property = node.property as AnyNode;
    const name =
      !node.computed && property.type === 'Identifier'
        ? (property.name as string)
        : node.computed && property.type === 'Literal' && typeof property.value === 'string'
          ? property.value
          : undefined;
    if (name === undefined || known.has(name)) return;
    const called = parent?.type === 'CallExpression' && parent.callee === node;
    const nearest = nearestName(name, [...fieldNames, ...CALLBACKS]);
    const fatal = called || (nearest !== undefined && CALLBACKS.includes(nearest));
    problems.push({
      offset: property.start,
      severity: fatal ? 'error' : 'warning',
      message: `data.${name} is not a field of this template (nor gtmOnSuccess/gtmOnFailure); ${suggestion(nearest, fieldNames)}${fatal ? '' : ' (GTM gives undefined for it)'}`,
    });
  });
  return problems;
}
