// The ___TESTS___ runner: scope, mocks, assertions with their exact failure text, async work, errors.
import { runTests, type ScenarioResult } from '../../runtime/test-runner';
import { LOG, makeTpl, permission } from './helpers';

const TAG = `const getCookieValues = require('getCookieValues');
const sendHttpRequest = require('sendHttpRequest');
const log = require('logToConsole');
const value = getCookieValues('_ident')[0];
log('cookie', value);
sendHttpRequest('https://api.example.com/' + data.id, (status) => {
  if (status === 200) data.gtmOnSuccess(); else data.gtmOnFailure();
}, {method: 'POST'}, value);`;

const PERMS = [
  LOG,
  permission('get_cookies', { cookieAccess: 'specific', cookieNames: ['_ident'] }),
  permission('send_http', { allowedUrls: 'specific', urls: ['https://api.example.com/'] }),
];

async function results(
  code: string,
  scenarios: Record<string, string>,
  setup?: string,
): Promise<ScenarioResult[]> {
  const tpl = makeTpl(code, PERMS, {
    setup,
    scenarios: Object.entries(scenarios).map(([name, c]) => ({ name, code: c })),
  });
  return runTests(tpl);
}

const outline = (rs: ScenarioResult[]) =>
  rs.map((r) => (r.passed ? `✓ ${r.name}` : `✗ ${r.name} — ${r.reason}`));

describe('scope and mocks', () => {
  test('setup runs before each scenario, in the scenario’s scope', async () => {
    const rs = await results(
      TAG,
      {
        first:
          "counter++;\nassertThat(counter).isEqualTo(1);\nassertThat(mockData.id).isEqualTo('x');",
        second: 'counter++;\nassertThat(counter).isEqualTo(1);',
      },
      "let counter = 0;\nconst mockData = {id: 'x'};",
    );
    expect(outline(rs)).toEqual(['✓ first', '✓ second']);
  });

  test('mocks (function or value) replace the API, skip its permission check, and are reset per scenario', async () => {
    const rs = await results(TAG, {
      mocked: `mock('getCookieValues', (name) => [name + '-value']);
mock('sendHttpRequest', (url, cb, options, body) => { assertThat(body).isEqualTo('_ident-value'); cb(200); });
runCode({id: 'a'});
assertApi('gtmOnSuccess').wasCalled();
assertApi('sendHttpRequest').wasCalled();`,
      'value mock': `mock('getCookieValues', ['fixed']);
mock('sendHttpRequest', (url, cb, options, body) => cb(body === 'fixed' ? 200 : 500));
runCode({id: 'b'});
assertApi('gtmOnSuccess').wasCalled();`,
      'not mocked any more': `mock('sendHttpRequest', (url, cb) => cb(200));
runCode({id: 'c'});
assertApi('getCookieValues').wasCalledWith('_ident');`,
    });
    expect(outline(rs)).toEqual(['✓ mocked', '✓ value mock', '✓ not mocked any more']);
  });

  test('an unmocked API still checks the template’s permissions', async () => {
    const rs = await results(
      `const getCookieValues = require('getCookieValues');\ngetCookieValues('_other');`,
      {
        refused: 'runCode({});',
        'mocked is allowed': "mock('getCookieValues', []);\nrunCode({});",
      },
    );
    expect(outline(rs)).toEqual([
      '✗ refused — runCode: the template code threw Tag failed "get_cookies" permission check: Access to cookie "_other" is prohibited. Allowed cookies: _ident. (template.tpl:2)',
      '✓ mocked is allowed',
    ]);
  });

  test('mockObject replaces an object API', async () => {
    const rs = await results(
      `const storage = require('templateDataStorage');\nstorage.setItemCopy('k', data.v);\nreturn storage.getItemCopy('k');`,
      {
        object: `const saved = {};
mockObject('templateDataStorage', { setItemCopy: (k, v) => { saved[k] = v + '!'; }, getItemCopy: (k) => saved[k] });
assertThat(runCode({v: 'x'})).isEqualTo('x!');`,
      },
    );
    expect(outline(rs)).toEqual(['✓ object']);
  });

  test('test code can require APIs itself', async () => {
    const rs = await results(`return data.a;`, {
      require:
        "const makeTableMap = require('makeTableMap');\nconst JSON = require('JSON');\nassertThat(JSON.stringify(makeTableMap([{k: 'a', v: 1}], 'k', 'v'))).isEqualTo('{\"a\":1}');",
    });
    expect(outline(rs)).toEqual(['✓ require']);
  });
});

