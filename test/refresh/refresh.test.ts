import {
  createHost,
  createTemplateStorage,
  resetExecution,
  setExecution,
} from '../../build/runtime/sgtm-module';
import type { PermissionInstance, TypedValue } from '../../build/tpl/model';
import type { ExecutionInput, RecordedResponse } from '../../build/runtime/types';
import type { TemplateStorage } from '../../build/runtime/apis/storage';
import { refreshEnvelope } from '../../template-src/tag/refresh/refresh';
import type { RefreshInput, RefreshResult } from '../../template-src/tag/refresh/refresh';
import { refreshCacheKey } from '../../template-src/tag/refresh/cache';
import { readRefreshSettings } from '../../template-src/tag/refresh/settings';

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

function cookieValue(envelope: string, timestamp: number, version: string): string {
  const json = JSON.stringify({ timestamp, version, envelope });
  return encodeURIComponent(Buffer.from(json).toString('base64'));
}
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

function input(overrides: Partial<RefreshInput> = {}): RefreshInput {
  return {
    settings: readRefreshSettings({}, 'cfg-123'),
    envelope: OLD,
    timestampMs: NOW - 45 * MIN,
    version: '1.5.0',
    cookieName: '_lr_env',
    nowMs: NOW,
    dryRun: false,
    consentDenied: false,
    gpc: false,
    dnt: false,
    ip: '203.0.113.7',
    origin: 'https://www.example-shop.com',
    ...overrides,
  };
}

// The permissions the template declares for the refresh (GTM's JSON form), so the tests also
// prove the scope is enough and a custom cookie name is refused.
const s = (text: string): TypedValue => ({ type: 1, string: text });
function permission(
  publicId: string,
  param: { key: string; value: TypedValue }[],
): PermissionInstance {
  return {
    instance: { key: { publicId, versionId: '1' }, param },
    clientAnnotations: { isEditedByUser: true },
    isRequired: true,
  };
}
const PERMISSIONS: PermissionInstance[] = [
  permission('send_http', [
    { key: 'allowedUrls', value: s('specific') },
    { key: 'urls', value: { type: 2, listItem: [s(REFRESH)] } },
  ]),
  permission('set_cookies', [
    {
      key: 'allowedCookies',
      value: {
        type: 2,
        listItem: [
          {
            type: 3,
            mapKey: [s('name'), s('domain'), s('path'), s('secure'), s('session')],
            mapValue: [s('_lr_env'), s('*'), s('/'), s('secure'), s('any')],
          },
        ],
      },
    },
  ]),
  permission('access_template_storage', []),
];

interface Run {
  results: RefreshResult[];
  trace: ReturnType<typeof createHost>['trace'];
}

async function run(
  refreshInput: RefreshInput,
  responses: RecordedResponse[],
  storage: TemplateStorage = createTemplateStorage(),
  extra: Partial<ExecutionInput> = {},
): Promise<Run> {
  const host = createHost(
    { nowMs: refreshInput.nowMs, storage, http: { mode: 'recorded', responses }, ...extra },
    { permissions: PERMISSIONS },
  );
  setExecution(host);
  const results: RefreshResult[] = [];
  refreshEnvelope(refreshInput, (result) => results.push(result));
  await host.tasks.idle(5000);
  expect(host.trace.errors).toEqual([]);
  return { results, trace: host.trace };
}

afterEach(() => {
  resetExecution();
});

