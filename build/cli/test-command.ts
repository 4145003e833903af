// `sgtm-template test [FILE.tpl…]`: runs each template's ___TESTS___ and prints one line per scenario.
import * as path from 'node:path';
import { runTests } from '../runtime/test-runner';
import { tplLines } from '../runtime/tpl-lines';
import { coverageOf, formatCoverage, plural } from '../runtime/instrument/coverage';
import { createStepCounter } from '../runtime/instrument/step-counter';
import type { ParsedArgs } from './command';
import type { TEST_OPTIONS } from './commands';
import { parseInputTpl, readInputTexts } from './input-files';
import { tplOperands } from './project';

export async function testCommand({
  values,
  operands,
}: ParsedArgs<typeof TEST_OPTIONS>): Promise<number> {
  const files = tplOperands(operands);
  const shownName = (file: string) => path.relative(process.cwd(), file) || file;
  // Every file is read and parsed before the first test runs: a missing or broken file is one line.
  const templates = readInputTexts(files).map((text, i) => {
    const shown = shownName(files[i]);
    return { shown, text, tpl: parseInputTpl(text, shown).tpl };
  });
  let passed = 0;
  let failed = 0;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  for (const { shown, text, tpl } of templates) {
    if (tpl.codeSection !== '___SANDBOXED_JS_FOR_SERVER___') {
      out(`- ${shown}: a web template; only server templates run here`);
      continue;
    }
    const lines = tplLines(text, shown);
    const steps = values.coverage ? createStepCounter(tpl.code) : undefined;
    const results = await runTests(tpl, { fileName: shown, lines, steps });
    if (results.length === 0) out(`- ${shown}: no test scenarios`);
    for (const r of results) {
      if (r.passed) {
        passed++;
        out(`✓ ${shown}: ${r.name}`);
      } else {
        failed++;
        out(`✗ ${shown}: ${r.name} — ${r.reason}`);
      }
      if (values.verbose) for (const log of r.logs) out(`    log: ${log}`);
    }
    if (steps) {
      const title = `${shown} (${plural(results.length, 'scenario')})`;
      process.stdout.write(formatCoverage(coverageOf(steps, lines.code), title));
    }
  }
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
