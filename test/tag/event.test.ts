// event.ts: `admit` (configuration ID, consent, event type, envelope, Snap IDs) and `buildEvent` (the
// adapter request once the envelope is settled), as pure functions of the settings and the request.
// The fixtures (test/fixtures/tag) cover whole firings; these pin the order of the checks, the exact
// texts, and what is read only when it is needed.
import { readConfig } from '../../template-src/tag/config';
import type { Config } from '../../template-src/tag/config';
import { admit, buildEvent, ended } from '../../template-src/tag/event';
import type { Admitted, Outgoing } from '../../template-src/tag/event';
import { NOW, tagRequest } from '../support/tag-request';
import type { RequestParts } from '../support/tag-request';

const config = (values: Record<string, unknown> = {}): Config =>
  readConfig({ atsConfigId: 'cfg', ...values } as never);

/** A raw envelope as the _lr_env cookie may hold it (older integrations). */
const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';

function admitted(c: Config, parts: RequestParts, notes: string[] = []): Admitted {
  const result = admit(c, tagRequest({ ...parts, notes }));
  if (ended(result)) throw new Error('ended: ' + result.reason);
  return result;
}

/** admit then buildEvent with the envelope admit found. */
function built(values: Record<string, unknown>, parts: RequestParts, notes: string[] = []) {
  const c = config(values);
  const request = tagRequest({ ...parts, notes });
  const a = admit(c, request);
  if (ended(a)) return { result: a, request };
  return {
    result: buildEvent(c, request, a, a.envelope && a.envelope.partnerId),
    request,
  };
}

const CONFIG_ID_HELP =
  ': copy it from LiveRamp Console (ATS > Web > your configuration > Admin > Placement Details); ' +
  'letters, digits, "-" and "_" only';

describe('the ATS Configuration ID', () => {
  it.each([['abc'], ['A-1_b'], ['0'], ['a'.repeat(128)], [' padded ']])('%p is valid', (id) => {
    expect(admitted(config({ atsConfigId: id }), { event: { event_name: 'login' } }).configId).toBe(
      id.trim(),
    );
  });

  it.each([
    ['', 'is missing'],
    ['  ', 'is missing'],
    [null, 'is missing'],
    ['-abc', '"-abc" is not valid'],
    ['_abc', '"_abc" is not valid'],
    ['a b', '"a b" is not valid'],
    ['a/b', '"a/b" is not valid'],
    ['a'.repeat(129), '"' + 'a'.repeat(129) + '" is not valid'],
    ['é', '"é" is not valid'],
    [123, 'is not text (number)'],
    [['cfg'], 'is not text (array)'],
    [{ id: 'cfg' }, 'is not text (object)'],
  ])('%p is refused: the tag fails and says why', (id, why) => {
    expect(admit(config({ atsConfigId: id }), tagRequest())).toEqual({
      outcome: 'failure',
      reason: 'the ATS Configuration ID ' + why + CONFIG_ID_HELP,
    });
  });

  it('goes into the adapter URL path', () => {
    const { result } = built(
      { atsConfigId: 'cfg-1_x', requireIdentity: false },
      { event: { event_name: 'login' } },
    );
    expect((result as Outgoing).url).toBe('https://capi.analytics.rlcdn.com/send-events/cfg-1_x');
  });
});

describe('admit: the order of the checks', () => {
  const denied = { event_name: 'scroll', consent_state: { ad_storage: false } };

  it('checks the configuration ID before consent, and consent before the event type', () => {
    expect(admit(config({ atsConfigId: '' }), tagRequest({ event: denied }))).toMatchObject({
      outcome: 'failure',
    });
    expect(admit(config(), tagRequest({ event: denied }))).toEqual({
      outcome: 'skipped',
      reason: 'consent denied: consent_state.ad_storage is false; nothing sent',
    });
    expect(admit(config(), tagRequest({ event: { event_name: 'scroll' } }))).toEqual({
      outcome: 'skipped',
      reason:
        'unmapped event: the GA4 event "scroll" has no Snap event type: add a row to "Event type ' +
        'overrides" or send unmapped events as a custom event',
    });
  });

  it('under "ignore consent" admits a denied event, and remembers the denial (no refresh then)', () => {
    const a = admitted(config({ consentMode: 'ignore' }), {
      event: { event_name: 'purchase', 'x-ga-gcs': 'G100' },
    });
    expect([a.eventType, a.consentDenied]).toEqual(['PURCHASE', true]);
  });

  it('reads no lazy input (header, _scclid, address, random) for a skipped event', () => {
    const request = tagRequest({ event: { event_name: 'scroll' } });
    admit(config(), request);
    expect(request.reads).toEqual([]);
  });
});

