// refreshEnvelope end to end under jest's 'sgtm' emulation, with the template's own permissions: the
// call, the answers, the shared cache, the cookie written back, permissions edited away, and exactly
// one report per firing. The decision comes from refreshDecision, as in a firing.
import type { TemplateStorage } from '../../build/runtime/apis/storage';
import {
  createHost,
  createTemplateStorage,
  resetExecution,
  setExecution,
} from '../../build/runtime/sgtm-module';
import type { PermissionInstance } from '../../build/tpl/model';
import type { RecordedResponse } from '../../build/runtime/types';
import { readConfig } from '../../template-src/tag/config';
import type { Envelope } from '../../template-src/tag/envelope';
import { cacheKey, refreshDecision, refreshEnvelope } from '../../template-src/tag/refresh';
import type { RefreshResult } from '../../template-src/tag/refresh';
import { builtTemplate } from '../support/built-template';
import { storageThatCannotStoreAnswers } from '../support/failing-storage';
import { atsCookie } from '../support/shop-event';
import { tagRequest } from '../support/tag-request';
import type { RequestParts } from '../support/tag-request';

const NOW = 1_744_990_200_000;
const MIN = 60000;
const OLD = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
const NEW = 'AmNewEnvelope0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK';
const REFRESH = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';
const URL = REFRESH + '?pid=cfg-123&it=19&iv=' + OLD;
const HEADERS = { 'X-Forwarded-For': '203.0.113.7', Origin: 'https://www.example-shop.com' };
const OK_BODY = JSON.stringify({
  envelopes: [{ type: 19, source: 'envelopeLiveramp', value: NEW }],
});
const CAUSE = 'envelope is 45 minutes old (refresh after 30)';

const WRITE_OPTIONS = {
  domain: 'auto',
  path: '/',
  'max-age': 2592000,
  secure: true,
  samesite: 'Lax',
};
const EXPIRE_OPTIONS = {
  domain: 'auto',
  path: '/',
  'max-age': 0,
  expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
  secure: true,
  samesite: 'Lax',
};

interface Firing {
  fields?: Record<string, unknown>;
  request?: RequestParts;
  envelope?: Envelope;
  nowMs?: number;
}

const PAGE_EVENT = {
  event_name: 'page_view',
  page_location: 'https://www.example-shop.com/product/1',
  ip_override: '203.0.113.7',
};

/** Decides (it must be due) and starts the refresh; results collect every report. */
function start(firing: Firing, results: RefreshResult[]) {
  const nowMs = firing.nowMs ?? NOW;
  const config = readConfig({ atsConfigId: 'cfg-123', ...firing.fields } as never);
  const request = tagRequest({ event: PAGE_EVENT, nowMs, ...firing.request });
  const envelope = firing.envelope ?? {
    partnerId: OLD,
    timestampMs: NOW - 45 * MIN,
    version: '1.5.0',
  };
  const decision = refreshDecision(config, request, envelope, false);
  expect(decision.due).toBe(true);
  refreshEnvelope(config, request, 'cfg-123', envelope, decision.reason, (r) => results.push(r));
  return request;
}

function host(
  responses: RecordedResponse[],
  storage: TemplateStorage = createTemplateStorage(),
  permissions: PermissionInstance[] = builtTemplate().permissions,
  nowMs = NOW,
) {
  const h = createHost({ nowMs, storage, http: { mode: 'recorded', responses } }, { permissions });
  setExecution(h);
  return h;
}

async function run(firing: Firing, responses: RecordedResponse[], storage?: TemplateStorage) {
  const h = host(responses, storage, undefined, firing.nowMs);
  const results: RefreshResult[] = [];
  const request = start(firing, results);
  await h.tasks.idle(5000);
  expect(h.trace.errors).toEqual([]);
  return { results, trace: h.trace, reads: request.reads };
}

const refreshed = (reason = CAUSE + '; envelope refreshed'): RefreshResult => ({
  partnerId: NEW,
  action: 'refreshed',
  source: 'call',
  cookie: 'written',
  reason,
});
const skipped = (reason: string): RefreshResult => ({
  partnerId: OLD,
  action: 'skipped',
  source: 'none',
  cookie: 'none',
  reason,
});

afterEach(() => {
  resetExecution();
});

