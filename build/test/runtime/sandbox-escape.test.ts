// A template's code must never get hold of a host object: from one, `x.constructor.constructor` is the
// host's Function, which compiles code that runs with the developer's `process`. Every kind of value
// that crosses from the runtime into the sandbox is tried here, from the inside (the escapes a template
// would attempt) and from the outside (no object of the host is reachable from what the code holds).
import { API_NAMES, GOOGLE_SERVICE_APIS, SANDBOX_APIS } from '../../sandbox/apis';
import { createHost } from '../../runtime/execution';
import { createStepCounter } from '../../runtime/instrument/step-counter';
import { runTemplate, settle, startExecution } from '../../runtime/run-template';
import { createSandbox } from '../../runtime/sandbox';
import { createSandboxPool } from '../../runtime/sandbox-pool';
import { runScenario } from '../../runtime/test-runner';
import type { ExecutionInput } from '../../runtime/types';
import { LOG, makeTpl, permission } from './helpers';

// The escapes, in the sandbox's language. `escapes(label, x)` adds "label: path" to `found` for each
// path that reaches something that looks like Node's process. Object.getPrototypeOf has no name in the
// sandbox; a host object's own `constructor` would be the host's Object, which has it.
const PROBE = `var found = [];
var box = { found: found, values: {} };
var PATHS = {
  'x.constructor.constructor': function (x) { return x.constructor.constructor('return process')(); },
  'x.__proto__.constructor.constructor': function (x) {
    return x.__proto__.constructor.constructor('return process')();
  },
  'x.__proto__.__proto__.constructor.constructor': function (x) {
    return x.__proto__.__proto__.constructor.constructor('return process')();
  },
  'Object.getPrototypeOf(x).constructor.constructor': function (x) {
    return x.constructor.getPrototypeOf(x).constructor.constructor('return process')();
  },
  'x.constructor.constructor.constructor': function (x) {
    return x.constructor.constructor.constructor('return process')();
  },
  'x.prototype.constructor.constructor': function (x) {
    return x.prototype.constructor.constructor('return process')();
  },
  'x.prototype.__proto__.constructor.constructor': function (x) {
    return x.prototype.__proto__.constructor.constructor('return process')();
  },
};
function isProcess(p) {
  return p !== undefined && p !== null &&
    (p.mainModule !== undefined || typeof p.pid === 'number' || typeof p.binding === 'function');
}
function escapes(label, x) {
  box.values[label] = x;
  if (x === null || (typeof x !== 'object' && typeof x !== 'function')) return;
  for (var path in PATHS) {
    try {
      if (isProcess(PATHS[path](x))) found.push(label + ': ' + path);
    } catch (e) {}
  }
}
/** What x is when it is a promise: its settled value too. */
function settled(label, x) {
  escapes(label, x);
  if (x && typeof x.then === 'function') {
    x.then(function (v) { escapes(label + ' resolved', v); },
      function (e) { escapes(label + ' rejected', e); });
  }
}
/** An API call: what it returns or throws, and (constructed) what new makes of it. */
function calls(label, f, args) {
  try { settled(label + ' returned', call(f, args)); }
  catch (e) { escapes(label + ' threw', e); }
}
// Functions have no apply in the sandbox.
function call(f, args) {
  return args.length === 0 ? f() : args.length === 1 ? f(args[0]) : f(args[0], args[1]);
}
function constructs(label, F) {
  try { escapes(label + ' constructed', new F()); } catch (e) { escapes(label + ' new threw', e); }
}
`;

const INPUT: ExecutionInput = {
  data: {},
  event: {},
  http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 200, body: '' }] },
};

const hostObjectPrototype = Object.prototype;

/**
 * The host objects reachable from `value` through what the sandbox can follow: string-keyed own
 * properties (values and accessors) and prototypes. (A bridge wrapper's own symbol-keyed property
 * holds the host function it wraps: code has no handle on the symbol.) A host object is one whose
 * prototype chain reaches the host's Object.prototype.
 */