describe('admit: the envelope and the Snap IDs', () => {
  it('takes the first usable cookie value and warns about the others', () => {
    const notes: string[] = [];
    const a = admitted(
      config(),
      { event: { event_name: 'login' }, envelopeCookie: ['has spaces', ENVELOPE] },
      notes,
    );
    expect(a.envelope).toEqual({ partnerId: ENVELOPE });
    expect(notes).toEqual([
      '"_lr_env" cookie value 1 of 2 ignored: neither base64 ATS data nor a raw envelope (unexpected characters)',
    ]);
  });

  it('says how to fix a custom cookie name the permission does not list', () => {
    const notes: string[] = [];
    const a = admitted(
      config({ envelopeCookieName: 'my_env' }),
      { event: { event_name: 'login' }, envelopeCookie: undefined },
      notes,
    );
    expect(a.envelope).toBeUndefined();
    expect(notes).toEqual([
      'cookie "my_env" not read: the "Reads cookie value(s)" permission of this template does not ' +
        'list it; add it there (Templates > this template > Permissions), or set "Envelope source" ' +
        'to "Value" with a 1st-Party Cookie variable; sending without the envelope',
    ]);
  });

  it('takes a list in the envelope field as the candidates, named "envelope field" in warnings', () => {
    const notes: string[] = [];
    const a = admitted(
      config({ envelopeSource: 'value', envelopeValue: [' ', ENVELOPE] }),
      { event: { event_name: 'login' }, envelopeCookie: ['cookie-ignored'] },
      notes,
    );
    expect(a.envelope).toEqual({ partnerId: ENVELOPE });
    expect(notes).toEqual(['envelope field value 1 of 2 ignored: empty']);
  });

  it('reads _scclid only without a click ID in the page URL, and no Snap ID when they are off', () => {
    const withUrl = tagRequest({
      event: { event_name: 'login', page_location: 'https://s.example/?ScCid=url' },
      scid: ['scid-1'],
      scclid: ['cookie'],
    });
    expect((admit(config(), withUrl) as Admitted).ids).toEqual({
      scid: 'scid-1',
      clickId: 'url',
    });
    expect(withUrl.reads).toEqual([]);
    const off = tagRequest({ event: { event_name: 'login' }, scid: ['scid-1'], scclid: ['c'] });
    expect((admit(config({ sendSnapIds: false }), off) as Admitted).ids).toEqual({});
    expect(off.reads).toEqual([]);
  });
});

