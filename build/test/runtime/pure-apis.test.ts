// GTM semantics of the APIs that need no permission, run through the sandbox like template code.
import { LOG, permission, run } from './helpers';

/** Runs `body`, which must call out(value) with the value under test; returns what was logged as JSON. */
async function evaluate(requires: string[], expr: string, input = {}): Promise<unknown> {
  const code = `const JSONX = require('JSON');\nconst log = require('logToConsole');\n${requires
    .map((r) => `const ${r} = require('${r}');`)
    .join('\n')}\nlog(JSONX.stringify({ v: ${expr} }));`;
  const trace = await run(
    code,
    [LOG, permission('read_event_data', { eventDataAccess: 'any' })],
    input,
  );
  if (trace.errors.length) throw new Error(trace.errors.join('\n'));
  return (JSON.parse(trace.logs[0]) as { v: unknown }).v;
}

describe('type and conversion APIs', () => {
  test('getType tells arrays, null and functions apart', async () => {
    expect(
      await evaluate(
        ['getType'],
        "[getType([]), getType(null), getType(undefined), getType({}), getType(getType), getType('s'), getType(1), getType(true)]",
      ),
    ).toEqual(['array', 'null', 'undefined', 'object', 'function', 'string', 'number', 'boolean']);
  });

  test('makeString, makeNumber and makeInteger', async () => {
    expect(
      await evaluate(
        ['makeString'],
        '[makeString(12), makeString(null), makeString(undefined), makeString([1, 2]), makeString(true)]',
      ),
    ).toEqual(['12', 'null', 'undefined', '1,2', 'true']);
    expect(
      await evaluate(
        ['makeNumber', 'makeString'],
        "[makeNumber('4.5'), makeString(makeNumber('abc')), makeNumber(''), makeNumber(true)]",
      ),
    ).toEqual([4.5, 'NaN', 0, 1]);
    expect(
      await evaluate(
        ['makeInteger', 'makeString'],
        "[makeInteger('4.9'), makeInteger(-4.9), makeString(makeInteger('x'))]",
      ),
    ).toEqual([4, -4, 'NaN']);
  });

  test('makeTableMap turns SIMPLE_TABLE rows into a map, null when it cannot', async () => {
    expect(
      await evaluate(
        ['makeTableMap'],
        "[makeTableMap([{k: 'a', v: 1}, {k: 'b', v: 2}, {k: 'a', v: 3}], 'k', 'v'), makeTableMap([], 'k', 'v'), makeTableMap('x', 'k', 'v')]",
      ),
    ).toEqual([{ a: 3, b: 2 }, null, null]);
  });
});

describe('JSON, Math, Object', () => {
  test('JSON.parse returns undefined on malformed input; stringify returns undefined on a cycle', async () => {
    expect(
      await evaluate(
        ['getType'],
        "(function () { const o = {}; o.self = o; return [getType(JSONX.parse('{bad')), JSONX.parse('{\"a\":[1]}'), getType(JSONX.stringify(o))]; })()",
      ),
    ).toEqual(['undefined', { a: [1] }, 'undefined']);
  });

  test('Math has the documented members only', async () => {
    expect(
      await evaluate(
        ['Math', 'getType'],
        '[Math.abs(-2), Math.ceil(1.2), Math.floor(1.8), Math.round(2.5), Math.max(1, 3), Math.min(1, 3), Math.pow(2, 3), Math.sqrt(9), getType(Math.random), getType(Math.PI)]',
      ),
    ).toEqual([2, 2, 1, 3, 3, 1, 8, 3, 'undefined', 'undefined']);
  });

  test('Object.keys/values/entries/freeze/delete act on the caller’s own object', async () => {
    expect(
      await evaluate(
        ['Object'],
        "(function () { const o = {a: 1, b: 2}; Object.delete(o, 'a'); const f = Object.freeze({x: 1}); f.x = 2; return [Object.keys(o), Object.values(o), Object.entries(o), f.x, Object.keys('str')]; })()",
      ),
    ).toEqual([['b'], [2], [['b', 2]], 1, []]);
  });
});

describe('Promise', () => {
  test('create and all resolve in order; a rejection reaches catch', async () => {
    const code = `const Promise = require('Promise');
const log = require('logToConsole');
const a = Promise.create((resolve) => resolve(1));
const b = Promise.create((resolve, reject) => reject('no'));
Promise.all([a, Promise.create((resolve) => resolve(2))]).then((v) => log('all', v));
b.catch((r) => log('caught', r)).finally(() => log('finally'));
log('sync');`;
    const trace = await run(code, [LOG]);
    expect(trace.logs).toEqual(['sync', 'caught no', 'all [1,2]', 'finally']);
  });

  test('a promise still pending after the limit (GTM: 5 s) rejects, and its handlers run', async () => {
    const code = `const Promise = require('Promise');
Promise.create(() => {}).then(() => data.gtmOnSuccess(), (e) => { require('logToConsole')(e.reason); data.gtmOnFailure(); });`;
    const trace = await run(code, [LOG], { promiseTimeoutMs: 30 });
    expect(trace).toMatchObject({ outcome: 'failure', logs: ['timed_out'], errors: [] });
  });

  test('an error thrown in a then callback nobody handles is reported', async () => {
    const trace = await run(
      `const Promise = require('Promise');\nPromise.create((r) => r(1)).then(() => { undefinedFunction(); });`,
    );
    expect(trace.errors).toEqual([
      'Uncaught error in a promise callback: ReferenceError: undefinedFunction is not defined',
    ]);
  });
});