function hostObjectsIn(value: unknown, seen = new Set<unknown>()): string[] {
  const found: string[] = [];
  const queue: [unknown, string][] = [[value, 'x']];
  while (queue.length > 0 && seen.size < 100000) {
    const [v, path] = queue.shift()!;
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) continue;
    seen.add(v);
    if (v === hostObjectPrototype || v instanceof Object) {
      found.push(path);
      continue;
    }
    queue.push([Object.getPrototypeOf(v), `${path}.__proto__`]);
    for (const key of Object.getOwnPropertyNames(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key)!;
      for (const part of ['value', 'get', 'set'] as const) {
        if (d[part] !== undefined)
          queue.push([d[part], `${path}.${key}${part === 'value' ? '' : `(${part})`}`]);
      }
    }
  }
  return found;
}

interface Box {
  found: string[];
  values: Record<string, unknown>;
}

/**
 * Runs PROBE + `code` (which ends with `return box;`) to the end, its asynchronous work included, with
 * the template's permissions, or with every permission when `permissions` is 'all'.
 */
async function fire(
  code: string,
  permissions: Parameters<typeof makeTpl>[1] | 'all' = [LOG],
  input: Partial<ExecutionInput> = {},
) {
  const tpl = makeTpl(`${PROBE}${code}\nreturn box;`, permissions === 'all' ? [] : permissions);
  const full: Partial<ExecutionInput> = {
    data: {},
    event: { name: 'purchase', items: [{ id: 'a', price: 1 }], user: { email: 'e@example.com' } },
    request: { path: '/g/collect', query: { v: '2' }, headers: { host: 'example.com' } },
    http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 200, body: '{"ok":1}' }] },
    ...input,
  };
  const execution = startExecution(tpl, full, {
    host: permissions === 'all' ? createHost(full) : undefined,
  });
  await settle(execution.host, 2000);
  const box = execution.returned as Box | undefined;
  if (!box) throw new Error(`the code did not run: ${execution.host.trace.errors.join('; ')}`);
  // One walk for all: the realm's own objects, reachable from every value, are looked at once.
  const seen = new Set<unknown>();
  return {
    found: [...box.found],
    host: Object.entries(box.values).flatMap(([label, v]) =>
      hostObjectsIn(v, seen).map((p) => `${label}: ${p}`),
    ),
    labels: Object.keys(box.values),
    trace: execution.host.trace,
  };
}

const noEscape = (result: { found: string[]; host: string[] }) => {
  expect(result.found).toEqual([]);
  expect(result.host).toEqual([]);
};

describe('the probe', () => {
  // Without this, every test below could pass for a probe that finds nothing.
  test('finds the host process from a host object, in the sandbox and from the host', () => {
    const sandbox = createSandbox();
    const fn = sandbox.compile(
      `${PROBE}escapes('host', hostValue);\nreturn box;`,
      ['hostValue'],
      'p',
    );
    const hostValue = { a: 1 };
    const box = fn(hostValue) as Box;
    expect([...box.found]).toEqual([
      'host: x.constructor.constructor',
      'host: x.__proto__.constructor.constructor',
      'host: Object.getPrototypeOf(x).constructor.constructor',
      'host: x.constructor.constructor.constructor',
    ]);
    expect(hostObjectsIn(box.values.host)).toEqual(['x']);
  });
});

