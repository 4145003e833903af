// sendHttpRequest: both forms, recorded and live modes, timeouts, and the send_http permission.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { urlAllowed } from '../../runtime/permissions';
import { LOG, permission, run } from './helpers';

const SEND_ANY = permission('send_http', { allowedUrls: 'any' });
const head =
  "const send = require('sendHttpRequest');\nconst log = require('logToConsole');\nconst JSON = require('JSON');\n";
const promiseForm = (
  url: string,
  options = "{method: 'POST', headers: {'content-type': 'application/json'}, timeout: 200}",
) =>
  `${head}send('${url}', ${options}, '{"a":1}').then((r) => { log(r.statusCode, r.headers, r.body); data.gtmOnSuccess(); }, (e) => { log('rejected', e); data.gtmOnFailure(); });`;
const callbackForm = (url: string) =>
  `${head}send('${url}', (status, headers, body) => { log(status, headers, body); if (status === 200) data.gtmOnSuccess(); else data.gtmOnFailure(); }, {timeout: 200});`;

describe('recorded mode', () => {
  const responses = [
    { urlPrefix: 'https://api.example.com/', status: 500, body: 'generic' },
    {
      urlPrefix: 'https://api.example.com/v1/',
      status: 200,
      body: '{"ok":true}',
      headers: { 'X-Id': '7' },
    },
    { urlPrefix: 'https://slow.example.com/', status: 200, delayMs: 500 },
    { urlPrefix: 'https://down.example.com/', status: 0, fail: 'failed' as const },
  ];
  const input = { http: { mode: 'recorded' as const, responses } };

  test('promise form: the longest matching prefix answers, and the request is traced', async () => {
    const trace = await run(
      promiseForm('https://api.example.com/v1/events?x=1'),
      [LOG, SEND_ANY],
      input,
    );
    expect(trace).toEqual({
      outcome: 'success',
      requests: [
        {
          url: 'https://api.example.com/v1/events?x=1',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"a":1}',
          timeoutMs: 200,
        },
      ],
      cookiesSet: [],
      logs: ['200 {"x-id":"7"} {"ok":true}'],
      errors: [],
      callbacks: 1,
    });
  });

  test('callback form gets (status, headers, body); GET is the default method', async () => {
    const trace = await run(callbackForm('https://api.example.com/other'), [LOG, SEND_ANY], input);
    expect(trace.logs).toEqual(['500 {} generic']);
    expect(trace.requests).toEqual([
      {
        url: 'https://api.example.com/other',
        method: 'GET',
        headers: {},
        body: undefined,
        timeoutMs: 200,
      },
    ]);
    expect(trace.outcome).toBe('failure');
  });

  test('a response slower than the timeout: promise rejects timed_out, callback gets -1', async () => {
    expect(
      (await run(promiseForm('https://slow.example.com/'), [LOG, SEND_ANY], input)).logs,
    ).toEqual(['rejected {"reason":"timed_out"}']);
    expect(
      (await run(callbackForm('https://slow.example.com/'), [LOG, SEND_ANY], input)).logs,
    ).toEqual(['-1 undefined undefined']);
  });

  test('a scripted network failure: promise rejects failed, callback gets 0', async () => {
    expect(
      (await run(promiseForm('https://down.example.com/'), [LOG, SEND_ANY], input)).logs,
    ).toEqual(['rejected {"reason":"failed"}']);
    expect(
      (await run(callbackForm('https://down.example.com/'), [LOG, SEND_ANY], input)).logs,
    ).toEqual(['0 undefined undefined']);
  });

  test('an unmatched URL fails and the trace says why', async () => {
    const trace = await run(promiseForm('https://nowhere.example.com/'), [LOG, SEND_ANY], input);
    expect(trace.logs).toEqual(['rejected {"reason":"failed"}']);
    expect(trace.errors).toEqual([
      'sendHttpRequest: no recorded response for https://nowhere.example.com/; answered "failed"',
    ]);
  });
});