describe('assertions and their failure text', () => {
  const check = async (code: string) => outline(await results(`return data.v;`, { s: code }))[0];

  test.each([
    ['assertThat(runCode({v: [1, {a: 2}]})).isEqualTo([1, {a: 2}]);', '✓ s'],
    [
      "assertThat(runCode({v: 'a'})).isEqualTo('b');",
      '✗ s — assertThat(...).isEqualTo() failed: expected "a" to be equal to "b" (scenario line 1)',
    ],
    [
      "assertThat(runCode({v: 1}), 'the value').isStrictlyEqualTo('1');",
      '✗ s — the value: assertThat(...).isStrictlyEqualTo() failed: expected 1 to be strictly equal to "1" (scenario line 1)',
    ],
    ['assertThat(runCode({v: [1, 2]})).containsExactly(2, 1);', '✓ s'],
    [
      'assertThat(runCode({v: [1, 2]})).contains(3);',
      '✗ s — assertThat(...).contains() failed: expected [1,2] to contain 3 (scenario line 1)',
    ],
    [
      "assertThat(runCode({v: 'abc'})).hasLength(3);\nassertThat(runCode({v: ''})).isEmpty();",
      '✓ s',
    ],
    [
      'assertThat(runCode({v: 2})).isGreaterThan(1);\nassertThat(runCode({v: 2})).isLessThanOrEqualTo(1);',
      '✗ s — assertThat(...).isLessThanOrEqualTo() failed: expected 2 to be less than or equal to 1 (scenario line 2)',
    ],
    [
      'assertThat(runCode({})).isUndefined();\nassertThat(runCode({v: null})).isNull();\nassertThat(runCode({v: 0})).isFalsy();',
      '✓ s',
    ],
    [
      "assertThat(runCode({v: 'x'})).isAnyOf('a', 'x');\nassertThat(runCode({v: 'x'})).isNoneOf('x');",
      '✗ s — assertThat(...).isNoneOf() failed: expected "x" to be none of ["x"] (scenario line 2)',
    ],
    [
      'assertThat(runCode({v: {}})).isObject();\nassertThat(runCode({v: []})).isArray();\nassertThat(runCode({v: []})).isObject();',
      '✗ s — assertThat(...).isObject() failed: expected [] to be an object (scenario line 3)',
    ],
    [
      "fail('stop here');\nassertThat(1).isEqualTo(1);",
      '✗ s — fail(): stop here (scenario line 1)',
    ],
  ])('%s', async (code, expected) => {
    expect(await check(code)).toBe(expected);
  });

  test('assertApi: wasCalled / wasNotCalled / wasCalledWith / wasNotCalledWith, with the calls seen', async () => {
    const rs = await results(TAG, {
      pass: `mock('getCookieValues', ['v']);
mock('sendHttpRequest', (url, cb) => cb(500));
runCode({id: 'p'});
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();
assertApi('getCookieValues').wasCalledWith('_ident');
assertApi('getCookieValues').wasNotCalledWith('_vid');`,
      fail: `mock('getCookieValues', ['v']);
mock('sendHttpRequest', (url, cb) => cb(200));
runCode({id: 'p'});
assertApi('getCookieValues').wasCalledWith('_vid');`,
      never: "assertApi('setCookie').wasCalled();",
    });
    expect(outline(rs)).toEqual([
      '✓ pass',
      `✗ fail — assertApi('getCookieValues').wasCalledWith("_vid") failed: its calls were: ["_ident"] (scenario line 4)`,
      `✗ never — assertApi('setCookie').wasCalled() failed: it was never called (scenario line 1)`,
    ]);
  });
});