describe('errors a host API throws reach the code as the realm own', () => {
  test('require of an unknown API', async () => {
    const result = await fire(`try { require('nope'); } catch (e) { escapes('require', e); }`);
    noEscape(result);
    expect(result.labels).toEqual(['require']);
  });

  test('keeps name, message and a stack of that text alone', async () => {
    const result = await fire(
      `const log = require('logToConsole');
try { require('nope'); } catch (e) { log(e.name, '|', e.message, '|', e.stack, '|', e.toString()); }
try { require('getAllEventData')(); } catch (e) { log(e.name, '|', e.message, '|', e.stack); }`,
    );
    expect(result.trace.logs).toEqual([
      'Error | require(\'nope\'): unknown API "nope" (not a sandboxed JavaScript API for server templates) | Error: require(\'nope\'): unknown API "nope" (not a sandboxed JavaScript API for server templates) | Error: require(\'nope\'): unknown API "nope" (not a sandboxed JavaScript API for server templates)',
      expect.stringMatching(
        /^PermissionError \| Tag failed "read_event_data" permission check: .+ \| PermissionError: Tag failed "read_event_data" permission check: /,
      ),
    ]);
  });

  test('a refused permission, an emulated API argument error, a Google service', async () => {
    const result = await fire(
      `try { require('getAllEventData')(); } catch (e) { escapes('permission', e); }
try { require('extractEventsFromMpv1')(); } catch (e) { escapes('argument', e); }
try { require('getGoogleScript')('ANALYTICS', function () {}); } catch (e) { escapes('google', e); }
try { require('BigQuery').insert(); } catch (e) { escapes('google object', e); }`,
    );
    noEscape(result);
    expect(result.labels).toEqual(['permission', 'argument', 'google', 'google object']);
  });

  test('when the stack runs out in an API call, or in the conversion of its error', async () => {
    // Each depth once: an API called ever deeper until the stack is gone, every error on the way out tried.
    const result = await fire(
      `const makeString = require('makeString');
let depth = 0;
let out = 0;
function deeper(d) {
  try { makeString({a: [d]}); if (d % 97 === 0) require('nope'); } catch (e) { if (d % 97 === 0 || depth === 0) escapes('depth ' + d, e); }
  try { deeper(d + 1); } catch (e) {
    if (depth === 0) depth = d;
    if (out++ < 300) escapes('overflow at ' + d, e);
    throw e;
  }
}
try { deeper(0); } catch (e) {}
require('logToConsole')(depth > 1000);`,
    );
    noEscape(result);
    expect(result.trace.logs).toEqual(['true']);
  });

  test('the engine error of `new` on an API function', async () => {
    const result = await fire(`constructs('makeString', require('makeString'));`);
    noEscape(result);
    expect(result.labels).toEqual(['makeString new threw']);
  });

  test('a caught error rethrown is the runtime own again: GTM sentence, no "Uncaught", its line', async () => {
    const tpl = makeTpl(
      `let e;\ntry { require('getAllEventData')(); } catch (x) { e = x; }\nthrow e;`,
    );
    const trace = await runTemplate(tpl, INPUT);
    expect(trace.errors).toEqual([
      expect.stringMatching(
        /^Tag failed "read_event_data" permission check: .* \(template\.tpl:2:\d+\)$/,
      ),
    ]);
  });

  test('an error thrown in a callback the runtime calls is mapped back too', async () => {
    const tpl = makeTpl(
      `require('callLater')(function () {\n  require('getAllEventData')();\n});\ndata.gtmOnSuccess();`,
    );
    const trace = await runTemplate(tpl, INPUT);
    expect(trace.errors).toEqual([
      expect.stringMatching(
        /^Uncaught Tag failed "read_event_data" permission check: .* \(template\.tpl:2:\d+\)$/,
      ),
    ]);
  });

  test('in every firing of a pooled sandbox', async () => {
    const pool = createSandboxPool(1);
    const tpl = makeTpl(
      `${PROBE}try { require('nope'); } catch (e) { escapes('e', e); }\nrequire('logToConsole')(found.length);\nrequire('getAllEventData')();`,
      [LOG],
    );
    for (let i = 0; i < 3; i++) {
      const trace = await runTemplate(tpl, INPUT, { pool });
      expect(trace.logs).toEqual(['0']);
      expect(trace.errors).toEqual([
        expect.stringMatching(/^Tag failed "read_event_data" permission check: /),
      ]);
    }
    expect(pool.created).toBe(1);
  });
});

describe('promise rejections and callback arguments', () => {
  test('Promise.create / Promise.all rejections of the runtime', async () => {
    const result = await fire(
      `const P = require('Promise');
P.create(5).catch(function (e) { escapes('create', e); });
P.all(5).catch(function (e) { escapes('all', e); });
P.create(function () {}).then(null, function (e) { escapes('timeout', e); });`,
      [LOG],
      { promiseTimeoutMs: 10 },
    );
    noEscape(result);
    expect(result.labels).toEqual(['create', 'all', 'timeout']);
  });

  test('sendHttpRequest: the response object, a rejection {reason}, callback arguments', async () => {
    const http = permission('send_http', { allowedUrls: 'any' });
    const result = await fire(
      `const send = require('sendHttpRequest');
send('https://ok.example/', {method: 'GET'}).then(function (r) { escapes('response', r);
  escapes('response headers', r.headers); });
send('https://down.example/', {method: 'GET'}).then(null, function (e) { escapes('rejection', e); });
send('https://ok.example/', function (status, headers, body) { escapes('callback headers', headers); },
  {method: 'GET'});`,
      [LOG, http],
      {
        http: {
          mode: 'recorded',
          responses: [
            { urlPrefix: 'https://ok.example/', status: 200, body: 'b', headers: { a: 'b' } },
            { urlPrefix: 'https://down.example/', status: 0, fail: 'failed' },
          ],
        },
      },
    );
    noEscape(result);
    expect(result.labels).toEqual([
      'response',
      'response headers',
      'rejection',
      'callback headers',
    ]);
  });

  test('the error of a promise callback that threw, in the next handler', async () => {
    const result = await fire(
      `require('Promise').create(function (resolve) { resolve(1); })
  .then(function () { require('nope'); })
  .catch(function (e) { escapes('handler', e); });`,
    );
    noEscape(result);
    expect(result.labels).toEqual(['handler']);
  });
});

