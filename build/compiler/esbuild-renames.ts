// esbuild gives a declaration a numeric suffix (`snapEvent2`, `data2`) when its name is already
// taken in the bundle's single scope: two modules declare it at the top level, or a function's own
// `data` would hide the top-level `data`. The emitted code should read like the source, so:
// - a renamed declaration inside a function gets its name back wherever that is safe (it hides
//   nothing its scope uses, and nothing hides it);
// - anything else, above all two modules declaring the same top-level name, stops the build with
//   both modules and the name, so the author renames one.
import type { Scope, ScopeManager, Variable } from 'eslint-scope';
import type { AnyNode } from '../sandbox/ast';
import type { EditedText } from './edits';

/** Where a bundle offset comes from: its source module and, for a renamed identifier, its name there. */
export type Origin = (bundleOffset: number) => { file: string; name?: string } | undefined;

export interface RenameProblem {
  offset: number;
  message: string;
}

function subtree(scope: Scope): Scope[] {
  return [scope, ...scope.childScopes.flatMap(subtree)];
}

/** The names variables have in the output, where a step renamed them (this one, or API aliasing). */
export class OutputNames {
  private readonly renamed = new Map<Variable, string>();

  set(variable: Variable, name: string): void {
    this.renamed.set(variable, name);
  }

  of(variable: Variable): string {
    return this.renamed.get(variable) ?? variable.name;
  }

  /** Whether `scope` itself declares something called `name` in the output. */
  declares(scope: Scope, name: string): boolean {
    return scope.variables.some((v) => this.of(v) === name);
  }
}

/** Whether `variable`, declared in `scope`, can be called `name` without changing what any name means. */
function canBeCalled(variable: Variable, scope: Scope, name: string, names: OutputNames): boolean {
  if (names.declares(scope, name)) return false;
  const inside = new Set(subtree(scope));
  for (const s of inside) {
    for (const reference of s.references) {
      // Something inside uses an outer (or global) `name`: the renamed one would hide it.
      const used = reference.resolved ? names.of(reference.resolved) : reference.identifier.name;
      if (used !== name) continue;
      if (!reference.resolved || !inside.has(reference.resolved.scope)) return false;
    }
  }
  // A use of the variable from an inner scope that declares `name` itself would be captured there.
  return variable.references.every((reference) => {
    for (let s: Scope | null = reference.from; s && s !== scope; s = s.upper) {
      if (names.declares(s, name)) return false;
    }
    return true;
  });
}

export function restoreRenamedNames(
  scopes: ScopeManager,
  origin: Origin,
  edits: EditedText,
  names: OutputNames,
): RenameProblem[] {
  const problems: RenameProblem[] = [];
  const moduleScope = scopes.scopes.find((s) => s.type === 'module');
  for (const scope of scopes.scopes) {
    for (const variable of scope.variables) {
      const declared = variable.identifiers[0] as unknown as AnyNode | undefined;
      if (!declared || variable.defs.some((d) => d.type === 'ImportBinding')) continue;
      const from = origin(declared.start);
      const original = from?.name;
      if (!from || original === undefined || original === variable.name) continue;
      if (!new RegExp(`^${original.replace(/\$/g, '\\$')}\\d+$`).test(variable.name)) continue;
      if (scope !== moduleScope && canBeCalled(variable, scope, original, names)) {
        names.set(variable, original);
        for (const identifier of [
          ...variable.identifiers,
          ...variable.references.map((r) => r.identifier),
        ]) {
          const node = identifier as unknown as AnyNode;
          if (!edits.isRemoved(node.start)) edits.replace(node.start, node.end, original);
        }
        continue;
      }
      const other = moduleScope?.set.get(original)?.identifiers[0] as unknown as
        AnyNode | undefined;
      const otherFile = other ? origin(other.start)?.file : undefined;
      problems.push({
        offset: declared.start,
        message:
          scope === moduleScope && otherFile
            ? `\`${original}\` is declared at the top level of both ${from.file} and ${otherFile}, so esbuild renamed this one \`${variable.name}\` in the emitted code; rename one of them, or declare it once and import it`
            : scope === moduleScope
              ? `\`${original}\` is declared at the top level of ${from.file} and is also a name elsewhere in the code, so esbuild renamed it \`${variable.name}\` in the emitted code; give it another name`
              : `\`${original}\` here would hide the \`${original}\` that code inside its scope uses, so esbuild renamed it \`${variable.name}\` in the emitted code; give it another name`,
      });
    }
  }
  return problems;
}
