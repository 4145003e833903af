// The step profiler: exact counts on small templates counted by hand, `run --profile`'s output, and
// counting that changes nothing a template does (the tag's fixtures and small templates of our own
// run with and without it, their whole traces compared).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { runCounted } from '../../runtime/instrument/counted-run';
import { instrumentCode } from '../../runtime/instrument/instrument-code';
import { createStepCounter } from '../../runtime/instrument/step-counter';
import { formatProfile, stepProfile } from '../../runtime/instrument/step-profile';
import { runTemplate } from '../../runtime/run-template';
import { tplLines } from '../../runtime/tpl-lines';
import type { ExecutionInput } from '../../runtime/types';
import { readTpl } from '../../tpl/read';
import { fieldDefaults } from '../../tpl/field-defaults';
import { writeTpl } from '../../tpl/write';
import { captureOutput } from '../support/capture-output';
import { LOG, makeTpl, permission } from './helpers';
import { loadFixtures } from '../../../test/support/fixtures';
import { executionInput } from '../../../test/tag/fixture-harness';
import { loadRefreshFixtures, refreshExecutionInput } from '../../../test/refresh/refresh-harness';

const ROOT = path.resolve(__dirname, '../../..');

// Counted by hand. Top level: 5 statements, 4 calls (require, sum, logToConsole, gtmOnSuccess) = 9.
// sum: `let`, `for`, the loop's sole statement 3 times, `return` = 6 statements, double() 3 times
// = 3 calls; 9. double: its expression body evaluated 3 times = 3. Total 21: 11 statements, 7 calls,
// 3 arrow bodies.
const SUM = `const logToConsole = require('logToConsole');
const double = (n) => n * 2;
function sum(list) {
  let total = 0;
  for (let i = 0; i < list.length; i++) total += double(list[i]);
  return total;
}
logToConsole('sum', sum([1, 2, 3]));
data.gtmOnSuccess();`;

const input = (extra: Partial<ExecutionInput> = {}): ExecutionInput => ({
  data: {},
  event: {},
  http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 200, body: '' }] },
  inspect: true,
  ...extra,
});

describe('steps counted', () => {
  test('statements, calls and arrow bodies, per function, as counted by hand', async () => {
    const { trace, steps } = await runCounted(makeTpl(SUM, [LOG]), input());
    expect(trace.logs).toEqual(['sum 12']);
    expect(stepProfile(steps)).toEqual({
      steps: 21,
      statements: 11,
      calls: 7,
      arrowBodies: 3,
      functionCount: 2,
      functionsRun: 2,
      functions: [
        { name: '(top level)', line: 1, steps: 9, runs: 0 },
        { name: 'sum', line: 3, steps: 9, runs: 1 },
        { name: 'double', line: 2, steps: 3, runs: 3 },
      ],
    });
  });

  test('branches not taken, else-if chains, switch cases and callbacks', async () => {
    const code = `const log = require('logToConsole');
function pick(x) {
  if (x === 'a') return 1;
  else if (x === 'b') return 2;
  switch (x) {
    case 'c': return 3;
    default: log('other', x); return 0;
  }
}
const r = [pick('b'), pick('z')];
[1, 2].forEach((n) => { log(n); });
data.gtmOnSuccess();`;
    const { steps } = await runCounted(makeTpl(code, [LOG]), input());
    const profile = stepProfile(steps);
    // pick('b'): `if`, the else's `if`, `return 2` = 3 statements. pick('z'): `if`, the else's
    // `if`, `switch`, log(...) and `return 0` = 5 statements and 1 call. Each callback: 1 statement
    // and 1 call, twice. Top level: 5 statements; calls: require, pick ×2, forEach, gtmOnSuccess = 5.
    expect(profile.functions).toEqual([
      { name: '(top level)', line: 1, steps: 10, runs: 0 },
      { name: 'pick', line: 2, steps: 9, runs: 2 },
      { name: '(anonymous)', line: 11, steps: 4, runs: 2 },
    ]);
    expect(profile.steps).toBe(23);
  });

  test('the counter is a parameter the code never names: code that names it sees its own', async () => {
    const code = `const log = require('logToConsole');
log(typeof $steps, typeof $steps1);
data.gtmOnSuccess();`;
    expect(instrumentCode(code)?.counterName).toBe('$steps2');
    const plain = await runTemplate(makeTpl(code, [LOG]), input());
    const counted = await runCounted(makeTpl(code, [LOG]), input());
    expect(counted.trace).toEqual(plain);
    expect(plain.logs).toEqual(['undefined undefined']);
  });

  test('built code: the top level split per source module, functions placed in their module', async () => {
    const code = `const log = require('logToConsole');
// tag/a.ts: The first module.
var A = [1, 2];
function first() { return A.length; }
// tag/b.ts: The second.
var B = first() + 1;
log(B);
data.gtmOnSuccess();`;
    const { steps } = await runCounted(makeTpl(code, [LOG]), input());
    expect(stepProfile(steps, { codeLine: 10 }).functions).toEqual([
      { name: '(top level)', line: 15, source: 'tag/b.ts', steps: 6, runs: 0 },
      { name: '(top level)', line: 10, steps: 2, runs: 0 },
      { name: '(top level)', line: 12, source: 'tag/a.ts', steps: 2, runs: 0 },
      { name: 'first', line: 13, source: 'tag/a.ts', steps: 1, runs: 1 },
    ]);
  });

  test('the table: totals, then the top functions', async () => {
    const { steps } = await runCounted(makeTpl(SUM, [LOG]), input());
    expect(formatProfile(stepProfile(steps), 2)).toBe(
      [
        'steps: 21 (11 statements, 7 calls, 3 arrow bodies); 2 of 2 functions ran',
        'top 2 by their own steps:',
        '  steps  calls  function     line',
        '      9         (top level)     1',
        '      9      1  sum             3',
        '',
      ].join('\n'),
    );
  });

  test('a counter made for one code refuses another', () => {
    const counter = createStepCounter('data.gtmOnSuccess();');
    expect(() => counter.compile(undefined as never, 'data.gtmOnFailure();', 'x.tpl', 0)).toThrow(
      'this step counter was made for another template code; make one per code',
    );
  });
});