describe('refreshEnvelope: answers', () => {
  it('200 with a type-19 envelope: sends the new one and writes the cookie in ATS format', async () => {
    const { results, trace } = await run({}, [{ urlPrefix: REFRESH, status: 200, body: OK_BODY }]);
    expect(trace.requests).toEqual([
      { url: URL, method: 'GET', headers: HEADERS, body: undefined, timeoutMs: 2000 },
    ]);
    expect(results).toEqual([refreshed()]);
    expect(trace.cookiesSet).toEqual([
      { name: '_lr_env', value: atsCookie(NEW, NOW, '1.5.0'), options: WRITE_OPTIONS },
    ]);
  });

  it('204: sends without an envelope and expires the cookie', async () => {
    const { results, trace } = await run({}, [{ urlPrefix: REFRESH, status: 204 }]);
    expect(results).toEqual([
      {
        partnerId: undefined,
        action: 'expired',
        source: 'call',
        cookie: 'expired',
        reason: CAUSE + '; refresh answered 204: the envelope expired',
      },
    ]);
    expect(trace.cookiesSet).toEqual([{ name: '_lr_env', value: '', options: EXPIRE_OPTIONS }]);
  });

  it.each([
    [
      { status: 400, body: '{"error":"bad pid"}' },
      'refresh answered 400; keeping the old envelope',
    ],
    [{ status: 500, body: 'oops' }, 'refresh answered 500; keeping the old envelope'],
    [
      { status: 200, body: '{"envelopes": [' },
      'refresh answered 200 with a body that is not a JSON object; keeping the old envelope',
    ],
    [
      { status: 200, body: JSON.stringify({ envelopes: [{ type: 24, value: 'meta-scoped' }] }) },
      'refresh answered 200 without a usable type-19 envelope; keeping the old envelope',
    ],
    [{ status: 200, fail: 'failed' as const }, 'refresh request failed; keeping the old envelope'],
    [{ status: 200, body: OK_BODY, delayMs: 200 }, 'refresh timed out; keeping the old envelope'],
  ])('%j: keeps the old envelope, writes no cookie', async (response, reason) => {
    const { results, trace } = await run({ fields: { refreshTimeoutMs: '100' } }, [
      { urlPrefix: REFRESH, ...response },
    ]);
    expect(trace.requests.map((r) => r.timeoutMs)).toEqual([100]);
    expect(results).toEqual([
      {
        partnerId: OLD,
        action: 'kept',
        source: 'call',
        cookie: 'none',
        reason: CAUSE + '; ' + reason,
      },
    ]);
    expect(trace.cookiesSet).toEqual([]);
  });
});

describe('refreshEnvelope: the call', () => {
  it('uses the placement ID field, else the ATS Configuration ID', async () => {
    const responses = [{ urlPrefix: REFRESH, status: 204 }];
    const own = await run({ fields: { placementId: '13332' } }, responses);
    expect(own.trace.requests[0].url).toBe(REFRESH + '?pid=13332&it=19&iv=' + OLD);
    const padded = await run({ fields: { atsConfigId: ' cfg-123 ' } }, responses);
    expect(padded.trace.requests[0].url).toBe(URL);
  });

  it('takes the IP from ip_override, else the remote address (read only then)', async () => {
    const responses = [{ urlPrefix: REFRESH, status: 204 }];
    const override = await run({ request: { remoteAddress: '10.0.0.1' } }, responses);
    expect(override.trace.requests[0].headers['X-Forwarded-For']).toBe('203.0.113.7');
    expect(override.reads).not.toContain('remoteAddress');
    const remote = await run(
      {
        request: {
          event: { ...PAGE_EVENT, ip_override: '1.2.3.4\r\nX-Evil: 1' },
          remoteAddress: ' 2001:db8::1 ',
        },
      },
      responses,
    );
    expect(remote.trace.requests[0].headers['X-Forwarded-For']).toBe('2001:db8::1');
  });

  it('takes the origin from page_location, else the Referer (read only then)', async () => {
    const responses = [{ urlPrefix: REFRESH, status: 204 }];
    const page = await run(
      { request: { headers: { referer: 'https://other.example/' } } },
      responses,
    );
    expect(page.trace.requests[0].headers.Origin).toBe('https://www.example-shop.com');
    expect(page.reads).not.toContain('referer');
    const referer = await run(
      {
        request: {
          event: { ...PAGE_EVENT, page_location: 'not a url' },
          headers: { referer: 'https://www.example.com/checkout' },
        },
      },
      responses,
    );
    expect(referer.trace.requests[0].headers.Origin).toBe('https://www.example.com');
  });

  it.each([
    [
      { request: { event: { ...PAGE_EVENT, ip_override: undefined } } },
      'no refresh: no user IP (ip_override or remote address) for X-Forwarded-For',
    ],
    [
      { request: { event: { ...PAGE_EVENT, page_location: 'javascript:alert(1)' } } },
      'no refresh: no page origin (page_location or Referer) for Origin',
    ],
    [
      { fields: { refreshConsentType: 'tcf' } },
      'no refresh: TCF v2 consent selected but the consent string is empty',
    ],
    [
      { fields: { placementId: '13332&it=24' } },
      'no refresh: the placement ID must be letters, digits, - and _ (up to 128); check the Placement ID field',
    ],
  ] as [Firing, string][])(
    '%j: no call, old envelope, no cookie, reported at once',
    async (firing, reason) => {
      const h = host([]);
      const results: RefreshResult[] = [];
      start(firing, results);
      // Synchronously: the send is not delayed.
      expect(results).toEqual([skipped(reason)]);
      await h.tasks.idle(5000);
      expect(h.trace.requests).toEqual([]);
      expect(h.trace.cookiesSet).toEqual([]);
      expect(results).toHaveLength(1);
    },
  );
});