describe('refreshEnvelope: answers', () => {
  it('200 with a type-19 envelope: sends the new one and writes the cookie in ATS format', async () => {
    const { results, trace } = await run(input(), [
      { urlPrefix: REFRESH, status: 200, body: OK_BODY },
    ]);
    expect(trace.requests).toEqual([
      { url: URL, method: 'GET', headers: HEADERS, body: undefined },
    ]);
    expect(results).toEqual([
      {
        envelope: NEW,
        action: 'refreshed',
        source: 'call',
        cookie: 'written',
        reason: 'envelope is 45 minutes old (refresh after 30); envelope refreshed',
      },
    ]);
    expect(trace.cookiesSet).toEqual([
      { name: '_lr_env', value: cookieValue(NEW, NOW, '1.5.0'), options: WRITE_OPTIONS },
    ]);
  });

  it('204: sends without an envelope and expires the cookie', async () => {
    const { results, trace } = await run(input(), [{ urlPrefix: REFRESH, status: 204 }]);
    expect(results).toEqual([
      {
        envelope: undefined,
        action: 'expired',
        source: 'call',
        cookie: 'expired',
        reason:
          'envelope is 45 minutes old (refresh after 30); refresh answered 204: the envelope expired',
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
    const settings = readRefreshSettings({ refreshTimeoutMs: '100' }, 'cfg-123');
    const { results, trace } = await run(input({ settings }), [
      { urlPrefix: REFRESH, ...response },
    ]);
    expect(trace.requests).toHaveLength(1);
    expect(results).toEqual([
      {
        envelope: OLD,
        action: 'kept',
        source: 'call',
        cookie: 'none',
        reason: 'envelope is 45 minutes old (refresh after 30); ' + reason,
      },
    ]);
    expect(trace.cookiesSet).toEqual([]);
  });
});

describe('refreshEnvelope: when not to call', () => {
  it.each([
    [{ consentDenied: true }, 'no refresh: ad_storage consent denied'],
    [{ gpc: true }, 'no refresh: the request carries Sec-GPC: 1'],
    [{ dnt: true }, 'no refresh: the request carries DNT: 1'],
    [{ dryRun: true }, 'dry run: no refresh call'],
    [{ settings: readRefreshSettings({ refreshEnvelope: false }, 'cfg-123') }, 'refresh disabled'],
    [{ timestampMs: NOW - 10 * MIN }, 'envelope is fresh: 10 minutes old (refresh after 30)'],
    [
      { ip: undefined },
      'no refresh: no user IP (ip_override or remote address) for X-Forwarded-For',
    ],
    [{ origin: undefined }, 'no refresh: no page origin (page_location or Referer) for Origin'],
    [
      { settings: readRefreshSettings({ refreshConsentType: 'tcf' }, 'cfg-123') },
      'no refresh: TCF v2 consent selected but the consent string is empty',
    ],
  ] as [Partial<RefreshInput>, string][])(
    '%j: no call, old envelope, no cookie',
    async (overrides, reason) => {
      const { results, trace } = await run(input(overrides), []);
      expect(trace.requests).toEqual([]);
      expect(trace.cookiesSet).toEqual([]);
      expect(results).toEqual([
        { envelope: OLD, action: 'skipped', source: 'none', cookie: 'none', reason },
      ]);
    },
  );

  it('reports synchronously when no call is due (the send is not delayed)', () => {
    const host = createHost({ nowMs: NOW }, { permissions: PERMISSIONS });
    setExecution(host);
    const results: RefreshResult[] = [];
    refreshEnvelope(input({ gpc: true }), (r) => results.push(r));
    expect(results).toHaveLength(1);
  });
});

describe('refreshEnvelope: the shared cache', () => {
  it('a second event with the same old envelope reuses the answer: no second call, same cookie', async () => {
    const storage = createTemplateStorage();
    const responses = [{ urlPrefix: REFRESH, status: 200, body: OK_BODY }];
    await run(input(), responses, storage);
    const later = await run(input({ nowMs: NOW + 5 * MIN }), responses, storage);
    expect(later.trace.requests).toEqual([]);
    expect(later.results).toEqual([
      {
        envelope: NEW,
        action: 'refreshed',
        source: 'cache',
        cookie: 'written',
        reason: 'envelope is 50 minutes old (refresh after 30); envelope refreshed (cached)',
      },
    ]);
    // The browser that still sends the old cookie gets the same value the first event wrote.
    expect(later.trace.cookiesSet).toEqual([
      { name: '_lr_env', value: cookieValue(NEW, NOW, '1.5.0'), options: WRITE_OPTIONS },
    ]);
  });

  it('caches failures too: one call per envelope per interval during an outage', async () => {
    const storage = createTemplateStorage();
    const responses = [{ urlPrefix: REFRESH, status: 503 }];
    await run(input(), responses, storage);
    const later = await run(input({ nowMs: NOW + 29 * MIN }), responses, storage);
    expect(later.trace.requests).toEqual([]);
    expect(later.results[0]).toMatchObject({ envelope: OLD, action: 'kept', source: 'cache' });
  });

  it('an expired entry is ignored (and removed): the next due event calls again', async () => {
    const storage = createTemplateStorage();
    const responses = [{ urlPrefix: REFRESH, status: 503 }];
    await run(input(), responses, storage);
    const key = refreshCacheKey('cfg-123', OLD);
    expect(storage.items.get(key)).toMatchObject({ state: 'done', expiresAtMs: NOW + 30 * MIN });
    const later = await run(input({ nowMs: NOW + 30 * MIN }), responses, storage);
    expect(later.trace.requests).toHaveLength(1);
    expect(later.results[0]).toMatchObject({ action: 'kept', source: 'call' });
    expect(storage.items.get(key)).toMatchObject({ state: 'done', expiresAtMs: NOW + 60 * MIN });
  });

  it('concurrent events: while a call is in flight the others send the old envelope without calling', async () => {
    const storage = createTemplateStorage();
    const host = createHost(
      {
        nowMs: NOW,
        storage,
        http: {
          mode: 'recorded',
          responses: [{ urlPrefix: REFRESH, status: 200, body: OK_BODY, delayMs: 20 }],
        },
      },
      { permissions: PERMISSIONS },
    );
    setExecution(host);
    const results: RefreshResult[] = [];
    for (let i = 0; i < 3; i++) refreshEnvelope(input(), (r) => results.push(r));
    await host.tasks.idle(5000);
    expect(host.trace.requests).toHaveLength(1);
    expect(results.map((r) => [r.action, r.source, r.envelope === NEW])).toEqual([
      ['skipped', 'none', false],
      ['skipped', 'none', false],
      ['refreshed', 'call', true],
    ]);
    expect(results[0].reason).toBe(
      'envelope is 45 minutes old (refresh after 30); a refresh of this envelope is in flight: sending it as is',
    );
  });

  it('a pending entry stops blocking once its call must have ended', async () => {
    const storage = createTemplateStorage();
    const key = refreshCacheKey('cfg-123', OLD);
    // A call that started 2000 ms (timeout) + 1000 ms (margin) ago and never reported back.
    storage.items.set(key, { state: 'pending', expiresAtMs: NOW });
    const { trace } = await run(
      input(),
      [{ urlPrefix: REFRESH, status: 200, body: OK_BODY }],
      storage,
    );
    expect(trace.requests).toHaveLength(1);
  });

  it('keys by placement and envelope, hashed (no envelope in clear in server memory)', () => {
    const key = refreshCacheKey('cfg-123', OLD);
    expect(key).toMatch(/^lr_env_refresh_[0-9a-f]{64}$/);
    expect(key).not.toBe(refreshCacheKey('13332', OLD));
    expect(key).not.toBe(refreshCacheKey('cfg-123', NEW));
  });

  it('ignores foreign or malformed entries under its key', async () => {
    const storage = createTemplateStorage();
    storage.items.set(refreshCacheKey('cfg-123', OLD), {
      state: 'done',
      outcome: 'x',
      expiresAtMs: NOW + MIN,
    });
    const { trace } = await run(input(), [{ urlPrefix: REFRESH, status: 204 }], storage);
    expect(trace.requests).toHaveLength(1);
  });
});

describe('refreshEnvelope: the cookie', () => {
  it('writes nothing when the envelope came from a value, not a cookie', async () => {
    const { results, trace } = await run(input({ cookieName: undefined }), [
      { urlPrefix: REFRESH, status: 200, body: OK_BODY },
    ]);
    expect(results[0]).toMatchObject({ envelope: NEW, cookie: 'none' });
    expect(trace.cookiesSet).toEqual([]);
  });

  it('uses the configured domain and lifetime', async () => {
    const settings = readRefreshSettings(
      { cookieDomain: 'example-shop.com', cookieLifetimeDays: '15' },
      'cfg-123',
    );
    const { trace } = await run(input({ settings }), [
      { urlPrefix: REFRESH, status: 200, body: OK_BODY },
    ]);
    expect(trace.cookiesSet[0].options).toEqual({
      ...WRITE_OPTIONS,
      domain: 'example-shop.com',
      'max-age': 1296000,
    });
  });

  it('writes a timestamp-less old envelope with the default version', async () => {
    const { trace } = await run(input({ timestampMs: undefined, version: undefined }), [
      { urlPrefix: REFRESH, status: 200, body: OK_BODY },
    ]);
    expect(trace.cookiesSet[0].value).toBe(cookieValue(NEW, NOW, '1.0.0'));
  });

  it('does not throw for a custom cookie name the permission does not list; says what to do', async () => {
    const { results, trace } = await run(input({ cookieName: 'my_env' }), [
      { urlPrefix: REFRESH, status: 200, body: OK_BODY },
    ]);
    expect(trace.cookiesSet).toEqual([]);
    expect(results).toEqual([
      {
        envelope: NEW,
        action: 'refreshed',
        source: 'call',
        cookie: 'not permitted',
        reason:
          'envelope is 45 minutes old (refresh after 30); envelope refreshed; cookie my_env not written: add it to the set_cookies permission or use the cookie name _lr_env',
      },
    ]);
  });
});

describe('refreshEnvelope: permissions edited away', () => {
  it('skips the refresh instead of throwing when send_http no longer allows the refresh URL', async () => {
    const host = createHost(
      { nowMs: NOW, http: { mode: 'recorded', responses: [] } },
      { permissions: PERMISSIONS.filter((p) => p.instance.key.publicId !== 'send_http') },
    );
    setExecution(host);
    const results: RefreshResult[] = [];
    refreshEnvelope(input(), (r) => results.push(r));
    await host.tasks.idle(5000);
    expect(host.trace.requests).toEqual([]);
    expect(host.trace.errors).toEqual([]);
    expect(results).toEqual([
      {
        envelope: OLD,
        action: 'skipped',
        source: 'none',
        cookie: 'none',
        reason:
          "no refresh: the template's send_http (https://api.rlcdn.com/api/identity/v2/envelope/refresh*) permission is missing; restore it (Templates > this template > Permissions)",
      },
    ]);
  });

  it('skips the refresh when templateDataStorage is not allowed', async () => {
    const host = createHost(
      { nowMs: NOW, http: { mode: 'recorded', responses: [] } },
      {
        permissions: PERMISSIONS.filter(
          (p) => p.instance.key.publicId !== 'access_template_storage',
        ),
      },
    );
    setExecution(host);
    const results: RefreshResult[] = [];
    refreshEnvelope(input(), (r) => results.push(r));
    expect(host.trace.errors).toEqual([]);
    expect(results[0]).toMatchObject({ action: 'skipped', envelope: OLD });
    expect(results[0].reason).toContain('access_template_storage');
  });
});

describe('refreshEnvelope: a failure inside the answer handling', () => {
  it('still reports exactly once, with the old envelope', async () => {
    // A storage that accepts the pending mark but fails to store the answer.
    class FailingMap extends Map<string, unknown> {
      set(key: string, value: unknown): this {
        if ((value as { state?: string }).state === 'done') throw new Error('storage full');
        return super.set(key, value);
      }
    }
    const storage = { items: new FailingMap() };
    const host = createHost(
      {
        nowMs: NOW,
        storage,
        http: { mode: 'recorded', responses: [{ urlPrefix: REFRESH, status: 200, body: OK_BODY }] },
      },
      { permissions: PERMISSIONS },
    );
    setExecution(host);
    const results: RefreshResult[] = [];
    refreshEnvelope(input(), (r) => results.push(r));
    await host.tasks.idle(5000);
    expect(host.trace.requests).toHaveLength(1);
    expect(results).toEqual([
      {
        envelope: OLD,
        action: 'skipped',
        source: 'none',
        cookie: 'none',
        reason:
          'envelope is 45 minutes old (refresh after 30); the refresh step failed: sending the old envelope',
      },
    ]);
  });
});