describe('counting changes nothing the template does', () => {
  // Each small template exercises what instrumentation could disturb: errors V8 describes by
  // quoting the code, their line and column, directives, optional chains, callbacks and promises.
  const SMALL: [string, string, string[]][] = [
    [
      'a call on a call result that is no function',
      `const f = () => 1;\nf()();`,
      ['Uncaught TypeError: f(...) is not a function (small.tpl:22:4)'],
    ],
    [
      'a method of a call result',
      `const o = {m: () => ({})};\nconst x = 1; o.m().n();`,
      ['Uncaught TypeError: o.m(...).n is not a function (small.tpl:22:20)'],
    ],
    [
      'not iterable',
      `const f = () => 1;\nfor (const x of f()) {}`,
      [
        'Uncaught TypeError: f is not a function or its return value is not iterable (small.tpl:22:17)',
      ],
    ],
    [
      'an optional chain that stops, then one that throws',
      `const log = require('logToConsole');\nconst o = null;\nlog(o?.a().b(), typeof o?.x);\nconst p = {a: () => null};\np.a()?.b();\np.a().b();`,
      ["Uncaught TypeError: Cannot read properties of null (reading 'b') (small.tpl:26:6)"],
    ],
    [
      'use strict, a thrown error in a callback',
      `'use strict'\nconst log = require('logToConsole');\nrequire('callLater')(() => { log('later'); undefinedName(); });\ndata.gtmOnSuccess();`,
      ['Uncaught ReferenceError: undefinedName is not defined (small.tpl:23:44)'],
    ],
    [
      'a request and its promise',
      `const send = require('sendHttpRequest');\nconst log = require('logToConsole');\nsend('https://api.example.com/x', {method: 'POST'}, '{}').then((r) => { log(r.statusCode); data.gtmOnSuccess(); }, data.gtmOnFailure);`,
      [],
    ],
    [
      'labels, fall-through, getters, arguments, code without semicolons',
      [
        "const log = require('logToConsole')",
        'const o = {get x() { return 2 }}',
        'function count() { return arguments.length }',
        'outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; log(i, j) } }',
        "switch (o.x) { case 2: log('two') \n case 3: log('three'); break; default: log('none') }",
        'let n = 0',
        'do n++; while (n < 3)',
        'log(n, count(), count(1, 2), count(...[1, 2, 3]))',
        'data.gtmOnSuccess()',
      ].join('\n'),
      [],
    ],
    [
      'new without arguments',
      `const log = require('logToConsole');\nlog(typeof new Object);`,
      ['Uncaught ReferenceError: Object is not defined (small.tpl:22:16)'],
    ],
  ];
  const PERMS = [
    LOG,
    permission('send_http', { allowedUrls: 'specific', urls: ['https://api.example.com/'] }),
  ];

  test.each(SMALL)('%s', async (_name, code, errors) => {
    const tpl = makeTpl(code, PERMS);
    const options = { fileName: 'small.tpl', codeLine: 20 };
    const plain = await runTemplate(tpl, input(), options);
    expect(plain.errors).toEqual(errors);
    const counted = await runCounted(tpl, input(), options);
    expect(counted.trace).toEqual(plain);
    expect(stepProfile(counted.steps).steps).toBeGreaterThan(0);
  });

  test('code that does not compile fails the same, counting nothing', async () => {
    const tpl = makeTpl(`const log = require('logToConsole');\nconst x = ;`, [LOG]);
    const options = { fileName: 'small.tpl', codeLine: 20 };
    const plain = await runTemplate(tpl, input(), options);
    expect(plain.errors).toEqual(["Uncaught SyntaxError: Unexpected token ';' (small.tpl:22)"]);
    const counted = await runCounted(tpl, input(), options);
    expect(counted.trace).toEqual(plain);
    expect(stepProfile(counted.steps).steps).toBe(0);
  });

  test('an error names the same line and column as without counting', async () => {
    const code = `const log = require('logToConsole');\nlog('a'); log('b'); missing();`;
    const options = { fileName: 'small.tpl', codeLine: 20 };
    const plain = await runTemplate(makeTpl(code, [LOG]), input(), options);
    expect(plain.errors).toEqual([
      'Uncaught ReferenceError: missing is not defined (small.tpl:22:21)',
    ]);
    expect((await runCounted(makeTpl(code, [LOG]), input(), options)).trace).toEqual(plain);
  });

  // The built template on every tag and refresh fixture: the whole trace (requests, responses,
  // logs, cookies, callbacks, errors, API calls) the same with and without counting.
  const file = path.join(ROOT, 'dist/template.tpl');
  const text = fs.readFileSync(file, 'utf8');
  const tpl = readTpl(text, file);
  const defaults = fieldDefaults(tpl.parameters);
  const where = { fileName: 'dist/template.tpl', codeLine: tplLines(text, file).code - 1 };
  const cases: [string, () => ExecutionInput][] = [
    ...loadFixtures(path.join(ROOT, 'test/fixtures/tag')).map(
      (f) =>
        [`tag/${f.name}`, () => executionInput(f.fixture, defaults)] as [
          string,
          () => ExecutionInput,
        ],
    ),
    ...loadRefreshFixtures().map(
      (f) =>
        [`refresh/${f.name}`, () => refreshExecutionInput(f.fixture, defaults)] as [
          string,
          () => ExecutionInput,
        ],
    ),
  ];

  test(`dist/template.tpl on the ${cases.length} fixtures of test/fixtures`, async () => {
    // All at once: a few fixtures wait out a request timeout in real time.
    const results = await Promise.all(
      cases.map(async ([name, make]) => {
        const plain = await runTemplate(tpl, { ...make(), inspect: true }, where);
        const counted = await runCounted(tpl, { ...make(), inspect: true }, where);
        return { name, plain, counted: counted.trace, steps: stepProfile(counted.steps).steps };
      }),
    );
    for (const r of results) {
      expect({ name: r.name, trace: r.counted }).toEqual({ name: r.name, trace: r.plain });
      expect(r.steps).toBeGreaterThan(0);
    }
    expect(results.filter((r) => r.plain.requests.length > 0).length).toBeGreaterThan(50);
  }, 30000);
});