describe('buildEvent', () => {
  it('orders the event keys as LiveRamp examples do and omits empty parts', () => {
    const { result } = built(
      { requireIdentity: false },
      { event: { event_name: 'page_view', event_id: 'id' } },
    );
    expect((result as Outgoing).body).toBe(
      '{"events":[{"event_manager":["snapchat"],"event_id":"id","event_type":"PAGE_VIEW","event_time":1744873500}]}',
    );
    const full = built(
      { snapIdPlacement: 'user_data' },
      {
        event: {
          event_name: 'purchase',
          event_id: 'id',
          page_location: 'https://x.example/',
          currency: 'EUR',
        },
        envelopeCookie: [ENVELOPE],
        scid: ['scid-1'],
      },
    ).result as Outgoing;
    expect(Object.keys(full.event)).toEqual([
      'event_manager',
      'event_id',
      'event_type',
      'event_time',
      'event_source_url',
      'user_data',
      'custom_data',
    ]);
    expect(full.event.user_data).toEqual({ partner_id: ENVELOPE, sc_cookie1: 'scid-1' });
  });

  it('takes the event ID from the override, event_id, transaction_id, else the clock and a random number', () => {
    const id = (values: Record<string, unknown>, event: Record<string, unknown>) => {
      const { result, request } = built(
        { requireIdentity: false, ...values },
        { event: { event_name: 'login', ...event }, random: 987654321 },
      );
      return [(result as Outgoing).event.event_id, request.reads.includes('random')];
    };
    expect(id({ eventIdOverride: 'o' }, { event_id: 'e', transaction_id: 't' })).toEqual([
      'o',
      false,
    ]);
    expect(id({}, { event_id: 'e', transaction_id: 't' })).toEqual(['e', false]);
    expect(id({}, { event_id: ' ', transaction_id: 42 })).toEqual(['42', false]);
    expect(id({}, {})).toEqual([NOW + '.987654321', true]);
  });

  it('takes the source URL from the override, page_location, else the Referer (read only then)', () => {
    const url = (values: Record<string, unknown>, event: Record<string, unknown>) => {
      const { result, request } = built(
        { requireIdentity: false, ...values },
        { event: { event_name: 'login', ...event }, headers: { referer: 'https://r.example/' } },
      );
      return [(result as Outgoing).event.event_source_url, request.reads.includes('referer')];
    };
    expect(url({ eventSourceUrlOverride: 'https://o.example/' }, {})).toEqual([
      'https://o.example/',
      false,
    ]);
    expect(url({}, { page_location: 'https://p.example/' })).toEqual(['https://p.example/', false]);
    expect(url({}, {})).toEqual(['https://r.example/', true]);
  });

  it('sends the envelope it is given (the refreshed one), not the one admit found', () => {
    const c = config();
    const request = tagRequest({ event: { event_name: 'login' }, envelopeCookie: [ENVELOPE] });
    const a = admitted(c, { event: { event_name: 'login' }, envelopeCookie: [ENVELOPE] });
    const out = buildEvent(c, request, a, 'renewed') as Outgoing;
    expect(out.event.user_data).toEqual({ partner_id: 'renewed' });
  });

  it('skips an event left without identity (after a 204, say) when an identity is required', () => {
    const c = config();
    const request = tagRequest({ event: { event_name: 'login' }, envelopeCookie: [ENVELOPE] });
    const a = admitted(c, { event: { event_name: 'login' }, envelopeCookie: [ENVELOPE] });
    expect(buildEvent(c, request, a, undefined)).toEqual({
      outcome: 'skipped',
      eventType: 'LOGIN',
      reason:
        'no identity: no ATS envelope, no _scid and no click ID for this event (untick "Require an ' +
        'identity" to send anyway)',
    });
  });

  describe("PURCHASE without LiveRamp's required keys: still sent, with a warning", () => {
    const rule = ": LiveRamp's adapter requires price and currency for PURCHASE";
    const warnings = (event: Record<string, unknown>, values: Record<string, unknown> = {}) => {
      const notes: string[] = [];
      const { result } = built(
        { requireIdentity: false, ...values },
        { event: { event_id: 'id', ...event } },
        notes,
      );
      expect(ended(result)).toBe(false);
      return notes;
    };

    it.each([
      [{ currency: 'EUR' }, 'PURCHASE without price' + rule],
      [{ value: 49.5 }, 'PURCHASE without currency' + rule],
      [{}, 'PURCHASE without price and currency' + rule],
    ])('%j → %p', (event, warning) => {
      expect(warnings({ event_name: 'purchase', ...event })).toEqual([warning]);
      expect(warning).toContain('requires price and currency');
    });

    it('judges the keys after the custom data rows', () => {
      expect(
        warnings(
          { event_name: 'purchase', value: 49.5 },
          { customData: [{ key: 'currency', value: 'eur' }] },
        ),
      ).toEqual([]);
      expect(
        warnings(
          { event_name: 'purchase', value: 49.5, currency: 'EUR' },
          { customData: [{ key: 'price', value: '' }] },
        ),
      ).toEqual(['PURCHASE without price' + rule]);
    });

    it('no warning for a complete PURCHASE or any other event type', () => {
      expect(warnings({ event_name: 'purchase', value: 49.5, currency: 'EUR' })).toEqual([]);
      expect(warnings({ event_name: 'add_to_cart' })).toEqual([]);
      expect(warnings({ event_name: 'page_view' }, { eventTypeMode: 'fixed' })).toEqual([
        'PURCHASE without price and currency' + rule,
      ]);
    });
  });

  it('builds but does not send in a dry run', () => {
    const { result } = built(
      { dryRun: true, requireIdentity: false },
      { event: { event_name: 'login', event_id: 'id' } },
    );
    expect(result).toEqual({
      outcome: 'skipped',
      eventType: 'LOGIN',
      reason: 'dry run: request built and logged, not sent',
      url: 'https://capi.analytics.rlcdn.com/send-events/cfg',
      event: {
        event_manager: ['snapchat'],
        event_id: 'id',
        event_type: 'LOGIN',
        event_time: 1744873500,
      },
    });
  });
});
