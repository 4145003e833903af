// The one lookup of a template project's files: the nearest package.json (its folder is the project
// root, so paths in the output never depend on where the project is checked out or the cwd) and the
// nearest tsconfig.json of the template code. The CLI's settings, the definition loader, the bundler
// and the type check all get them from here, found once per build and passed down.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest `name` from `dir` upwards, up to and including `stop` (else the filesystem root). */
export function nearestFile(name: string, dir: string, stop?: string): string | undefined {
  const last = stop === undefined ? undefined : resolve(stop);
  for (let at = resolve(dir); ; at = dirname(at)) {
    const candidate = join(at, name);
    if (existsSync(candidate)) return candidate;
    if (at === last || dirname(at) === at) return undefined;
  }
}

export interface ProjectFiles {
  /** The folder of the nearest package.json; the start folder when there is none. */
  root: string;
  /** The nearest package.json, absolute. */
  packageJson?: string;
}

/** The project a file or folder belongs to. */
export function projectOf(from: string, isFolder = false): ProjectFiles {
  const start = isFolder ? resolve(from) : dirname(resolve(from));
  const packageJson = nearestFile('package.json', start);
  return packageJson ? { root: dirname(packageJson), packageJson } : { root: start };
}

/** The tsconfig.json that governs the template code `entry`: the nearest, up to the project root. */
export function tsconfigOf(entry: string, root: string): string | undefined {
  return nearestFile('tsconfig.json', dirname(resolve(entry)), root);
}