describe('asynchronous work', () => {
  test('callLater assertions run after the template’s promises and callbacks', async () => {
    const code = `const Promise = require('Promise');
Promise.create((resolve) => resolve()).then(() => data.gtmOnSuccess());`;
    const rs = await results(code, {
      'too early': "runCode({});\nassertApi('gtmOnSuccess').wasCalled();",
      later:
        "const callLater = require('callLater');\nrunCode({});\ncallLater(() => assertApi('gtmOnSuccess').wasCalled());",
    });
    expect(outline(rs)).toEqual([
      "✗ too early — assertApi('gtmOnSuccess').wasCalled() failed: it was never called (scenario line 2)",
      '✓ later',
    ]);
  });

  test('a failing assertion in a then-callback of a returned promise fails the scenario', async () => {
    const code = `const Promise = require('Promise');\nreturn Promise.create((resolve) => resolve(data.v));`;
    const rs = await results(code, {
      ok: 'runCode({v: 1}).then((v) => assertThat(v).isEqualTo(1));',
      bad: 'runCode({v: 1}).then((v) => assertThat(v).isEqualTo(2));',
    });
    expect(outline(rs)).toEqual([
      '✓ ok',
      '✗ bad — assertThat(...).isEqualTo() failed: expected 1 to be equal to 2 (scenario line 1)',
    ]);
  });
});

describe('errors', () => {
  test('a scenario that throws fails with the error and its line', async () => {
    const rs = await results(`return 1;`, { throws: 'const x = 1;\nundefinedThing();' });
    expect(outline(rs)).toEqual([
      '✗ throws — uncaught ReferenceError: undefinedThing is not defined (scenario line 2)',
    ]);
  });

  test('a template calling back twice fails the scenario', async () => {
    const rs = await results(`data.gtmOnSuccess();\ndata.gtmOnSuccess();`, {
      twice: "runCode({});\nassertApi('gtmOnSuccess').wasCalled();",
    });
    expect(outline(rs)).toEqual([
      '✗ twice — data.gtmOnSuccess() was called after the tag had already ended (callback #2); call exactly one callback, once',
    ]);
  });

  test('a failure stops the scenario: later statements do not run', async () => {
    const rs = await results(`const log = require('logToConsole');\nlog(data.n);`, {
      stops: "runCode({n: 1});\nfail('first');\nrunCode({n: 2});",
    });
    expect(rs[0].logs).toEqual(['1']);
    expect(rs[0].reason).toBe('fail(): first (scenario line 2)');
  });
});

describe('failures during asynchronous work', () => {
  test('a failure while a promise is pending (up to its 5 s limit) ends the scenario at once', async () => {
    const code = `const Promise = require('Promise');\nPromise.create(() => {}).then(() => data.gtmOnSuccess());`;
    const started = Date.now();
    const rs = await results(code, {
      slow: "const callLater = require('callLater');\nrunCode({});\ncallLater(() => fail('stop'));",
    });
    expect(outline(rs)).toEqual(['✗ slow — fail(): stop (scenario line 3)']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('an error in a mock is the test’s own: it names the scenario line, not the template’s', async () => {
    const code = `const v = require('getCookieValues')('_ident')[0];\ndata.gtmOnSuccess();`;
    const rs = await results(code, {
      'typo in a mock': "mock('getCookieValues', () => [cookieValu]);\nrunCode({});",
      'the template’s own error': "mock('getCookieValues', () => undefined);\nrunCode({});",
    });
    expect(outline(rs)).toEqual([
      '✗ typo in a mock — uncaught ReferenceError: cookieValu is not defined (scenario line 1)',
      "✗ the template’s own error — runCode: the template code threw TypeError: Cannot read properties of undefined (reading '0') (template.tpl:1)",
    ]);
  });

  test('runCode throwing inside callLater fails the scenario with the template’s error', async () => {
    const rs = await results(`data.missing.x = 1;`, {
      later: "const callLater = require('callLater');\ncallLater(() => runCode({}));",
    });
    expect(outline(rs)).toEqual([
      "✗ later — runCode: the template code threw TypeError: Cannot set properties of undefined (setting 'x') (template.tpl:1)",
    ]);
  });
});