describe('send_http permission', () => {
  const perms = [
    LOG,
    permission('send_http', {
      allowedUrls: 'specific',
      urls: ['https://collect.vendor.example/'],
    }),
  ];

  test('a URL under an allowed prefix is sent', async () => {
    const trace = await run(promiseForm('https://collect.vendor.example/send-events/abc'), perms);
    expect(trace.outcome).toBe('success');
  });

  test('any other URL is refused before anything is sent', async () => {
    const trace = await run(promiseForm('https://collect.vendor.example.evil.example/x'), perms);
    expect(trace.requests).toEqual([]);
    expect(trace.outcome).toBe('none');
    expect(trace.errors).toEqual([
      'Tag failed "send_http" permission check: Access to URL "https://collect.vendor.example.evil.example/x" is prohibited. Allowed URL patterns: https://collect.vendor.example/. (template.tpl:4:1)',
    ]);
  });

  test.each([
    ['https://events.tracker.example/', 'https://events.tracker.example/v3/1/events', true],
    ['https://events.tracker.example/*', 'https://events.tracker.example/v3/1/events', true],
    ['https://*.stape.io/*', 'https://a.b.stape.io/x', true],
    ['https://*.stape.io/*', 'https://stape.io/x', false],
    [
      'https://api.linkedin.com/rest/conversionEvents',
      'https://api.linkedin.com/rest/other',
      false,
    ],
    ['https://example.com/', 'http://example.com/', false],
    ['https://example.com/', 'https://example.com:8443/', false],
  ])('URL pattern %s against %s → %s', (pattern, url, allowed) => {
    expect(urlAllowed(pattern, url)).toBe(allowed);
  });
});

describe('live mode', () => {
  let server: http.Server;
  let base: string;
  const seen: { method?: string; url?: string; body: string; headers: http.IncomingHttpHeaders }[] =
    [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body, headers: req.headers });
        if (req.url?.startsWith('/slow')) {
          setTimeout(() => res.end('late'), 600);
          return;
        }
        res.writeHead(req.url?.startsWith('/bad') ? 400 : 200, { 'x-server': 'local' });
        res.end(`echo:${body}`);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const live = () => ({
    http: { mode: 'live' as const, hostMap: { 'collect.vendor.example': base } },
  });

  test('the mapped host reaches the local server; the template’s URL is unchanged in the trace', async () => {
    seen.length = 0;
    const trace = await run(
      promiseForm('https://collect.vendor.example/send-events/cfg?x=1'),
      [LOG, SEND_ANY],
      live(),
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/send-events/cfg?x=1', body: '{"a":1}' });
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(trace.requests[0].url).toBe('https://collect.vendor.example/send-events/cfg?x=1');
    expect(trace.logs[0]).toMatch(/^200 \{.*"x-server":"local".*\} echo:\{"a":1\}$/);
    expect(trace.outcome).toBe('success');
  });

  test('a 4xx answer is a response, not a rejection', async () => {
    const trace = await run(
      promiseForm('https://collect.vendor.example/bad'),
      [LOG, SEND_ANY],
      live(),
    );
    expect(trace.logs[0]).toMatch(/^400 /);
  });

  test('an answer slower than the request timeout rejects timed_out', async () => {
    const trace = await run(
      promiseForm('https://collect.vendor.example/slow'),
      [LOG, SEND_ANY],
      live(),
    );
    expect(trace.logs).toEqual(['rejected {"reason":"timed_out"}']);
    expect(trace.outcome).toBe('failure');
  });

  test('a refused connection rejects failed', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const trace = await run(promiseForm('https://collect.vendor.example/x'), [LOG, SEND_ANY], {
      http: { mode: 'live', hostMap: { 'collect.vendor.example': `http://127.0.0.1:${port}` } },
    });
    expect(trace.logs).toEqual(['rejected {"reason":"failed"}']);
  });
});