describe('sgtm-template run --profile', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgtm-profile-'));
    fs.writeFileSync(path.join(dir, 'sum.tpl'), writeTpl(makeTpl(SUM, [LOG])));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cli = async (args: string[]) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      return await captureOutput(() => main(args));
    } finally {
      process.chdir(cwd);
    }
  };

  test('the outcome in one line, then the profile with the .tpl lines', async () => {
    const text = fs.readFileSync(path.join(dir, 'sum.tpl'), 'utf8');
    const at = tplLines(text, 'sum.tpl').code;
    const r = await cli(['run', 'sum.tpl', '--event', '{}', '--profile']);
    expect(r.stdout).toBe(
      [
        'outcome: success (gtmOnSuccess was called); 0 request(s), 1 log line(s), 0 error(s)',
        'steps: 21 (11 statements, 7 calls, 3 arrow bodies); 2 of 2 functions ran',
        'top 3 by their own steps:',
        '  steps  calls  function     line',
        `      9         (top level)  ${String(at).padStart(4)}`,
        `      9      1  sum          ${String(at + 2).padStart(4)}`,
        `      3      3  double       ${String(at + 1).padStart(4)}`,
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
  });

  test('with --format json, the trace with the profile in it', async () => {
    const r = await cli(['run', 'sum.tpl', '--event', '{}', '--profile', '--format', 'json']);
    const shown = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(shown.logs).toEqual(['sum 12']);
    expect(shown.profile).toMatchObject({ steps: 21, statements: 11, calls: 7, arrowBodies: 3 });
  });
});
