// End to end for the envelope refresh (issue 5): the BUILT template in live mode, with both LiveRamp
// hosts mapped to the local server, which plays the refresh API as well as the adapter. An envelope
// two hours old is due for a refresh; what the refresh answers decides the partner_id that is sent.
import {
  refusedOrigin,
  startAdapterServer,
  type AdapterServer,
  type Behaviour,
} from '../support/adapter-server';
import { ADAPTER_HOST, REFRESH_HOST, liveHttp, runBuilt } from '../support/built-template';
import {
  atsCookie,
  CONFIG_ID,
  E2E_FIELDS,
  ENVELOPE,
  NOW_MS,
  PURCHASE_EVENT,
  PURCHASE_REQUEST,
} from '../support/shop-event';
import type { HttpMode } from '../../build/runtime/types';
import { createTemplateStorage } from '../../build/runtime/apis/storage';

const NEW_ENVELOPE = 'AkRefreshed0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';
const STALE_REQUEST = {
  ...PURCHASE_REQUEST,
  cookies: { ...PURCHASE_REQUEST.cookies, _lr_env: atsCookie(ENVELOPE, NOW_MS - 2 * 3600_000) },
};
const REFRESHED: Behaviour = {
  kind: 'respond',
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    envelopes: [
      { type: 24, source: 'envelopeLiveramp', value: 'Meta-scoped-not-this-one' },
      { type: 19, source: 'envelopeLiveramp', value: NEW_ENVELOPE },
    ],
  }),
};

let server: AdapterServer;

