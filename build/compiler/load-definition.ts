// Loads a template definition module (TypeScript, run in Node through the esbuild require hook).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { TemplateDefinition } from '../definition/define-template';
import type { ScopeKey } from '../permissions/scope';
import { BuildError, type Diagnostic } from './diagnostic';

export interface LoadedDefinition {
  definition: TemplateDefinition;
  /** Absolute path of the definition module. */
  path: string;
  /** Path relative to the project root, for messages. */
  label: string;
  /** The line of `key:` in the definition source, for messages about the scope. */
  lineOf(key: ScopeKey): number;
}

/** Template code imports the sandbox APIs from 'sgtm'; a definition module never does. */
const IMPORTS_SGTM = /(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*)['"]sgtm['"]/;

/** The definition's `code` entry, resolved (undefined when it has none). */
function codeOf(definition: unknown, definitionPath: string): string | undefined {
  const code = (definition as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? resolve(dirname(definitionPath), code) : undefined;
}

/**
 * The definition module to build from `entry`, loaded: the entry itself, or, when the entry is template
 * code (it imports 'sgtm'), the definition module whose `code` names it, searched in the entry's folder
 * and the folders above it up to the project root (modules that mention defineTemplate only).
 */
export function findDefinition(entry: string, rootDir: string): LoadedDefinition {
  const absolute = resolve(entry);
  if (!existsSync(absolute) || !IMPORTS_SGTM.test(readFileSync(absolute, 'utf8'))) {
    return loadDefinition(absolute, rootDir);
  }
  const label = relative(rootDir, absolute);
  const found: LoadedDefinition[] = [];
  for (let dir = dirname(absolute); ; dir = dirname(dir)) {
    for (const name of readdirSync(dir).sort()) {
      const candidate = join(dir, name);
      if (!/\.ts$/.test(name) || /\.d\.ts$/.test(name) || candidate === absolute) continue;
      const text = readFileSync(candidate, 'utf8');
      if (!/\bdefineTemplate\b/.test(text) || IMPORTS_SGTM.test(text)) continue;
      const loaded = loadDefinition(candidate, rootDir);
      if (codeOf(loaded.definition, candidate) === absolute) found.push(loaded);
    }
    if (found.length > 0 || dir === rootDir || dirname(dir) === dir) break;
  }
  if (found.length === 1) return found[0];
  const where = { file: label, line: 1, col: 1, severity: 'error' as const };
  throw new BuildError([
    found.length === 0
      ? {
          ...where,
          message: `${label} is template code (it imports 'sgtm'), and no definition module next to it names it; write one that does: export default defineTemplate({ info, fields, code: './${relative(dirname(absolute), absolute)}', scope }), or pass --entry <that module>`,
        }
      : {
          ...where,
          message: `${found.length} definition modules name ${label} as their code (${found.map((f) => f.label).join(', ')}); pass --entry with the one to build`,
        },
  ]);
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
