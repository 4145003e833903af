// flow.ts runTag under jest's 'sgtm' emulation with the template's own permissions: the exact log
// lines, "never throws, exactly one callback" on hostile `data` and event data (fast-check, fixed
// seed), one callback when an API misbehaves, and each request input read at most once per firing.
import fc from 'fast-check';
import type { TemplateData } from 'sgtm';
import type { ExecutionInput, RecordedResponse } from '../../build/runtime/types';
import { builtTemplate } from '../support/built-template';
import { storageThatCannotStoreAnswers } from '../support/failing-storage';
import { permission } from '../../build/runtime/permission-builder';
import { runTagModules } from '../support/run-tag-modules';
import { atsCookie } from '../support/shop-event';

const NOW = 1744873500000;
const ADAPTER = 'https://capi.analytics.rlcdn.com/send-events/';
const REFRESH = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';
const OLD = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
const NEW = 'AmNewEnvelope0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK';
/** `_lr_env` as ATS.js writes it, stored 45 minutes ago: due for a refresh. */
const STALE_COOKIE = atsCookie(OLD, NOW - 45 * 60000);
const REFRESHED = JSON.stringify({ envelopes: [{ type: 19, value: NEW }] });

function run(
  fields: Record<string, unknown>,
  input: Partial<ExecutionInput> & { responses?: RecordedResponse[] } = {},
) {
  const { responses, ...rest } = input;
  return runTagModules({
    data: fields,
    event: {},
    nowMs: NOW,
    containerVersion: { debugMode: true },
    http: { mode: 'recorded', responses: responses ?? [{ urlPrefix: '', status: 200 }] },
    ...rest,
  }).then(({ host }) => host.trace);
}

/** A refresh-on purchase with a stale `_lr_env`: one refresh call, then the send. */
const STALE_PURCHASE: Partial<ExecutionInput> = {
  event: {
    event_name: 'purchase',
    event_id: 'o-1',
    page_location: 'https://www.example-shop.com/thanks',
    ip_override: '203.0.113.7',
  },
  request: { cookies: { _lr_env: STALE_COOKIE, _scid: 'scid-0123456789' } },
};

