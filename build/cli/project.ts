// The project the CLI runs in: the nearest package.json from the working folder, and its
// `"sgtm-template": { "entry": "…", "out": "…" | ["…", …] }` section, which gives `build` its default
// definition module and output file(s), and `test`, `run` and `check` their default .tpl (the first).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { projectOf } from '../compiler/project-files';
import { UsageError } from './command';

export interface ProjectSettings {
  /** The package.json the settings come from, for messages. */
  packageJson?: string;
  /** Absolute paths. */
  entry?: string;
  out: string[];
  /** package.json's "homepage" and "sgtm-template".documentation, for the Gallery's metadata.yaml. */
  homepage?: string;
  documentation?: string;
}

export function projectSettings(cwd = process.cwd()): ProjectSettings {
  const { packageJson } = projectOf(cwd, true);
  if (!packageJson) return { out: [] };
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`${packageJson}: not valid JSON (${(error as Error).message})`);
  }
  const homepage = typeof manifest.homepage === 'string' ? manifest.homepage : undefined;
  const section = manifest['sgtm-template'];
  if (section === undefined) return { packageJson, out: [], homepage };
  const where = `${packageJson}: "sgtm-template"`;
  if (!section || typeof section !== 'object' || Array.isArray(section)) {
    throw new UsageError(
      `${where} must be an object like {"entry": "template.ts", "out": "template.tpl"}`,
    );
  }
  const { entry, out, documentation } = section as Record<string, unknown>;
  if (entry !== undefined && typeof entry !== 'string') {
    throw new UsageError(`${where}.entry must be the path of the definition module (a string)`);
  }
  const outs = out === undefined ? [] : Array.isArray(out) ? out : [out];
  if (outs.some((o) => typeof o !== 'string') || (Array.isArray(out) && outs.length === 0)) {
    throw new UsageError(`${where}.out must be a .tpl path or a list of them`);
  }
  const base = dirname(packageJson);
  return {
    packageJson,
    entry: entry === undefined ? undefined : resolve(base, entry),
    out: (outs as string[]).map((o) => resolve(base, o)),
    homepage,
    documentation: typeof documentation === 'string' ? documentation : undefined,
  };
}

/** The .tpl files a command works on: the ones named, else the project's built template. */
export function tplOperands(operands: string[]): string[] {
  if (operands.length > 0) return operands;
  const settings = projectSettings();
  if (settings.out.length > 0) return [relative(process.cwd(), settings.out[0]) || settings.out[0]];
  throw new UsageError(
    'name a .tpl file, or give the project\'s in package.json: "sgtm-template": {"out": "template.tpl"}',
  );
}