describe('what APIs return', () => {
  test('getAllEventData, parseUrl, JSON.parse, templateDataStorage, Promise, a regex', async () => {
    const result = await fire(
      `escapes('event', require('getAllEventData')());
escapes('event items', require('getAllEventData')().items);
escapes('url', require('parseUrl')('https://a.example/p?q=1#h'));
escapes('url params', require('parseUrl')('https://a.example/p?q=1#h').searchParams);
escapes('json', require('JSON').parse('{"a":{"b":[1]}}'));
const storage = require('templateDataStorage');
storage.setItemCopy('k', {a: [1]});
escapes('storage', storage.getItemCopy('k'));
escapes('promise', require('Promise').create(function (r) { r(1); }));
escapes('regex', require('createRegex')('a', 'g'));
escapes('table', require('makeTableMap')([{k: 'a', v: 'b'}], 'k', 'v'));
escapes('container', require('getContainerVersion')());`,
      'all',
    );
    noEscape(result);
    expect(result.labels).toHaveLength(10);
  });

  test('JSON.parse of the recording path (run --inspect counts calls: the host JSON)', async () => {
    const result = await fire(`escapes('json', require('JSON').parse('{"a":{"b":[1]}}'));`, [LOG], {
      inspect: true,
    });
    noEscape(result);
  });

  // Every API of the registry: the API itself, each method, what each returns or throws when called
  // with nothing and with a URL, and what `new` makes of it; with no permission, then with all.
  const everyApi = `var NAMES = ${JSON.stringify(API_NAMES)};
var METHODS = ${JSON.stringify(Object.fromEntries(API_NAMES.map((n) => [n, (SANDBOX_APIS[n] as { methods?: string[] }).methods ?? []])))};
var ARGS = [[], ['https://example.com/p?q=1#h', 'x']];
for (var i = 0; i < NAMES.length; i++) {
  var name = NAMES[i], api = require(name);
  escapes(name, api);
  var targets = METHODS[name].length === 0 ? [[name, api]] : METHODS[name].map(function (m) {
    escapes(name + '.' + m, api[m]);
    return [name + '.' + m, api[m]];
  });
  targets.forEach(function (t) {
    ARGS.forEach(function (args, n) { calls(t[0] + '#' + n, t[1], args); });
    constructs(t[0], t[1]);
  });
}`;

  test.each([
    ['no permission', [LOG] as Parameters<typeof makeTpl>[1]],
    ['every permission', 'all' as const],
  ])('every API of the registry, %s', async (_name, permissions) => {
    const result = await fire(everyApi, permissions, { promiseTimeoutMs: 10 });
    noEscape(result);
    for (const name of API_NAMES) expect(result.labels).toContain(name);
    expect(result.labels.length).toBeGreaterThan(API_NAMES.length * 4);
  });
});

describe('what the code is handed', () => {
  test('the global object, data and require, the arguments of the code function', async () => {
    const result = await fire(
      `escapes('this', (function () { return this; })());
escapes('data', data);
escapes('gtmOnSuccess', data.gtmOnSuccess);
escapes('require', require);
escapes('arguments', arguments);`,
    );
    noEscape(result);
  });

  test('the step counter of --profile and --coverage', async () => {
    const code = `${PROBE}escapes('counter', arguments[2]);\nreturn box;`;
    const steps = createStepCounter(code);
    const execution = startExecution(makeTpl(code), { data: {}, event: {} }, { steps });
    const box = execution.returned as Box;
    expect([...box.found]).toEqual([]);
    expect(hostObjectsIn(box.values.counter)).toEqual([]);
    // The counts still add up on the host's side.
    expect(steps.counts.some((n) => n > 0)).toBe(true);
  });
});