describe('runTag', () => {
  it('logs one exact result line for a sent event, with the pixel ID', async () => {
    const trace = await run(
      {
        atsConfigId: 'cfg',
        pixelId: 'px-9',
        envelopeSource: 'value',
        envelopeValue: 'envelope-123',
        // The send's own log line; the refresh's lines are in the refresh fixtures.
        refreshEnvelope: false,
      },
      { event: { event_name: 'login', event_id: 'id-1', method: 'sso' } },
    );
    expect(trace.outcome).toBe('success');
    expect(trace.logs).toEqual([
      '{"source":"snapchat-capi-ats","event":"login","eventType":"LOGIN","pixelId":"px-9",' +
        '"outcome":"success","reason":"sent","status":200,' +
        '"url":"https://capi.analytics.rlcdn.com/send-events/cfg","body":{"events":[{' +
        '"event_manager":["snapchat"],"event_id":"id-1","event_type":"LOGIN","event_time":1744873500,' +
        '"user_data":{"partner_id":"envelo…"},"custom_data":[{"key":"sign_up_method","value":"sso"}]}]}}',
    ]);
  });

  it('logs the body of a dry run and sends nothing', async () => {
    const trace = await run(
      { atsConfigId: 'cfg', dryRun: true, requireIdentity: false },
      { event: { event_name: 'page_view', event_id: 'p' } },
    );
    expect(trace.requests).toEqual([]);
    expect(trace.outcome).toBe('success');
    expect(trace.logs).toEqual([
      '{"source":"snapchat-capi-ats","event":"page_view","eventType":"PAGE_VIEW","outcome":"skipped",' +
        '"reason":"dry run: request built and logged, not sent",' +
        '"url":"https://capi.analytics.rlcdn.com/send-events/cfg","body":{"events":[{' +
        '"event_manager":["snapchat"],"event_id":"p","event_type":"PAGE_VIEW","event_time":1744873500}]}}',
    ]);
  });

  it('reports a request that failed at once with status 0, and says it did not time out', async () => {
    const trace = await run(
      { atsConfigId: 'cfg', requireIdentity: false, logging: 'always', timeoutMs: '300' },
      {
        event: { event_name: 'page_view', event_id: 'p' },
        containerVersion: {},
        responses: [{ urlPrefix: '', status: 0, fail: 'failed' }],
      },
    );
    expect(trace.outcome).toBe('failure');
    expect(trace.requests[0].timeoutMs).toBe(300);
    expect(JSON.parse(trace.logs[0])).toMatchObject({
      outcome: 'failure',
      status: 0,
      reason: 'the request to the adapter failed (no connection: DNS, refused or TLS)',
    });
  });

  it('reports a request that got no answer in time with status -1, and says it timed out', async () => {
    const trace = await run(
      { atsConfigId: 'cfg', requireIdentity: false, logging: 'always', timeoutMs: '300' },
      {
        event: { event_name: 'page_view', event_id: 'p' },
        containerVersion: {},
        responses: [{ urlPrefix: '', status: 200, body: '{}', delayMs: 350 }],
      },
    );
    expect(trace.outcome).toBe('failure');
    expect(JSON.parse(trace.logs[0])).toMatchObject({
      outcome: 'failure',
      status: -1,
      reason: 'the request to the adapter timed out after 300 ms',
    });
  });

  it("puts the adapter's answer in the reason: its first 500 characters, identifiers redacted", async () => {
    const scid = 'scid-0123456789';
    const clickId = 'click-abcdefghij';
    // The envelope twice, the _scid and the click ID, then padding well past 500 characters.
    const answer =
      '{"error":"event_time must be seconds","echo":"' +
      [OLD, scid, clickId, OLD].join(' ') +
      '","padding":"' +
      'x'.repeat(600) +
      '"}';
    const trace = await run(
      { atsConfigId: 'cfg', logging: 'always', refreshEnvelope: false },
      {
        event: {
          event_name: 'page_view',
          event_id: 'p',
          page_location: 'https://shop.example/?ScCid=' + clickId,
        },
        request: { cookies: { _lr_env: atsCookie(OLD, NOW - 60000), _scid: scid } },
        containerVersion: {},
        responses: [{ urlPrefix: '', status: 400, body: answer }],
      },
    );
    const redacted = answer
      .split(OLD)
      .join('AnMtR0…')
      .replace(scid, 'scid-0…')
      .replace(clickId, 'click-…');
    const line = JSON.parse(trace.logs[trace.logs.length - 1]);
    expect(trace.outcome).toBe('failure');
    expect(line.status).toBe(400);
    expect(line.reason).toBe('the adapter answered HTTP 400: ' + redacted.substring(0, 500));
    expect(line.reason).toContain('event_time must be seconds');
    for (const id of [OLD, scid, clickId]) expect(line.reason).not.toContain(id);
  });

  it('says only the status when the adapter answers an error without a body', async () => {
    const trace = await run(
      { atsConfigId: 'cfg', requireIdentity: false, logging: 'always' },
      {
        event: { event_name: 'page_view', event_id: 'p' },
        containerVersion: {},
        responses: [{ urlPrefix: '', status: 503, body: '' }],
      },
    );
    expect(JSON.parse(trace.logs[0]).reason).toBe('the adapter answered HTTP 503');
  });

  it('never throws and calls exactly one callback, whatever the event and fields hold', async () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        '',
        ' ',
        'NaN',
        '1e3',
        'G100',
        'TRUE',
        '{"envelope":"x"}',
        'eyJlbnZlbG9wZSI6',
      ),
    );
    const event = fc.record(
      {
        event_name: fc.oneof(fc.constantFrom('purchase', 'page_view', 'scroll', 'SAVE'), junk),
        items: fc.oneof(
          fc.array(fc.oneof(junk, fc.record({ item_id: junk, price: junk, quantity: junk }))),
          junk,
        ),
        value: junk,
        currency: junk,
        page_location: fc.oneof(fc.webUrl({ withQueryParameters: true }), junk),
        consent_state: fc.oneof(fc.record({ ad_storage: junk }), junk),
        'x-ga-gcs': junk,
        user_data: fc.oneof(fc.record({ address: junk }), junk),
        event_id: junk,
        transaction_id: junk,
        ip_override: fc.oneof(fc.constant('203.0.113.7'), junk),
        client_hints: fc.oneof(
          fc.record({ model: junk, platform: junk, platform_version: junk }),
          junk,
        ),
        user_agent: junk,
        description: junk,
        delivery_method: junk,
      },
      { requiredKeys: [] },
    );
    const fields = fc.record(
      {
        atsConfigId: fc.oneof(fc.constant('cfg-1'), junk),
        eventTypeMode: junk,
        fixedEventType: junk,
        eventTypeOverrides: junk,
        unmappedEvents: junk,
        envelopeSource: fc.oneof(fc.constantFrom('cookie', 'value'), junk),
        envelopeValue: junk,
        envelopeCookieName: junk,
        envelopeMaxAgeDays: junk,
        customData: fc.oneof(fc.array(fc.record({ key: junk, value: junk })), junk),
        timeoutMs: junk,
        requireIdentity: junk,
        refreshEnvelope: junk,
        placementId: junk,
        refreshAfterMinutes: junk,
        refreshConsentType: junk,
        refreshTimeoutMs: junk,
        cookieDomain: junk,
        cookieLifetimeDays: junk,
        sendDeviceInfo: junk,
        logging: fc.constantFrom('always', 'never', 'debug'),
      },
      { requiredKeys: ['atsConfigId'] },
    );
    const cookies = fc.dictionary(
      fc.constantFrom('_lr_env', '_scid', '_scclid'),
      fc.oneof(fc.constant(STALE_COOKIE), fc.string(), fc.array(fc.string(), { maxLength: 3 })),
    );
    await fc.assert(
      fc.asyncProperty(event, fields, cookies, async (e, f, c) => {
        const trace = await run(f as Record<string, unknown>, {
          event: e as Record<string, unknown>,
          request: { cookies: c },
          responses: [
            { urlPrefix: REFRESH, status: 200, body: REFRESHED },
            { urlPrefix: ADAPTER, status: 200 },
          ],
        });
        expect(trace.errors).toEqual([]);
        expect(trace.callbacks).toBe(1);
        expect(trace.requests.filter((r) => r.url.startsWith(ADAPTER)).length).toBeLessThanOrEqual(
          1,
        );
      }),
      { numRuns: 300, seed: 20260129 },
    );
  });
});