describe('time and randomness', () => {
  test('the clock comes from the input', async () => {
    expect(
      await evaluate(
        ['getTimestampMillis', 'getTimestamp'],
        '[getTimestampMillis(), getTimestamp()]',
        { nowMs: 1700000000123 },
      ),
    ).toEqual([1700000000123, 1700000000123]);
  });

  test('generateRandom gives an integer in [min, max] from the input’s random source', async () => {
    expect(
      await evaluate(['generateRandom'], '[generateRandom(1, 6), generateRandom(1, 6)]', {
        random: () => 0.999999,
      }),
    ).toEqual([6, 6]);
    expect(await evaluate(['generateRandom'], 'generateRandom(10, 20)', { random: () => 0 })).toBe(
      10,
    );
  });
});

describe('encodings and URLs', () => {
  test('URI codecs; decoding malformed input gives undefined', async () => {
    expect(
      await evaluate(
        ['encodeUri', 'encodeUriComponent', 'decodeUri', 'decodeUriComponent', 'getType'],
        "[encodeUri('a b/ü?'), encodeUriComponent('a b/&'), decodeUri('a%20b'), decodeUriComponent('a%2Fb'), getType(decodeUriComponent('%E0%A4%A'))]",
      ),
    ).toEqual(['a%20b/%C3%BC?', 'a%20b%2F%26', 'a b', 'a/b', 'undefined']);
  });

  test('parseUrl gives the parts, repeated parameters as lists; undefined for a non-URL', async () => {
    expect(
      await evaluate(
        ['parseUrl', 'getType'],
        "[parseUrl('https://u:p@shop.example.com:8443/a/b?x=1&y=2&y=3#top'), getType(parseUrl('not a url'))]",
      ),
    ).toEqual([
      {
        href: 'https://u:p@shop.example.com:8443/a/b?x=1&y=2&y=3#top',
        origin: 'https://shop.example.com:8443',
        protocol: 'https:',
        username: 'u',
        password: 'p',
        host: 'shop.example.com:8443',
        hostname: 'shop.example.com',
        port: '8443',
        pathname: '/a/b',
        search: '?x=1&y=2&y=3',
        searchParams: { x: '1', y: ['2', '3'] },
        hash: '#top',
      },
      'undefined',
    ]);
  });

  test('base64 both ways, URL-safe on request; bad input decodes to undefined', async () => {
    expect(
      await evaluate(
        ['toBase64', 'fromBase64', 'getType'],
        "[toBase64('{\"a\":\"ü?>\"}'), toBase64('??>', {urlEncoding: true}), fromBase64('eyJhIjoxfQ=='), getType(fromBase64('@@@'))]",
      ),
    ).toEqual(['eyJhIjoiw7w/PiJ9', 'Pz8-', '{"a":1}', 'undefined']);
  });

  test('sha256Sync and sha256 (base64 by default, hex on request)', async () => {
    expect(
      await evaluate(
        ['sha256Sync'],
        "[sha256Sync('abc'), sha256Sync('abc', {outputEncoding: 'hex'})]",
      ),
    ).toEqual([
      'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ]);
    const trace = await run(
      `const sha256 = require('sha256');\nconst log = require('logToConsole');\nsha256('abc', (d) => log(d), {outputEncoding: 'hex'});\nlog('first');`,
      [LOG],
    );
    expect(trace.logs).toEqual([
      'first',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ]);
  });

  test('createRegex/testRegex, and the regex works with native string methods', async () => {
    expect(
      await evaluate(
        ['createRegex', 'testRegex'],
        "(function () { const re = createRegex('^a+b', 'i'); return [testRegex(re, 'AAb'), testRegex(re, 'b'), 'xaabx'.replace(createRegex('a+', 'g'), '-'), createRegex('(', '')]; })()",
      ),
    ).toEqual([true, false, 'x-bx', null]);
  });

  test('computeEffectiveTldPlusOne', async () => {
    expect(
      await evaluate(
        ['computeEffectiveTldPlusOne'],
        "[computeEffectiveTldPlusOne('www.shop.example.co.uk'), computeEffectiveTldPlusOne('https://a.b.example.com/x'), computeEffectiveTldPlusOne('example.com')]",
      ),
    ).toEqual(['example.co.uk', 'example.com', 'example.com']);
  });
});

describe('callLater', () => {
  test('runs after the current code and its promise callbacks, in order', async () => {
    const code = `const callLater = require('callLater');
const Promise = require('Promise');
const log = require('logToConsole');
callLater(() => log('later 1'));
Promise.create((r) => r()).then(() => log('promise'));
callLater(() => log('later 2'));
log('now');`;
    expect((await run(code, [LOG])).logs).toEqual(['now', 'promise', 'later 1', 'later 2']);
  });
});
