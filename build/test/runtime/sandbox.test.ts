import { runTemplate } from '../../runtime/run-template';
import { createSandbox } from '../../runtime/sandbox';
import { createSandboxPool } from '../../runtime/sandbox-pool';
import { LOG, makeTpl, permission, run } from './helpers';

const log = "const log = require('logToConsole');\n";

describe('the sandbox realm', () => {
  test('exposes no JS or Node globals to the code', async () => {
    const names = [
      'Date',
      'Math',
      'JSON',
      'Array',
      'Object',
      'String',
      'Number',
      'Promise',
      'RegExp',
      'parseInt',
      'globalThis',
      'process',
      'console',
      'setTimeout',
      'eval',
      'Function',
      'Buffer',
      'module',
    ];
    const trace = await run(`${log}log(${names.map((n) => `typeof ${n}`).join(', ')});`, [LOG]);
    expect(trace.errors).toEqual([]);
    expect(trace.logs).toEqual([names.map(() => 'undefined').join(' ')]);
  });

  test('a global used as a value is a ReferenceError that ends the tag without a callback', async () => {
    const trace = await run(`const now = Date.now();\ndata.gtmOnSuccess();`);
    expect(trace.outcome).toBe('none');
    expect(trace.callbacks).toBe(0);
    expect(trace.errors).toEqual([
      'Uncaught ReferenceError: Date is not defined (template.tpl:1:13)',
    ]);
  });

  test.each([
    ['[1, 2].includes(1)', 'TypeError: [1,2].includes is not a function (template.tpl:2:20)'],
    ['(1.5).toFixed(1)', 'TypeError: 1.5.toFixed is not a function (template.tpl:2:19)'],
    ["'ab'.padStart(3)", 'TypeError: "ab".padStart is not a function (template.tpl:2:18)'],
    ["'ab'.endsWith('b')", 'TypeError: "ab".endsWith is not a function (template.tpl:2:18)'],
    ['({}).valueOf()', 'TypeError: {}.valueOf is not a function (template.tpl:2:18)'],
    [
      '(function () {}).bind(null)',
      'TypeError: (intermediate value).bind is not a function (template.tpl:2:30)',
    ],
  ])('a native method GTM removed throws: %s', async (expr, message) => {
    const trace = await run(`${log}log(typeof (${expr}));`, [LOG]);
    expect(trace.logs).toEqual([]);
    expect(trace.errors).toEqual([`Uncaught ${message}`]);
  });

  test('static helpers are unreachable through constructors', async () => {
    const trace = await run(
      `${log}log(typeof [].constructor, typeof ''.constructor, typeof (1).constructor);`,
      [LOG],
    );
    expect(trace.logs).toEqual(['undefined undefined undefined']);
  });

  test('the methods GTM keeps still work, on literals and on values from APIs', async () => {
    const trace = await run(
      `${log}const ev = require('getAllEventData')();
log([3, 1, 2].sort().join('-'), 'a,b'.split(',').length, ' x '.trim(), 'abc'.indexOf('c'),
  ev.items.map((i) => i.id).join('+'), ev.items.indexOf(ev.items[1]), ({a: 1}).hasOwnProperty('a'),
  'Abc'.toLowerCase(), [1].concat([2]).length, 'abc'.substring(1), 'x'.replace('x', 'y'));
log(typeof ev.items.includes, typeof ev.name.padEnd);`,
      [LOG, { ...permissionAny('read_event_data') }],
      { event: { name: 'n', items: [{ id: 'a' }, { id: 'b' }] } },
    );
    expect(trace.errors).toEqual([]);
    expect(trace.logs).toEqual(['1-2-3 2 x 2 a+b 1 true abc 2 bc y', 'undefined undefined']);
  });

  test('string code generation is off', async () => {
    // Functions have no `constructor` left; a generator's still leads to a Function-like constructor.
    const trace = await run(`(function* () {}).constructor('return 1')();`);
    expect(trace.errors).toEqual([
      'Uncaught EvalError: Code generation from strings disallowed for this context (template.tpl:1:19)',
    ]);
  });

  test('the bridge copies plain data in both directions and keeps cycles', () => {
    const sandbox = createSandbox();
    const host = { list: [1, { a: 2 }] as unknown[] };
    host.list.push(host);
    const inside = sandbox.toSandbox(host) as { list: unknown[] };
    expect(inside).not.toBe(host);
    expect(sandbox.owns(inside)).toBe(true);
    expect(inside.list[2]).toBe(inside);
    const back = sandbox.toHost(inside) as { list: unknown[] };
    expect(sandbox.owns(back)).toBe(false);
    expect(back.list[2]).toBe(back);
    expect(back.list[1]).toEqual({ a: 2 });
  });

  test('an API function reaches no host Function through its constructor', async () => {
    const trace = await run(
      `${log}const f = require('makeString');\nlog(typeof f.constructor, typeof f.constructor === 'function' ? typeof f.constructor('return process')() : 'none');`,
      [LOG],
    );
    expect(trace.errors).toEqual([]);
    expect(trace.logs).toEqual(['undefined none']);
  });

  test('wrapped functions keep their identity across the bridge', () => {
    const sandbox = createSandbox();
    const fn = () => 1;
    const inside = sandbox.toSandbox(fn);
    expect(sandbox.toSandbox(fn)).toBe(inside);
    expect(sandbox.toHost(inside)).toBe(fn);
  });
});

