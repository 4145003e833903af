// `sgtm-template test [FILE.tpl…]`: runs each template's ___TESTS___ and prints one line per scenario.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTpl } from '../tpl/read';
import { runTests, type ScenarioResult } from '../runtime/test-runner';
import { tplLines } from '../runtime/tpl-lines';
import { coverageOf, formatCoverage } from '../runtime/instrument/coverage';
import { createStepCounter } from '../runtime/instrument/step-counter';
import type { ParsedArgs } from './command';
import type { TEST_OPTIONS } from './commands';
import { tplOperands } from './project';

export async function testCommand({
  values,
  operands,
}: ParsedArgs<typeof TEST_OPTIONS>): Promise<number> {
  const files = tplOperands(operands);
  let passed = 0;
  let failed = 0;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  for (const file of files) {
    const shown = path.relative(process.cwd(), file) || file;
    let results: ScenarioResult[];
    let coverage: string | undefined;
    try {
      const text = fs.readFileSync(file, 'utf8');
      const tpl = readTpl(text, shown);
      if (tpl.codeSection !== '___SANDBOXED_JS_FOR_SERVER___') {
        out(`- ${shown}: a web template; only server templates run here`);
        continue;
      }
      const lines = tplLines(text, shown);
      const steps = values.coverage ? createStepCounter(tpl.code) : undefined;
      results = await runTests(tpl, { fileName: shown, lines, steps });
      if (steps) {
        const title = `${shown} (${results.length} scenarios)`;
        coverage = formatCoverage(coverageOf(steps, lines.code), title);
      }
    } catch (error) {
      out(`✗ ${shown}: cannot run its tests — ${(error as Error).message}`);
      failed++;
      continue;
    }
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
    if (coverage !== undefined) process.stdout.write(coverage);
  }
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