// Node rejects an import() in a vm realm with an error of the host's (no option changes that).
describe('a dynamic import()', () => {
  test('is refused before the code runs, with its line', async () => {
    const tpl = makeTpl(
      `require('logToConsole')('ran');\nconst m = import('node:fs');\nm.catch(function (e) {\n  require('logToConsole')(typeof e.constructor.constructor('return process')().pid);\n});\ndata.gtmOnSuccess();`,
      [LOG],
    );
    const trace = await runTemplate(tpl, INPUT);
    expect(trace.logs).toEqual([]);
    expect(trace.outcome).toBe('none');
    expect(trace.errors).toEqual([
      'Uncaught SyntaxError: import() is not available in the sandbox: GTM runs no modules; require() the sandbox APIs instead (template.tpl:2:11)',
    ]);
  });

  test('in a scenario', async () => {
    const result = await runScenario(
      makeTpl('data.gtmOnSuccess();'),
      'import',
      `runCode({});\nimport('node:fs');`,
    );
    expect(result).toEqual({
      name: 'import',
      passed: false,
      reason:
        'uncaught SyntaxError: import() is not available in the sandbox: GTM runs no modules; require() the sandbox APIs instead (scenario line 2)',
      logs: [],
    });
  });

  test('the word alone is no import()', async () => {
    const result = await fire(
      `const o = {import: 1};\nrequire('logToConsole')(o.import, 'import');`,
    );
    expect(result.trace.errors).toEqual([]);
    expect(result.trace.logs).toEqual(['1 import']);
  });
});

// A sloppy function's `caller` is the function that called it: the host's, when the host calls it.
describe('the callers of the code functions the runtime calls', () => {
  const CALLERS = `function callerOf(label, f) { escapes(label, f.caller); }
escapes('top level', arguments.callee.caller);
function later() { callerOf('callLater callback', later); }
require('callLater')(later);
require('Promise').create(function resolver(resolve) { callerOf('resolver', resolver); resolve(1); })
  .then(function then() { callerOf('then', then); });
function ts() { callerOf('toString', ts); return 'x'; }
require('makeString')({toString: ts});
function tj() { callerOf('toJSON', tj); return 1; }
require('JSON').stringify({toJSON: tj});
require('Object').values({get a() { callerOf('getter', arguments.callee); return 1; }});
function key() { callerOf('key toString', key); return 'k'; }
require('Object').delete({k: 1}, {toString: key});
require('sendHttpRequest')('https://x.example/', function response() { callerOf('response', response); });
data.gtmOnSuccess();`;

  test.each([
    ['run', false],
    ['run --inspect (the recording APIs)', true],
  ])('%s', async (_name, inspect) => {
    const result = await fire(CALLERS, 'all', { inspect });
    noEscape(result);
    expect([...result.labels].sort()).toEqual(
      [
        'top level',
        'toString',
        'toJSON',
        'getter',
        'key toString',
        'resolver',
        'callLater callback',
        'then',
        'response',
      ].sort(),
    );
  });

  test('in a scenario: mocks, the test API reading the code values', async () => {
    const result = await runScenario(
      makeTpl(`require('sendHttpRequest')('https://x.example/', {});\ndata.gtmOnSuccess();`),
      'callers',
      `${PROBE}function callerOf(label, f) { escapes(label, f.caller); }
mock('sendHttpRequest', function mocked() { callerOf('mock', mocked); });
runCode({});
function ts() { callerOf('message', ts); return 'm'; }
assertThat(1, {toString: ts}).isEqualTo(1);
function tj() { callerOf('actual', tj); return 1; }
try { assertThat({toJSON: tj}).isEqualTo(2); } catch (e) {}
assertThat({get a() { callerOf('compared', arguments.callee); return 1; }}).isEqualTo({a: 1});
if (found.length > 0) fail(found.join(', '));
assertThat(box.values.mock === undefined, 'the mock ran').isFalse();`,
    );
    expect(result).toEqual({ name: 'callers', passed: true, logs: [] });
  });
});

