// Fault injection (issue 6 item 2): the BUILT template against a local adapter that misbehaves in every
// way a network can. For each fault: the right callback (2xx → success, anything else → failure),
// a log line saying what happened, exactly one request (no retry storm), nothing thrown.
import {
  hugeBody,
  refusedOrigin,
  startAdapterServer,
  type AdapterServer,
  type Behaviour,
} from '../support/adapter-server';
import { liveHttp, parsedLogs, runBuilt } from '../support/built-template';
import { E2E_FIELDS, NOW_MS, PURCHASE_EVENT, PURCHASE_REQUEST } from '../support/shop-event';

interface Fault {
  name: string;
  behaviour: Behaviour;
  outcome: 'success' | 'failure';
  /** The status the tag's log line reports; undefined when no HTTP answer was complete. */
  loggedStatus?: number;
  /** What the adapter's answer adds to the reason (its body, first 500 characters). */
  answer?: string;
  /** Why no answer came: GTM's promise rejects with 'failed' or 'timed_out'. */
  noAnswer?: 'failed' | 'timed_out';
}

const TIMEOUT_MS = 300;
const FAILED = 'the request to the adapter failed (no connection: DNS, refused or TLS)';
const TIMED_OUT = `the request to the adapter timed out after ${TIMEOUT_MS} ms`;

/** The `reason` of the tag's log line for a fault. */
function expectedReason(fault: Fault): string {
  if (fault.loggedStatus === undefined) return fault.noAnswer === 'timed_out' ? TIMED_OUT : FAILED;
  if (fault.outcome === 'success') return 'sent';
  return (
    `the adapter answered HTTP ${fault.loggedStatus}` + (fault.answer ? `: ${fault.answer}` : '')
  );
}

const JSON_OK = '{"status":"ok"}';
/** A reason carries the first 500 characters of the answer. */
const HUGE_START = hugeBody(500);

const statusFaults: Fault[] = [200, 204, 400, 401, 403, 404, 429, 500, 502, 503].map((status) => ({
  name: `status ${status}`,
  behaviour: {
    kind: 'respond',
    status,
    body: status === 204 ? '' : status < 300 ? JSON_OK : `{"error":"status ${status}"}`,
    headers: status === 429 ? { 'retry-after': '1' } : undefined,
  },
  outcome: status >= 200 && status < 300 ? 'success' : 'failure',
  loggedStatus: status,
  answer: `{"error":"status ${status}"}`,
}));

const bodyFaults: Fault[] = [
  {
    name: '200 with an empty body',
    behaviour: { kind: 'respond', status: 200, body: '' },
    outcome: 'success',
    loggedStatus: 200,
  },
  {
    name: '200 with a huge body (5 MB)',
    behaviour: { kind: 'huge', status: 200, bytes: 5_000_000 },
    outcome: 'success',
    loggedStatus: 200,
  },
  {
    name: '200 with a body that is not JSON',
    behaviour: { kind: 'respond', status: 200, body: '<html>ok</html>' },
    outcome: 'success',
    loggedStatus: 200,
  },
  {
    name: '500 with a huge body',
    behaviour: { kind: 'huge', status: 500, bytes: 5_000_000 },
    outcome: 'failure',
    loggedStatus: 500,
    answer: HUGE_START,
  },
  {
    name: '502 with an HTML body',
    behaviour: { kind: 'respond', status: 502, body: '<html><h1>502 Bad Gateway</h1></html>' },
    outcome: 'failure',
    loggedStatus: 502,
    answer: '<html><h1>502 Bad Gateway</h1></html>',
  },
];

const connectionFaults: Fault[] = [
  {
    name: 'answer slower than the timeout',
    behaviour: { kind: 'respond', status: 200, body: JSON_OK, delayMs: 3000 },
    outcome: 'failure',
    noAnswer: 'timed_out',
  },
  {
    name: 'no answer at all',
    behaviour: { kind: 'hang' },
    outcome: 'failure',
    noAnswer: 'timed_out',
  },
  {
    name: 'connection reset before the status line',
    behaviour: { kind: 'reset-before-headers' },
    outcome: 'failure',
  },
  {
    name: 'connection reset after the headers of a 200',
    behaviour: { kind: 'reset-after-headers', status: 200 },
    outcome: 'failure',
  },
  {
    name: 'connection reset mid-body of a 200',
    behaviour: { kind: 'reset-mid-body', status: 200, partialBody: '{"status":' },
    outcome: 'failure',
  },
];

let server: AdapterServer;

beforeAll(async () => {
  server = await startAdapterServer();
  // One firing first: the process's first request (module loading, the first connection) can take
  // longer than the short timeout on a busy machine, which would fail the first case by chance.
  server.onSendEvents({ kind: 'respond', status: 200, body: JSON_OK });
  await run(server.origin);
  server.reset();
});
afterEach(() => server.reset());
afterAll(() => server.close());

// A short timeout keeps the slow cases fast; well above a local round trip.
const FIELDS = { ...E2E_FIELDS, timeoutMs: TIMEOUT_MS };

function run(origin: string, fields = FIELDS) {
  return runBuilt({
    fields,
    event: PURCHASE_EVENT,
    request: PURCHASE_REQUEST,
    nowMs: NOW_MS,
    http: liveHttp(origin),
  });
}

describe.each([...statusFaults, ...bodyFaults, ...connectionFaults])('$name', (fault) => {
  test(`→ ${fault.outcome}, one request, a log line, nothing thrown`, async () => {
    server.onSendEvents(fault.behaviour);
    const trace = await run(server.origin);

    expect(trace.errors).toEqual([]);
    expect(trace.callbacks).toBe(1);
    expect(trace.outcome).toBe(fault.outcome);
    expect(trace.requests).toHaveLength(1);
    expect(server.requestsTo('send-events')).toHaveLength(1);

    const logs = parsedLogs(trace);
    const outcomeLine = logs.find((l) => l.outcome === fault.outcome);
    expect(outcomeLine).toMatchObject({
      event: 'purchase',
      eventType: 'PURCHASE',
      reason: expectedReason(fault),
    });
    if (fault.loggedStatus !== undefined) expect(outcomeLine?.status).toBe(fault.loggedStatus);
  });
});

test('refused connection → failure, one attempt, a log line, nothing thrown', async () => {
  const trace = await run(await refusedOrigin());
  expect(trace.errors).toEqual([]);
  expect(trace.callbacks).toBe(1);
  expect(trace.outcome).toBe('failure');
  expect(trace.requests).toHaveLength(1);
  expect(parsedLogs(trace).find((l) => l.outcome === 'failure')).toMatchObject({
    reason: FAILED,
  });
});

test('a burst of 25 concurrent events against a failing adapter: 25 requests, 25 failures, no retry', async () => {
  server.onSendEvents({ kind: 'respond', status: 503, body: 'busy', delayMs: 20 });
  // The 25 firings start one after another in this process, each its own sandbox, so on a loaded
  // machine the last starts long after the first: a timeout well above that keeps this about retries.
  const fields = { ...FIELDS, timeoutMs: 5000 };
  const traces = await Promise.all(Array.from({ length: 25 }, () => run(server.origin, fields)));
  // Wait past the answers, so a retry scheduled after a failure would have arrived by now.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(server.requestsTo('send-events')).toHaveLength(25);
  expect(traces.map((t) => t.outcome)).toEqual(Array(25).fill('failure'));
  expect(traces.map((t) => t.callbacks)).toEqual(Array(25).fill(1));
  expect(traces.flatMap((t) => t.errors)).toEqual([]);
});