describe('refreshEnvelope: the shared cache', () => {
  it('a second event with the same old envelope reuses the answer: no second call, same cookie', async () => {
    const storage = createTemplateStorage();
    const responses = [{ urlPrefix: REFRESH, status: 200, body: OK_BODY }];
    await run({}, responses, storage);
    const later = await run({ nowMs: NOW + 5 * MIN }, responses, storage);
    expect(later.trace.requests).toEqual([]);
    expect(later.results).toEqual([
      {
        ...refreshed('envelope is 50 minutes old (refresh after 30); envelope refreshed (cached)'),
        source: 'cache',
      },
    ]);
    // The browser that still sends the old cookie gets the same value the first event wrote.
    expect(later.trace.cookiesSet).toEqual([
      { name: '_lr_env', value: atsCookie(NEW, NOW, '1.5.0'), options: WRITE_OPTIONS },
    ]);
  });

  it('does not share an answer between placements', async () => {
    const storage = createTemplateStorage();
    const responses = [{ urlPrefix: REFRESH, status: 200, body: OK_BODY }];
    await run({}, responses, storage);
    const other = await run({ fields: { placementId: '13332' } }, responses, storage);
    expect(other.trace.requests).toHaveLength(1);
  });

  it('caches failures too: one call per envelope per interval during an outage', async () => {
    const storage = createTemplateStorage();
    const responses = [{ urlPrefix: REFRESH, status: 503 }];
    await run({}, responses, storage);
    const later = await run({ nowMs: NOW + 29 * MIN }, responses, storage);
    expect(later.trace.requests).toEqual([]);
    expect(later.results[0]).toMatchObject({ partnerId: OLD, action: 'kept', source: 'cache' });
  });

  it('an expired entry is ignored (and removed): the next due event calls again', async () => {
    const storage = createTemplateStorage();
    const responses = [{ urlPrefix: REFRESH, status: 503 }];
    await run({}, responses, storage);
    const key = cacheKey('cfg-123', OLD);
    expect(storage.items.get(key)).toMatchObject({ state: 'done', expiresAtMs: NOW + 30 * MIN });
    const later = await run({ nowMs: NOW + 30 * MIN }, responses, storage);
    expect(later.trace.requests).toHaveLength(1);
    expect(later.results[0]).toMatchObject({ action: 'kept', source: 'call' });
    expect(storage.items.get(key)).toMatchObject({ state: 'done', expiresAtMs: NOW + 60 * MIN });
  });

  it('concurrent events: while a call is in flight the others send the old envelope without calling', async () => {
    const storage = createTemplateStorage();
    const h = host([{ urlPrefix: REFRESH, status: 200, body: OK_BODY, delayMs: 20 }], storage);
    const results: RefreshResult[] = [];
    for (let i = 0; i < 3; i++) start({}, results);
    await h.tasks.idle(5000);
    expect(h.trace.requests).toHaveLength(1);
    expect(results).toEqual([
      skipped(CAUSE + '; a refresh of this envelope is in flight: sending it as is'),
      skipped(CAUSE + '; a refresh of this envelope is in flight: sending it as is'),
      refreshed(),
    ]);
  });

  it('a pending entry stops blocking once its call must have ended', async () => {
    const storage = createTemplateStorage();
    // A call that started 2000 ms (timeout) + 1000 ms (margin) ago and never reported back.
    storage.items.set(cacheKey('cfg-123', OLD), { state: 'pending', expiresAtMs: NOW });
    const { trace } = await run({}, [{ urlPrefix: REFRESH, status: 200, body: OK_BODY }], storage);
    expect(trace.requests).toHaveLength(1);
  });

  it('ignores (and replaces) a foreign or malformed entry under its key', async () => {
    const storage = createTemplateStorage();
    const key = cacheKey('cfg-123', OLD);
    storage.items.set(key, { state: 'done', outcome: 'x', expiresAtMs: NOW + MIN });
    const { trace } = await run({}, [{ urlPrefix: REFRESH, status: 204 }], storage);
    expect(trace.requests).toHaveLength(1);
    expect(storage.items.get(key)).toMatchObject({ state: 'done', outcome: { kind: 'expired' } });
  });
});

