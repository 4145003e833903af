// End to end (issue 4 item 5): the BUILT template runs in our runtime with live HTTP; the runtime maps
// LiveRamp's real hosts to a local server playing the adapter, so the template itself is unchanged.
// Checked: what arrived (path, headers, exact body, schema) and which callback the tag called.
import { refusedOrigin, startAdapterServer, type AdapterServer } from '../support/adapter-server';
import { liveHttp, parsedLogs, runBuilt, SEND_EVENTS_URL_PREFIX } from '../support/built-template';
import {
  CONFIG_ID,
  E2E_FIELDS,
  NOW_MS,
  PURCHASE_BODY,
  PURCHASE_EVENT,
  PURCHASE_REQUEST,
} from '../support/shop-event';

let server: AdapterServer;

beforeAll(async () => {
  server = await startAdapterServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

function runPurchase(origin: string, fields: Record<string, unknown> = {}) {
  return runBuilt({
    fields: { ...E2E_FIELDS, ...fields },
    event: PURCHASE_EVENT,
    request: PURCHASE_REQUEST,
    nowMs: NOW_MS,
    http: liveHttp(origin),
  });
}

describe('built template → local adapter (live HTTP)', () => {
  test('2xx: the exact request arrives once, valid against the schema; gtmOnSuccess', async () => {
    const trace = await runPurchase(server.origin);

    expect(server.requests).toHaveLength(1);
    const [arrived] = server.requests;
    expect(arrived.route).toBe('send-events');
    expect(arrived.method).toBe('POST');
    expect(arrived.path).toBe(`/send-events/${CONFIG_ID}`);
    expect(arrived.configId).toBe(CONFIG_ID);
    expect(arrived.headers['content-type']).toBe('application/json');
    expect(arrived.body).toEqual(PURCHASE_BODY);
    expect(arrived.validationErrors).toEqual([]);

    // The trace shows the real URL: only the runtime redirected it.
    expect(trace.requests.map((r) => r.url)).toEqual([`${SEND_EVENTS_URL_PREFIX}${CONFIG_ID}`]);
    expect(trace.outcome).toBe('success');
    expect(trace.callbacks).toBe(1);
    expect(trace.errors).toEqual([]);
    expect(parsedLogs(trace).some((l) => l.status === 200)).toBe(true);
  });

  test('the path is exactly /send-events/<config ID>: nothing appended or altered', async () => {
    // Only [A-Za-z0-9_-] pass the tag's check, so encoding leaves the ID as it is.
    const trace = await runPurchase(server.origin, { atsConfigId: 'A-b_9' });
    expect(server.requests.map((r) => r.path)).toEqual(['/send-events/A-b_9']);
    expect(trace.outcome).toBe('success');
  });

  test('4xx: the request arrives once; gtmOnFailure, logged with the status', async () => {
    server.onSendEvents({ kind: 'respond', status: 400, body: '{"error":"invalid config"}' });
    const trace = await runPurchase(server.origin);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].body).toEqual(PURCHASE_BODY);
    expect(trace.outcome).toBe('failure');
    expect(trace.callbacks).toBe(1);
    expect(trace.errors).toEqual([]);
    expect(parsedLogs(trace).some((l) => l.status === 400)).toBe(true);
  });

  test('5xx: the request arrives once (no retry); gtmOnFailure', async () => {
    server.onSendEvents({ kind: 'respond', status: 500, body: 'internal error' });
    const trace = await runPurchase(server.origin);
    expect(server.requests).toHaveLength(1);
    expect(trace.outcome).toBe('failure');
    expect(trace.callbacks).toBe(1);
    expect(trace.errors).toEqual([]);
    expect(parsedLogs(trace).some((l) => l.status === 500)).toBe(true);
  });

  test('an answer slower than timeoutMs: gtmOnFailure at the timeout, not at the answer', async () => {
    server.onSendEvents({ kind: 'respond', status: 200, body: '{}', delayMs: 3000 });
    const started = Date.now();
    const trace = await runPurchase(server.origin, { timeoutMs: 200 });
    const elapsed = Date.now() - started;
    expect(trace.outcome).toBe('failure');
    expect(trace.callbacks).toBe(1);
    expect(trace.errors).toEqual([]);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });

  test('a refused connection: gtmOnFailure, nothing thrown', async () => {
    const trace = await runPurchase(await refusedOrigin());
    expect(trace.requests).toHaveLength(1);
    expect(trace.outcome).toBe('failure');
    expect(trace.callbacks).toBe(1);
    expect(trace.errors).toEqual([]);
  });
});
