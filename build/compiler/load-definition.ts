// Loads a template definition module (TypeScript, run in Node through the esbuild require hook).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { TemplateDefinition } from '../definition/define-template';
import type { ScopeKey } from '../permissions/scope';
import { BuildError, type Diagnostic } from './diagnostic';

/** The project root: the nearest folder with a package.json, so paths in the output never depend on the cwd. */
export function projectRoot(from: string): string {
  let dir = dirname(resolve(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return dirname(resolve(from));
    dir = dirname(dir);
  }
}

export interface LoadedDefinition {
  definition: TemplateDefinition;
  /** Absolute path of the definition module. */
  path: string;
  /** Path relative to the project root, for messages. */
  label: string;
  /** The line of `key:` in the definition source, for messages about the scope. */
  lineOf(key: ScopeKey): number;
}

export function loadDefinition(path: string, rootDir: string): LoadedDefinition {
  const absolute = resolve(path);
  const label = relative(rootDir, absolute);
  const fail = (message: string): never => {
    throw new BuildError([{ file: label, line: 1, col: 1, message, severity: 'error' }]);
  };
  if (!existsSync(absolute)) fail('definition module not found; pass --entry FILE');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../register').register();
  delete require.cache[absolute];
  let loaded: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(absolute);
  } catch (error) {
    fail(`loading the definition failed: ${(error as Error).message.split('\n').join(' ')}`);
  }
  const module = loaded as { default?: unknown };
  const definition = (module?.default ?? module) as TemplateDefinition;
  const missing = (['info', 'fields', 'code', 'scope'] as const).filter(
    (key) => (definition as unknown as Record<string, unknown>)?.[key] === undefined,
  );
  if (missing.length > 0) {
    fail(
      `the default export has no ${missing.join(', ')}; export default defineTemplate({ info, fields, code: './tag/main.ts', scope })`,
    );
  }
  const source = readFileSync(absolute, 'utf8').split('\n');
  return {
    definition,
    path: absolute,
    label,
    lineOf(key) {
      const pattern = new RegExp(`\\b${key}\\s*:`);
      const index = source.findIndex((line) => pattern.test(line));
      return index === -1 ? 1 : index + 1;
    },
  };
}

export type { Diagnostic };