beforeAll(async () => {
  server = await startAdapterServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

function run(http: HttpMode, fields: Record<string, unknown> = {}) {
  return runBuilt({
    fields: { ...E2E_FIELDS, refreshTimeoutMs: 300, ...fields },
    event: PURCHASE_EVENT,
    request: STALE_REQUEST,
    nowMs: NOW_MS,
    http,
  });
}

function sentPartnerId(): unknown {
  const sends = server.requestsTo('send-events');
  expect(sends).toHaveLength(1);
  const body = sends[0].body as { events: { user_data?: { partner_id?: unknown } }[] };
  return body.events[0].user_data?.partner_id;
}

function decodeCookie(value: string): unknown {
  const text = decodeURIComponent(value).replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
}

describe('built template → local refresh API + adapter (live HTTP)', () => {
  test('a stale envelope is refreshed once, with the right query and headers; the new one is sent and written back', async () => {
    server.onRefresh(REFRESHED);
    const trace = await run(liveHttp(server.origin));

    const refreshes = server.requestsTo('refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0].query).toEqual({ pid: CONFIG_ID, it: '19', iv: ENVELOPE });
    expect(refreshes[0].headers['x-forwarded-for']).toBe('203.0.113.7');
    expect(refreshes[0].headers.origin).toBe('https://www.example-store.com');

    expect(sentPartnerId()).toBe(NEW_ENVELOPE);
    expect(server.requestsTo('send-events')[0].validationErrors).toEqual([]);
    expect(trace.outcome).toBe('success');
    expect(trace.errors).toEqual([]);

    const cookie = trace.cookiesSet.find((c) => c.name === '_lr_env');
    expect(cookie).toBeDefined();
    expect(decodeCookie(cookie!.value)).toMatchObject({
      timestamp: NOW_MS,
      envelope: NEW_ENVELOPE,
    });
    expect(cookie!.options).toMatchObject({ path: '/', secure: true, samesite: 'Lax' });
  });

  test('204 (expired): sent without partner_id; the cookie is expired', async () => {
    server.onRefresh({ kind: 'respond', status: 204 });
    const trace = await run(liveHttp(server.origin));
    expect(server.requestsTo('refresh')).toHaveLength(1);
    expect(sentPartnerId()).toBeUndefined();
    expect(trace.outcome).toBe('success');
    expect(trace.errors).toEqual([]);
    const cookie = trace.cookiesSet.find((c) => c.name === '_lr_env');
    expect(cookie).toBeDefined();
    expect(cookie!.options['max-age']).toBe(0);
  });

  const keepOld: [string, Behaviour][] = [
    ['400', { kind: 'respond', status: 400, body: '{"error":"bad pid"}' }],
    ['500', { kind: 'respond', status: 500, body: 'oops' }],
    ['200 that is not JSON', { kind: 'respond', status: 200, body: '<html>' }],
    ['200 without a type-19 envelope', { kind: 'respond', status: 200, body: '{"envelopes":[]}' }],
    ['slower than the refresh timeout', { ...REFRESHED, delayMs: 3000 } as Behaviour],
    ['connection reset mid-answer', { kind: 'reset-mid-body', status: 200, partialBody: '{"env' }],
  ];
  test.each(keepOld)(
    'refresh %s: the old envelope is sent, once; no cookie written',
    async (_n, b) => {
      server.onRefresh(b);
      const trace = await run(liveHttp(server.origin));
      expect(server.requestsTo('refresh')).toHaveLength(1);
      expect(sentPartnerId()).toBe(ENVELOPE);
      expect(trace.outcome).toBe('success');
      expect(trace.callbacks).toBe(1);
      expect(trace.errors).toEqual([]);
      expect(trace.cookiesSet.filter((c) => c.name === '_lr_env')).toEqual([]);
    },
  );

  test('refresh host refusing connections: the old envelope is sent', async () => {
    const http: HttpMode = {
      mode: 'live',
      hostMap: { [ADAPTER_HOST]: server.origin, [REFRESH_HOST]: await refusedOrigin() },
    };
    const trace = await run(http);
    expect(sentPartnerId()).toBe(ENVELOPE);
    expect(trace.outcome).toBe('success');
    expect(trace.errors).toEqual([]);
  });

  test('10 concurrent events with the same stale envelope share one refresh call', async () => {
    // The refresh answers late, so every execution has started before any result is cached.
    server.onRefresh({ ...REFRESHED, delayMs: 50 } as Behaviour);
    const storage = createTemplateStorage();
    const traces = await Promise.all(
      Array.from({ length: 10 }, () =>
        runBuilt({
          fields: E2E_FIELDS,
          event: PURCHASE_EVENT,
          request: STALE_REQUEST,
          nowMs: NOW_MS,
          http: liveHttp(server.origin),
          storage,
        }),
      ),
    );
    expect(server.requestsTo('refresh')).toHaveLength(1);
    expect(server.requestsTo('send-events')).toHaveLength(10);
    expect(traces.map((t) => t.outcome)).toEqual(Array(10).fill('success'));
    expect(traces.flatMap((t) => t.errors)).toEqual([]);
  });

  test('later events reuse the cached refresh: one call, the new envelope every time', async () => {
    server.onRefresh(REFRESHED);
    const storage = createTemplateStorage();
    for (let i = 0; i < 5; i++) {
      await runBuilt({
        fields: E2E_FIELDS,
        event: PURCHASE_EVENT,
        request: STALE_REQUEST,
        nowMs: NOW_MS + i * 60_000,
        http: liveHttp(server.origin),
        storage,
      });
    }
    expect(server.requestsTo('refresh')).toHaveLength(1);
    expect(
      server
        .requestsTo('send-events')
        .map(
          (r) =>
            (r.body as { events: { user_data: { partner_id: string } }[] }).events[0].user_data
              .partner_id,
        ),
    ).toEqual(Array(5).fill(NEW_ENVELOPE));
  });

  test('Sec-GPC: 1 → no refresh call; the event is still sent', async () => {
    server.onRefresh(REFRESHED);
    const trace = await runBuilt({
      fields: E2E_FIELDS,
      event: PURCHASE_EVENT,
      request: { ...STALE_REQUEST, headers: { ...STALE_REQUEST.headers, 'sec-gpc': '1' } },
      nowMs: NOW_MS,
      http: liveHttp(server.origin),
    });
    expect(server.requestsTo('refresh')).toHaveLength(0);
    expect(sentPartnerId()).toBe(ENVELOPE);
    expect(trace.outcome).toBe('success');
  });
});
