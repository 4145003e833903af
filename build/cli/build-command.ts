// `sgtm-template build [--entry FILE] [--out FILE]`: compiles a template definition into a .tpl.
// Without options, the entry and the output file(s) come from the project's package.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { buildTemplate } from '../compiler/build-template';
import { BuildError, formatDiagnostic } from '../compiler/diagnostic';
import { InputError, UsageError, type ParsedArgs } from './command';
import type { BUILD_OPTIONS } from './commands';
import { projectSettings } from './project';

export async function buildCommand({ values }: ParsedArgs<typeof BUILD_OPTIONS>): Promise<number> {
  const project = projectSettings();
  const entry = values.entry ?? project.entry;
  if (entry === undefined) {
    throw new UsageError(
      'name the definition module with --entry FILE, or in package.json: "sgtm-template": {"entry": "template.ts", "out": "template.tpl"}',
    );
  }
  if (!existsSync(entry)) {
    const from =
      values.entry === undefined ? ` (the "sgtm-template".entry of ${project.packageJson})` : '';
    throw new InputError(`${values.entry ?? relative(process.cwd(), entry)}: no such file${from}`);
  }
  const outs = values.out !== undefined ? [resolve(values.out)] : project.out;
  if (outs.length === 0) outs.push(resolve('template.tpl'));
  const started = process.hrtime.bigint();
  try {
    const result = buildTemplate(entry);
    for (const warning of result.diagnostics)
      process.stderr.write(formatDiagnostic(warning) + '\n');
    for (const out of outs) {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, result.text);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const kib = (Buffer.byteLength(result.text) / 1024).toFixed(1);
    const count = result.tpl.permissions.length;
    const written = outs.map((out) => relative(process.cwd(), out)).join(', ');
    process.stdout.write(
      `wrote ${written} (${kib} KiB, ${count} permission${count === 1 ? '' : 's'}) in ${seconds.toFixed(2)} s\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    for (const diagnostic of error.diagnostics) {
      process.stderr.write(formatDiagnostic(diagnostic) + '\n');
    }
    const errors = error.diagnostics.filter((d) => d.severity === 'error').length;
    process.stderr.write(`build failed: ${errors} error${errors === 1 ? '' : 's'}\n`);
    return 1;
  }
}