describe('refreshEnvelope: the cookie', () => {
  it('writes nothing when the envelope came from a value, not a cookie', async () => {
    const { results, trace } = await run({ fields: { envelopeSource: 'value' } }, [
      { urlPrefix: REFRESH, status: 200, body: OK_BODY },
    ]);
    expect(results[0]).toMatchObject({ partnerId: NEW, cookie: 'none' });
    expect(trace.cookiesSet).toEqual([]);
  });

  it('uses the configured domain and lifetime', async () => {
    const { trace } = await run(
      { fields: { cookieDomain: 'example-shop.com', cookieLifetimeDays: '15' } },
      [{ urlPrefix: REFRESH, status: 200, body: OK_BODY }],
    );
    expect(trace.cookiesSet[0].options).toEqual({
      ...WRITE_OPTIONS,
      domain: 'example-shop.com',
      'max-age': 1296000,
    });
  });

  it('writes a timestamp-less old envelope with the default version', async () => {
    const { trace } = await run({ envelope: { partnerId: OLD } }, [
      { urlPrefix: REFRESH, status: 200, body: OK_BODY },
    ]);
    expect(trace.cookiesSet[0].value).toBe(atsCookie(NEW, NOW, '1.0.0'));
  });

  it('does not throw for a custom cookie name the permission does not list; says what to do', async () => {
    const { results, trace } = await run({ fields: { envelopeCookieName: 'my_env' } }, [
      { urlPrefix: REFRESH, status: 200, body: OK_BODY },
    ]);
    expect(trace.cookiesSet).toEqual([]);
    expect(results).toEqual([
      {
        ...refreshed(),
        cookie: 'not permitted',
        reason:
          CAUSE +
          '; envelope refreshed; cookie my_env not written: add it to the set_cookies permission or use the cookie name _lr_env',
      },
    ]);
  });
});

describe('refreshEnvelope: permissions edited away', () => {
  const without = (publicId: string) =>
    builtTemplate().permissions.filter((p) => p.instance.key.publicId !== publicId);

  it('skips the refresh instead of throwing when send_http no longer allows the refresh URL', async () => {
    const h = host([], undefined, without('send_http'));
    const results: RefreshResult[] = [];
    start({}, results);
    await h.tasks.idle(5000);
    expect(h.trace.requests).toEqual([]);
    expect(h.trace.errors).toEqual([]);
    expect(results).toEqual([
      skipped(
        "no refresh: the template's send_http (https://api.rlcdn.com/api/identity/v2/envelope/refresh*) permission is missing; restore it (Templates > this template > Permissions)",
      ),
    ]);
  });

  // access_template_storage has no settings: a file that lacks it gets it from GTM's editor as it
  // is, so the storage stays allowed and the refresh goes ahead.
  it('refreshes even when the file lacks access_template_storage (GTM adds it with no settings)', async () => {
    const h = host([], undefined, without('access_template_storage'));
    const results: RefreshResult[] = [];
    start({}, results);
    await h.tasks.idle(5000);
    expect(h.trace.requests.map((r) => r.url.slice(0, r.url.indexOf('?')))).toEqual([
      'https://api.rlcdn.com/api/identity/v2/envelope/refresh',
    ]);
  });
});

describe('refreshEnvelope: a failure inside the answer handling', () => {
  it('still reports exactly once, with the old envelope', async () => {
    const { results, trace } = await run(
      {},
      [{ urlPrefix: REFRESH, status: 200, body: OK_BODY }],
      storageThatCannotStoreAnswers(),
    );
    expect(trace.requests).toHaveLength(1);
    expect(results).toEqual([
      skipped(CAUSE + '; the refresh step failed: sending the old envelope'),
    ]);
  });

  it('reports once, and a report that throws (the send failing) is not swallowed as a refresh failure', async () => {
    const h = host([{ urlPrefix: REFRESH, status: 200, body: OK_BODY }]);
    const config = readConfig({ atsConfigId: 'cfg-123' } as never);
    const envelope = { partnerId: OLD, timestampMs: NOW - 45 * MIN };
    const results: RefreshResult[] = [];
    refreshEnvelope(
      config,
      tagRequest({ event: PAGE_EVENT, nowMs: NOW }),
      'cfg-123',
      envelope,
      CAUSE,
      (r) => {
        results.push(r);
        throw new Error('the send failed');
      },
    );
    await h.tasks.idle(5000);
    // The refresh itself succeeded, so its one report says so; the send's error reaches GTM.
    expect(results).toEqual([refreshed()]);
    expect(h.trace.errors).toEqual([
      'Uncaught error in a promise callback: Error: the send failed',
    ]);
  });
});
