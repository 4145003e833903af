// The order of asynchronous work (docs/runtime.md): the end of the code, then its promise callbacks,
// then the queue in due order (callLater and local HTTP answers at once, in the order they were made),
// the same on every run.
import { runTests, type ScenarioResult } from '../../runtime/test-runner';
import { LOG, makeTpl, permission, run } from './helpers';

const SEND_ANY = permission('send_http', { allowedUrls: 'any' });

const outline = (rs: ScenarioResult[]) =>
  rs.map((r) => (r.passed ? `✓ ${r.name}` : `✗ ${r.name} — ${r.reason}`));

describe('an unmocked sendHttpRequest checked in callLater', () => {
  const tag = `const sendHttpRequest = require('sendHttpRequest');
sendHttpRequest('https://api.example.com/collect', (status) => {
  if (status === 200) data.gtmOnSuccess(); else data.gtmOnFailure();
}, {method: 'POST'}, 'x');`;
  const promiseTag = `const sendHttpRequest = require('sendHttpRequest');
sendHttpRequest('https://api.example.com/collect', {method: 'POST'}, 'x')
  .then((r) => { if (r.statusCode === 200) data.gtmOnSuccess(); else data.gtmOnFailure(); });`;
  const scenario = `const callLater = require('callLater');
runCode({});
assertApi('gtmOnSuccess').wasNotCalled();
callLater(() => {
  assertApi('gtmOnSuccess').wasCalled();
  assertApi('gtmOnFailure').wasNotCalled();
});`;

  test.each([
    ['callback form', tag],
    ['promise form', promiseTag],
  ])('%s: the same verdict in 100 runs', async (_form, code) => {
    const tpl = makeTpl(code, [SEND_ANY], {
      scenarios: [{ name: 'answers first', code: scenario }],
    });
    const verdicts = new Set<string>();
    for (let i = 0; i < 100; i++) verdicts.add(outline(await runTests(tpl)).join('\n'));
    expect([...verdicts]).toEqual(['✓ answers first']);
  });
});

describe('the documented order', () => {
  test('code end, promise callbacks, then callLater and answers in the order they were scheduled', async () => {
    const trace = await run(
      `const log = require('logToConsole');
const callLater = require('callLater');
const Promise = require('Promise');
const send = require('sendHttpRequest');
callLater(() => log('2 callLater before the request'));
send('https://api.example.com/a', () => log('3 callback answer'));
send('https://api.example.com/b').then(() => {
  log('4 promise answer');
  callLater(() => log('6 callLater from an answer'));
  Promise.create((resolve) => resolve()).then(() => log('5 its promise callbacks first'));
});
Promise.create((resolve) => resolve()).then(() => log('1 promise callback'));
log('0 end of the code');
callLater(() => data.gtmOnSuccess());`,
      [LOG, SEND_ANY],
    );
    expect(trace.logs).toEqual([
      '0 end of the code',
      '1 promise callback',
      '2 callLater before the request',
      '3 callback answer',
      '4 promise answer',
      '5 its promise callbacks first',
      '6 callLater from an answer',
    ]);
    expect(trace.errors).toEqual([]);
  });

  test('delayed answers and timeouts come in due order, in virtual time', async () => {
    const started = Date.now();
    const trace = await run(
      `const log = require('logToConsole');
const send = require('sendHttpRequest');
send('https://slow.example.com/', {timeout: 3000}).then((r) => log('slow', r.statusCode));
send('https://never.example.com/', {timeout: 2000}).then(() => {}, (e) => log('never', e.reason));
send('https://fast.example.com/', {timeout: 3000}).then((r) => log('fast', r.statusCode));
require('callLater')(() => log('callLater'));`,
      [LOG, SEND_ANY],
      {
        http: {
          mode: 'recorded',
          responses: [
            { urlPrefix: 'https://slow.example.com/', status: 201, delayMs: 2500 },
            { urlPrefix: 'https://never.example.com/', status: 0, fail: 'timed_out' },
            { urlPrefix: 'https://fast.example.com/', status: 202, delayMs: 10 },
          ],
        },
      },
    );
    expect(trace.logs).toEqual(['callLater', 'fast 202', 'never timed_out', 'slow 201']);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
