// Coverage of a template's own ___TESTS___: exact figures on a small template counted by hand,
// `test --coverage`'s table, and scenarios that pass, fail and log the same with counting on.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { coverageOf, formatCoverage, lineRanges } from '../../runtime/instrument/coverage';
import { createStepCounter } from '../../runtime/instrument/step-counter';
import { runTests } from '../../runtime/test-runner';
import { tplLines } from '../../runtime/tpl-lines';
import { readTpl } from '../../tpl/read';
import { writeTpl } from '../../tpl/write';
import { captureOutput } from '../support/capture-output';
import { LOG, makeTpl } from './helpers';

const ROOT = path.resolve(__dirname, '../../..');

// Statements: the top level's 5 (lines 1, 2, 7, 8, 9); kind's `if`, `return` (line 3), `if`,
// `return` (line 4) and `return` (line 5); never's expression body (line 7). The scenarios give n = 1
// (line 3's return) and n = 0 (line 5's): only line 4's return and never's body are missed.
const CODE = `const log = require('logToConsole');
function kind(n) {
  if (n > 0) return 'positive';
  if (n < 0) return 'negative';
  return 'zero';
}
const never = () => 'unused';
log(kind(data.n));
data.gtmOnSuccess();`;

const SCENARIOS = [
  { name: 'positive', code: "runCode({n: 1});\nassertApi('gtmOnSuccess').wasCalled();" },
  { name: 'zero', code: "runCode({n: 0});\nassertApi('gtmOnSuccess').wasCalled();" },
];

describe('coverage of the scenarios', () => {
  test('per function: statements, reached, the lines missed; and the total', async () => {
    const tpl = makeTpl(CODE, [LOG], { scenarios: SCENARIOS });
    const steps = createStepCounter(tpl.code);
    const results = await runTests(tpl, { steps });
    expect(results.map((r) => [r.name, r.passed, r.logs])).toEqual([
      ['positive', true, ['positive']],
      ['zero', true, ['zero']],
    ]);
    expect(coverageOf(steps, 10)).toEqual({
      statements: 11,
      reached: 9,
      functions: [
        { name: '(top level)', line: 10, statements: 5, reached: 5, missedLines: [], called: true },
        { name: 'kind', line: 11, statements: 5, reached: 4, missedLines: [13], called: true },
        { name: 'never', line: 16, statements: 1, reached: 0, missedLines: [16], called: false },
      ],
    });
  });

  test('lines as ranges', () => {
    expect(lineRanges([3, 5, 6, 7, 9, 10])).toBe('3, 5-7, 9-10');
    expect(lineRanges([])).toBe('');
  });

  test('everything reached: the total line alone', async () => {
    const tpl = makeTpl('data.gtmOnSuccess();', [], {
      scenarios: [{ name: 'runs', code: 'runCode({});' }],
    });
    const steps = createStepCounter(tpl.code);
    await runTests(tpl, { steps });
    expect(formatCoverage(coverageOf(steps), 'all.tpl (1 scenario)')).toBe(
      [
        'coverage of all.tpl (1 scenario): 1 of 1 statement reached (100.0 %); 1 of 1 function (the top level included) fully reached',
        '  every statement was reached',
        '',
      ].join('\n'),
    );
  });

  test("dist/template.tpl's scenarios pass, fail and log the same with counting on", async () => {
    const file = path.join(ROOT, 'dist/template.tpl');
    const text = fs.readFileSync(file, 'utf8');
    const tpl = readTpl(text, file);
    const options = { fileName: 'dist/template.tpl', lines: tplLines(text, 'dist/template.tpl') };
    const steps = createStepCounter(tpl.code);
    const counted = await runTests(tpl, { ...options, steps });
    expect(counted).toEqual(await runTests(tpl, options));
    expect(counted.length).toBe(tpl.tests.scenarios.length);
    const coverage = coverageOf(steps, options.lines.code);
    expect(coverage.reached).toBeGreaterThan(coverage.statements / 2);
  });
});

describe('sgtm-template test --coverage', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgtm-coverage-'));
    fs.writeFileSync(
      path.join(dir, 'kind.tpl'),
      writeTpl(makeTpl(CODE, [LOG], { scenarios: SCENARIOS })),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the scenarios, then the table of what they left unreached', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const at = tplLines(fs.readFileSync('kind.tpl', 'utf8'), 'kind.tpl').code;
      const r = await captureOutput(() => main(['test', '--coverage', 'kind.tpl']));
      expect(r.stdout).toBe(
        [
          '✓ kind.tpl: positive',
          '✓ kind.tpl: zero',
          'coverage of kind.tpl (2 scenarios): 9 of 11 statements reached (81.8 %); 1 of 3 functions (the top level included) fully reached',
          '  function  line  statements  reached  missed lines',
          `  kind      ${String(at + 1).padStart(4)}           5        4  ${at + 3}`,
          `  never     ${String(at + 6).padStart(4)}           1        0  never called (${at + 6})`,
          '  total                   11        9',
          '2 passed, 0 failed',
          '',
        ].join('\n'),
      );
      expect(r.code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });
});