function permissionAny(id: string) {
  return {
    instance: {
      key: { publicId: id, versionId: '1' },
      param: [{ key: 'eventDataAccess', value: { type: 1 as const, string: 'any' } }],
    },
    clientAnnotations: { isEditedByUser: true },
    isRequired: true,
  };
}

describe('a pooled sandbox starts each firing as a new one would', () => {
  // Each firing logs what an earlier firing could have left behind, then leaves it behind itself.
  const LEAVE_BEHIND = `const log = require('logToConsole');
const JSON = require('JSON');
const makeString = require('makeString');
var counter;
counter = (counter || 0) + 1;
log(JSON.stringify([
  counter,
  typeof leaked,
  typeof this.viaThis,
  typeof [].extra,
  typeof ''.extra,
  typeof ({}).extra,
  typeof [].push.extra,
  typeof (function () {}).extra,
  typeof /a/.constructor.extra,
  typeof JSON.extra,
  typeof makeString.extra,
  typeof arguments.callee.extra,
  typeof [].join,
  /a/.constructor.$1,
]));
leaked = 1;
this.viaThis = 1;
[].constructor;
var arrayProto = [].concat;
/(x)/.exec('x');
({}).hasOwnProperty.extra = 1;
[].push.extra = 1;
/a/.constructor.extra = 1;
JSON.extra = 1;
makeString.extra = 1;
arguments.callee.extra = 1;
data.gtmOnSuccess();
`;
  const FRESH = [1, 'undefined', 'undefined', ...Array(9).fill('undefined'), 'function', ''];

  test('globals, prototypes, built-ins, APIs and the code’s variables do not carry over', async () => {
    const pool = createSandboxPool(1);
    const tpl = makeTpl(LEAVE_BEHIND, [LOG]);
    const input = { data: {}, event: {}, http: { mode: 'recorded' as const, responses: [] } };
    const first = await runTemplate(tpl, input, { pool });
    const second = await runTemplate(tpl, input, { pool });
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    expect(first.logs.map((l) => JSON.parse(l))).toEqual([FRESH]);
    expect(second.logs.map((l) => JSON.parse(l))).toEqual([FRESH]);
    expect(pool.created).toBe(1);
  });

  test('a prototype’s replaced methods are put back; adding or deleting one does nothing (sealed)', () => {
    const sandbox = createSandbox();
    const change = sandbox.compile(
      `var p = /a/.constructor.prototype; p.added = 1; p.exec = null; delete p.test;
       var e; try { null.x; } catch (caught) { e = caught; } e.constructor.prototype.name = 'X';
       return [typeof p.added, p.exec, typeof p.test, e.name];`,
      [],
      'change.js',
    );
    expect(sandbox.toHost(change())).toEqual(['undefined', null, 'function', 'X']);
    expect(sandbox.reset()).toBe(true);
    const look = sandbox.compile(
      `var p = /a/.constructor.prototype; var e; try { null.x; } catch (caught) { e = caught; }
       return [typeof p.added, typeof p.exec, typeof p.test, e.name];`,
      [],
      'look.js',
    );
    expect(sandbox.toHost(look())).toEqual(['undefined', 'function', 'function', 'TypeError']);
  });

  test('a sandbox whose realm was frozen in part cannot be reset, and the pool drops it', async () => {
    const pool = createSandboxPool(1);
    const tpl = makeTpl(
      `const Object = require('Object'); Object.freeze(/a/.constructor.prototype); data.gtmOnSuccess();`,
    );
    const input = { data: {}, event: {}, http: { mode: 'recorded' as const, responses: [] } };
    await runTemplate(tpl, input, { pool });
    await runTemplate(tpl, input, { pool });
    expect(pool.created).toBe(2);
  });

  test('a firing that did not settle gives its sandbox up', async () => {
    const pool = createSandboxPool(1);
    const tpl = makeTpl(`const callLater = require('callLater'); callLater(function () {});`);
    const input = {
      data: {},
      event: {},
      http: { mode: 'recorded' as const, responses: [] },
      timeoutMs: 5000,
    };
    const never = makeTpl(
      `const sendHttpRequest = require('sendHttpRequest'); sendHttpRequest('https://a.example/');`,
      [permission('send_http', { allowedUrls: 'any' })],
    );
    await runTemplate(tpl, input, { pool });
    await runTemplate(
      never,
      {
        ...input,
        timeoutMs: 50,
        http: { mode: 'handler', handle: () => new Promise(() => undefined) },
      },
      { pool },
    );
    await runTemplate(tpl, input, { pool });
    expect(pool.created).toBe(2);
  });
});
