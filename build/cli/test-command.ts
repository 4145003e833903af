// `sgtm-template test FILE.tpl…`: runs each template's ___TESTS___ and prints one line per scenario.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { readTpl } from '../tpl/read';
import { runTests, type ScenarioResult } from '../runtime/test-runner';
import { tplLines } from '../runtime/tpl-lines';

const HELP = `usage: sgtm-template test FILE.tpl... [--verbose]

Runs the ___TESTS___ scenarios of each template the way GTM's Tests tab does: setup code in each
scenario's scope, mocks reset per scenario, the template's permissions enforced on unmocked APIs.
Prints "✓ <file>: <scenario>" or "✗ <file>: <scenario> — <reason>" per scenario and ends with
"N passed, N failed". Exit code 1 when any scenario fails or a file cannot be read.

  --verbose   also print what the template logged (logToConsole) under each scenario
`;

export async function testCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`sgtm-template test: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write(`sgtm-template test: name at least one .tpl file\n\n${HELP}`);
    return 2;
  }
  let passed = 0;
  let failed = 0;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  for (const file of parsed.positionals) {
    const shown = path.relative(process.cwd(), file) || file;
    let results: ScenarioResult[];
    try {
      const text = fs.readFileSync(file, 'utf8');
      const tpl = readTpl(text, shown);
      results = await runTests(tpl, { fileName: shown, lines: tplLines(text, shown) });
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
      if (parsed.values.verbose) for (const log of r.logs) out(`    log: ${log}`);
    }
  }
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
