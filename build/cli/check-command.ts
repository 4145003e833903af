// `sgtm-template check [FILE.tpl...]`: prints `FILE: ok` or each problem; exit 1 on any error.
import { readFileSync } from 'node:fs';
import { checkTpl } from '../compiler/check-tpl';
import { formatDiagnostic } from '../compiler/diagnostic';
import type { ParsedArgs } from './command';
import { tplOperands } from './project';

export async function checkCommand({ operands }: ParsedArgs): Promise<number> {
  let failed = false;
  for (const file of tplOperands(operands)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(
        `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? error})\n`,
      );
      failed = true;
      continue;
    }
    const diagnostics = checkTpl(text, file);
    for (const d of diagnostics) {
      (d.severity === 'error' ? process.stderr : process.stdout).write(formatDiagnostic(d) + '\n');
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    if (errors > 0) {
      failed = true;
      process.stdout.write(`${file}: ${errors} error${errors === 1 ? '' : 's'}\n`);
    } else {
      process.stdout.write(
        `${file}: ok${warnings > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n`,
      );
    }
  }
  return failed ? 1 : 0;
}