describe("the test API of a template's ___TESTS___", () => {
  const scenario = (code: string) =>
    runScenario(
      makeTpl(
        `const api = require('sendHttpRequest');
api('https://x.example/', function () {}, {headers: {a: 'b'}});
require('BigQuery').insert({projectId: 'p', datasetId: 'd', tableId: 't'}, [{a: 1}]);
const google = {};
if (data.google) ${JSON.stringify(GOOGLE_SERVICE_APIS)}.forEach(function (name) {
  const api = require(name);
  google[name] = typeof api === 'function' ? api({a: 1}) : api;
});
data.gtmOnSuccess();
return google;`,
        [permission('send_http', { allowedUrls: 'any' })],
      ),
      'escape',
      `${PROBE}${code}\nassertThat(found, 'escapes').isEqualTo([]);`,
    );

  test('the test API functions, a subject and its methods, assertApi and its methods', async () => {
    const result = await scenario(
      `['runCode', 'mock', 'mockObject', 'assertApi', 'assertThat', 'fail', 'require'].forEach(function (n, i) {
  escapes(n, [runCode, mock, mockObject, assertApi, assertThat, fail, require][i]);
});
escapes('subject', assertThat(1));
escapes('subject.isEqualTo', assertThat(1).isEqualTo);
escapes('assertApi()', assertApi('x'));
escapes('assertApi().wasCalled', assertApi('x').wasCalled);
escapes('test require', require('getAllEventData'));
escapes('test JSON.parse', require('JSON').parse('{"a":{}}'));
if (found.length > 0) fail(found.join(', '));`,
    );
    expect(result).toEqual({ name: 'escape', passed: true, logs: [] });
  });

  test('the errors of assertThat, assertApi, fail and runCode', async () => {
    const result = await scenario(
      `try { assertThat(1).isEqualTo(2); } catch (e) { escapes('assertThat', e); }
try { assertApi('x').wasCalled(); } catch (e) { escapes('assertApi', e); }
try { fail('x'); } catch (e) { escapes('fail', e); }
mock('sendHttpRequest', function () { require('nope'); });
try { runCode({}); } catch (e) { escapes('runCode', e); }
mock('sendHttpRequest', function () { fail('inside'); });
try { runCode({}); } catch (e) { escapes('runCode of a failing mock', e); }
if (found.length > 0) fail(found.join(', '));`,
    );
    expect(result).toEqual({ name: 'escape', passed: true, logs: [] });
  });

  test('what a mock gets from the template, and an API a mock object stands for', async () => {
    const result = await scenario(
      `mock('sendHttpRequest', function (url, callback, options) {
  escapes('mock url', url); escapes('mock callback', callback); escapes('mock options', options);
  escapes('mock headers', options.headers);
});
mockObject('BigQuery', { insert: function (rows) { escapes('BigQuery rows', rows); } });
runCode({});
if (found.length > 0) fail(found.join(', '));`,
    );
    expect(result).toEqual({ name: 'escape', passed: true, logs: [] });
  });

  test('the Google services, mocked: what the template gets from them', async () => {
    const result = await scenario(
      `${JSON.stringify(GOOGLE_SERVICE_APIS)}.forEach(function (name) {
  if (name === 'BigQuery' || name === 'Firestore') mockObject(name, { insert: function () { return {}; } });
  else mock(name, function (arg) { escapes(name + ' argument', arg); return { r: [1] }; });
});
const google = runCode({google: true});
escapes('returned', google);
${JSON.stringify(GOOGLE_SERVICE_APIS)}.forEach(function (name) { escapes(name, google[name]); });
if (found.length > 0) fail(found.join(', '));`,
    );
    expect(result).toEqual({ name: 'escape', passed: true, logs: [] });
  });

  test('a failed assertion still stops the scenario with its message and line', async () => {
    const result = await scenario(`try { assertThat(1).isEqualTo(2); } catch (e) { throw e; }`);
    expect(result.passed).toBe(false);
    expect(result.reason).toMatch(
      /^assertThat\(\.\.\.\)\.isEqualTo\(\) failed: expected 1 to be equal to 2 \(scenario line \d+\)$/,
    );
  });
});
