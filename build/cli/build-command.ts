// `sgtm-template build [--entry FILE] [--out FILE]`: compiles a template definition into a .tpl.
// Without options, the entry and the output file(s) come from the project's package.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTemplate } from '../compiler/build-template';
import { BuildError, formatDiagnostic } from '../compiler/diagnostic';
import { projectSettings } from './project';

const USAGE = 'usage: sgtm-template build [--entry FILE] [--out FILE]\n';

export async function buildCommand(args: string[]): Promise<number> {
  let values: { entry?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        entry: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // Node's parseArgs adds a hint about '--' positionals, which this command has none of.
    const message = (error as Error).message.split('. ')[0];
    process.stderr.write(`sgtm-template build: ${message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const project = projectSettings();
  const entry = values.entry ?? project.entry;
  if (entry === undefined) {
    process.stderr.write(
      'sgtm-template build: name the definition module with --entry FILE, or in package.json: "sgtm-template": {"entry": "template.ts", "out": "template.tpl"}\n',
    );
    return 2;
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