describe('runTag when the refresh misbehaves', () => {
  it('sends once with the old envelope when storing the answer fails inside the promise chain', async () => {
    const trace = await run(
      { atsConfigId: 'cfg' },
      {
        ...STALE_PURCHASE,
        storage: storageThatCannotStoreAnswers(),
        responses: [
          { urlPrefix: REFRESH, status: 200, body: REFRESHED },
          { urlPrefix: ADAPTER, status: 200 },
        ],
      },
    );
    expect(trace.errors).toEqual([]);
    expect(trace.callbacks).toBe(1);
    expect(trace.outcome).toBe('success');
    expect(trace.requests.map((r) => r.url.slice(0, 30))).toEqual([
      REFRESH.slice(0, 30),
      ADAPTER.slice(0, 30),
    ]);
    expect(JSON.parse(trace.requests[1].body as string).events[0].user_data).toEqual({
      partner_id: OLD,
    });
    expect(trace.cookiesSet).toEqual([]);
    expect(JSON.parse(trace.logs[0])).toMatchObject({
      refresh: 'skipped',
      reason:
        'envelope is 45 minutes old (refresh after 30); the refresh step failed: sending the old envelope',
    });
  });

  it('sends once, without waiting, when the refresh permissions were edited away', async () => {
    // send_http's settings are what a user can edit (GTM's editor adds a missing permission back, and
    // access_template_storage has no settings): here its refresh URL is gone.
    const permissions = builtTemplate().permissions.map((p) =>
      p.instance.key.publicId === 'send_http'
        ? permission('send_http', { allowedUrls: 'specific', urls: [ADAPTER + '*'] })
        : p,
    );
    const trace = await runTagModules(
      {
        data: { atsConfigId: 'cfg' },
        nowMs: NOW,
        containerVersion: { debugMode: true },
        http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 200 }] },
        event: STALE_PURCHASE.event!,
        request: STALE_PURCHASE.request,
      },
      permissions,
    ).then(({ host }) => host.trace);
    expect(trace.errors).toEqual([]);
    expect(trace.callbacks).toBe(1);
    expect(trace.requests.map((r) => r.url)).toEqual([ADAPTER + 'cfg']);
    expect(JSON.parse(trace.logs[0]).reason).toBe(
      `no refresh: the template's send_http (${REFRESH}*) permission is missing; restore it ` +
        '(Templates > this template > Permissions)',
    );
  });
});

// The misbehaving APIs are swapped in through jest.doMock in an isolated module registry: the tag
// modules then import them from 'sgtm' as they import the real ones.
type Api = (...args: never[]) => unknown;

