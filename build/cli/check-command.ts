// `sgtm-template check [FILE.tpl...]`: prints `FILE: ok` or each problem; exit 1 on any error.
import { checkTpl } from '../compiler/check-tpl';
import { formatDiagnostic } from '../compiler/diagnostic';
import type { ParsedArgs } from './command';
import { readInputTexts } from './input-files';
import { tplOperands } from './project';

export async function checkCommand({ operands }: ParsedArgs): Promise<number> {
  let failed = false;
  const files = tplOperands(operands);
  // A missing file is one line and exit 2, before any verdict; a file that is there gets its verdict.
  const texts = readInputTexts(files);
  for (const [i, file] of files.entries()) {
    const text = texts[i];
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
