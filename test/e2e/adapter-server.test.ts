// The stand-in adapter must itself be right before the end-to-end and fault tests can trust it:
// what it records, each scripted behaviour as a client sees it, and a clean shutdown.
import * as fs from 'fs';
import * as path from 'path';
import { refusedOrigin, startAdapterServer, type AdapterServer } from '../support/adapter-server';
import { httpCall } from '../support/http-client';

let server: AdapterServer;

beforeAll(async () => {
  server = await startAdapterServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

const body = JSON.stringify({ events: [{ event_type: 'PAGE_VIEW' }] });

describe('adapter server', () => {
  test('records path, config ID, headers and the parsed body; answers 200 by default', async () => {
    const result = await httpCall(server.origin, 'POST', '/send-events/cfg%2Fa%20b', body, {
      'content-type': 'application/json',
    });
    expect(result).toMatchObject({ kind: 'response', status: 200, body: '{"status":"ok"}' });
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req).toMatchObject({
      route: 'send-events',
      method: 'POST',
      url: '/send-events/cfg%2Fa%20b',
      path: '/send-events/cfg%2Fa%20b',
      configId: 'cfg/a b',
      rawBody: body,
      body: { events: [{ event_type: 'PAGE_VIEW' }] },
    });
    expect(req.headers['content-type']).toBe('application/json');
  });

  test('validates send-events bodies against the schema: the seed bodies pass, a broken one does not', async () => {
    const seedDir = path.resolve(__dirname, '..', 'fixtures', 'seed');
    const seeds = fs.readdirSync(seedDir).filter((f) => f.endsWith('.json'));
    expect(seeds.length).toBe(4);
    for (const file of seeds) {
      await httpCall(
        server.origin,
        'POST',
        '/send-events/x',
        fs.readFileSync(path.join(seedDir, file), 'utf8'),
      );
    }
    await httpCall(server.origin, 'POST', '/send-events/x', '{"events":[{"event_type":5}]}');
    const results = server.requests.map((r) => r.validationErrors);
    expect(results.slice(0, 4)).toEqual([[], [], [], []]);
    expect(results[4]?.length).toBeGreaterThan(0);
  });

  test('records a body that is not JSON with the parse error and a validation error', async () => {
    await httpCall(server.origin, 'POST', '/send-events/x', 'not json');
    const [req] = server.requests;
    expect(req.body).toBeUndefined();
    expect(req.parseError).toMatch(/JSON/);
    expect(req.validationErrors?.[0]).toMatch(/^body is not JSON: /);
  });

  test('refresh route: query decoded, default 204', async () => {
    const result = await httpCall(
      server.origin,
      'GET',
      '/api/identity/v2/envelope/refresh?pid=p1&it=19&iv=A%2BB%3D',
      undefined,
      { 'x-forwarded-for': '203.0.113.9', origin: 'https://shop.example' },
    );
    expect(result).toMatchObject({ kind: 'response', status: 204, body: '' });
    const [req] = server.requestsTo('refresh');
    expect(req.query).toEqual({ pid: 'p1', it: '19', iv: 'A+B=' });
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.9');
    expect(req.headers.origin).toBe('https://shop.example');
    expect(req.validationErrors).toBeUndefined();
  });

  test('scripted status, headers and body, also as a function of the request', async () => {
    server.onSendEvents((req) => ({
      kind: 'respond',
      status: req.configId === 'bad' ? 400 : 503,
      body: '{"error":"x"}',
      headers: { 'x-test': 'yes' },
    }));
    const bad = await httpCall(server.origin, 'POST', '/send-events/bad', body);
    const other = await httpCall(server.origin, 'POST', '/send-events/ok', body);
    expect(bad).toMatchObject({ kind: 'response', status: 400, body: '{"error":"x"}' });
    expect(other).toMatchObject({ kind: 'response', status: 503 });
    expect(bad.kind === 'response' && bad.headers['x-test']).toBe('yes');
  });

  test('unknown routes answer 404 and are recorded as unknown', async () => {
    const result = await httpCall(server.origin, 'GET', '/send-events/x');
    expect(result).toMatchObject({ kind: 'response', status: 404 });
    expect(server.requests.map((r) => r.route)).toEqual(['unknown']);
  });

  test('huge body arrives whole', async () => {
    server.onSendEvents({ kind: 'huge', status: 200, bytes: 2_000_000 });
    const result = await httpCall(server.origin, 'POST', '/send-events/x', body);
    expect(result.kind === 'response' && result.body.length).toBe(2_000_000);
  });

  test('delayed answer arrives after the delay', async () => {
    server.onSendEvents({ kind: 'respond', status: 201, body: 'late', delayMs: 150 });
    const started = Date.now();
    const result = await httpCall(server.origin, 'POST', '/send-events/x', body);
    expect(result).toMatchObject({ kind: 'response', status: 201, body: 'late' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('reset after headers: the client sees the status, then an aborted body', async () => {
    server.onSendEvents({ kind: 'reset-after-headers', status: 200 });
    const result = await httpCall(server.origin, 'POST', '/send-events/x', body);
    expect(result).toMatchObject({ kind: 'error', code: 'ECONNRESET', status: 200 });
  });

  test('reset mid-body: the client sees part of the body, then an error', async () => {
    server.onSendEvents({ kind: 'reset-mid-body', status: 200, partialBody: '{"status":' });
    const result = await httpCall(server.origin, 'POST', '/send-events/x', body);
    expect(result).toMatchObject({ kind: 'error', code: 'ECONNRESET', status: 200 });
  });

  test('reset before headers: the client gets a socket hang up', async () => {
    server.onSendEvents({ kind: 'reset-before-headers' });
    const result = await httpCall(server.origin, 'POST', '/send-events/x', body);
    expect(result).toMatchObject({ kind: 'error', code: 'ECONNRESET' });
    expect(result).not.toHaveProperty('status');
  });

  test('refused origin refuses connections', async () => {
    const origin = await refusedOrigin();
    expect(await httpCall(origin, 'POST', '/send-events/x', body)).toEqual({
      kind: 'error',
      code: 'ECONNREFUSED',
    });
  });

  test('close() ends hanging and delayed answers and cancels their timers', async () => {
    const own = await startAdapterServer();
    own.onSendEvents({ kind: 'hang' });
    own.onRefresh({ kind: 'respond', status: 200, delayMs: 60_000 });
    const hanging = httpCall(own.origin, 'POST', '/send-events/x', body);
    const delayed = httpCall(own.origin, 'GET', '/api/identity/v2/envelope/refresh?iv=a');
    while (own.requests.length < 2) await new Promise((r) => setTimeout(r, 5));
    await own.close();
    expect(await hanging).toMatchObject({ kind: 'error', code: 'ECONNRESET' });
    expect(await delayed).toMatchObject({ kind: 'error', code: 'ECONNRESET' });
    expect(await httpCall(own.origin, 'POST', '/send-events/x', body)).toEqual({
      kind: 'error',
      code: 'ECONNREFUSED',
    });
  });
});