/** Runs the tag against the isolated 'sgtm' with `wrap(name, api)` in place of each API it uses. */
function runIsolated(
  input: Partial<ExecutionInput>,
  fields: Record<string, unknown>,
  wrap: (name: string, api: Api) => Api,
  refreshDecisions?: { count: number },
) {
  let done: Promise<{ success: number; failure: number; trace: unknown }> | undefined;
  jest.isolateModules(() => {
    const actual = jest.requireActual('sgtm') as Record<string, unknown>;
    const mocked: Record<string, unknown> = { ...actual };
    for (const [name, api] of Object.entries(actual)) {
      if (typeof api === 'function') mocked[name] = wrap(name, api as Api);
    }
    jest.doMock('sgtm', () => mocked);
    if (refreshDecisions) {
      jest.doMock('../../template-src/tag/refresh', () => {
        const refresh = jest.requireActual('../../template-src/tag/refresh');
        return {
          ...refresh,
          refreshDecision: (...args: unknown[]) => {
            refreshDecisions.count++;
            return refresh.refreshDecision(...args);
          },
        };
      });
    }
    const sgtm = actual as unknown as typeof import('../../build/runtime/sgtm-module');
    const host = sgtm.createHost(
      { nowMs: NOW, containerVersion: { debugMode: true }, ...input },
      { permissions: builtTemplate().permissions },
    );
    sgtm.setExecution(host);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runTag } = require('../../template-src/tag/flow');
    const data = { ...fields, gtmOnSuccess: jest.fn(), gtmOnFailure: jest.fn() };
    runTag(data as unknown as TemplateData);
    done = host.tasks.idle(5000).then(() => ({
      success: data.gtmOnSuccess.mock.calls.length,
      failure: data.gtmOnFailure.mock.calls.length,
      trace: host.trace,
    }));
  });
  return done!;
}

describe('runTag with misbehaving APIs', () => {
  it('calls one callback once when the adapter promise settles three times', async () => {
    const result = await runIsolated(
      { event: { event_name: 'page_view', event_id: 'x' } },
      { atsConfigId: 'cfg', requireIdentity: false, refreshEnvelope: false },
      (name, api) =>
        name !== 'sendHttpRequest'
          ? api
          : ((() => ({
              then: (
                onAnswer: (response: { statusCode: number; body: string }) => void,
                onFailure: (failure: { reason: string }) => void,
              ) => {
                onAnswer({ statusCode: 200, body: '' });
                onAnswer({ statusCode: 500, body: '' });
                onFailure({ reason: 'failed' });
              },
            })) as Api),
    );
    expect([result.success, result.failure]).toEqual([1, 0]);
  });

  it('reads the event, each cookie, header and the address at most once, and decides the refresh once', async () => {
    const calls: string[] = [];
    const decisions = { count: 0 };
    const reads = [
      'getAllEventData',
      'getCookieValues',
      'getRequestHeader',
      'getRemoteAddress',
      'generateRandom',
      'getTimestampMillis',
    ];
    const result = await runIsolated(
      {
        ...STALE_PURCHASE,
        // No ip_override and no event_id: the address and the random number are read too.
        event: { event_name: 'purchase', page_location: 'https://www.example-shop.com/thanks' },
        request: {
          ...STALE_PURCHASE.request,
          headers: { referer: 'https://www.example-shop.com/' },
          remoteAddress: '198.51.100.4',
        },
        http: {
          mode: 'recorded',
          responses: [
            { urlPrefix: REFRESH, status: 200, body: REFRESHED },
            { urlPrefix: ADAPTER, status: 200 },
          ],
        },
      },
      { atsConfigId: 'cfg' },
      (name, api) =>
        reads.includes(name)
          ? (((...args: unknown[]) => {
              calls.push([name, ...args.slice(0, 1)].join(' '));
              return (api as (...a: unknown[]) => unknown)(...args);
            }) as Api)
          : api,
      decisions,
    );
    expect([result.success, result.failure]).toEqual([1, 0]);
    expect((result.trace as { cookiesSet: unknown[] }).cookiesSet).toHaveLength(1);
    expect(calls.sort()).toEqual([
      'generateRandom 100000000',
      'getAllEventData',
      'getCookieValues _lr_env',
      'getCookieValues _scclid',
      'getCookieValues _scid',
      'getRemoteAddress',
      'getRequestHeader dnt',
      'getRequestHeader sec-gpc',
      // sendDeviceInfo is on and the event has no user_agent: the header is the last device source.
      'getRequestHeader user-agent',
      'getTimestampMillis',
    ]);
    expect(decisions.count).toBe(1);
  });
});
