// fast-check arbitraries for fuzzing the built tag: random and hostile event data, cookies, headers,
// field values and adapter answers. Identifiers the tag must never log in full (envelopes, `_scid`,
// click IDs) are long, distinctive values recorded in `secrets`, so a leak check cannot pass by luck.
import fc from 'fast-check';
import { SNAP_EVENT_TYPES as TAG_SNAP_EVENT_TYPES } from '../../template-src/tag/rules';
import { CLIENT_HINTS_SAMPLES, USER_AGENT_SAMPLES } from '../support/device-samples';

/** The tag's web vocabulary plus the two app events it must refuse: field values may name any of them. */
export const SNAP_EVENT_TYPES = TAG_SNAP_EVENT_TYPES.concat(['APP_INSTALL', 'APP_OPEN']);

/** The GA4 names of issue 3's built-in map. */
export const MAPPED_GA4_EVENTS = [
  'page_view',
  'view_item',
  'view_item_list',
  'search',
  'view_search_results',
  'add_to_cart',
  'add_to_wishlist',
  'begin_checkout',
  'add_payment_info',
  'purchase',
  'sign_up',
  'generate_lead',
  'login',
  'tutorial_complete',
  'level_end',
  'unlock_achievement',
  'spend_virtual_currency',
  'share',
  'view_promotion',
  'select_promotion',
  'start_trial',
  'subscribe',
];

/** Keys that break naive object handling in JavaScript. */
export const POISON_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'length',
  '0',
  '',
];

/** Builds an object with own properties only, so `__proto__` becomes a real key, not the prototype. */
export function objectFromEntries(entries: [string, unknown][]): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(obj, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return obj;
}

// ---------------------------------------------------------------------------------------------
// Hostile values

const longString = fc
  .tuple(fc.constantFrom('x', 'é', '😀', '\u0000', '"', '%', '\\'), fc.constantFrom(1_000, 100_000))
  .map(([ch, n]) => ch.repeat(n));

const specialNumber = fc.constantFrom(
  NaN,
  Infinity,
  -Infinity,
  -0,
  -1,
  -49.99,
  1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
);

const numericString = fc.oneof(
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom('49.99', ' 12 ', '1e3', '0x10', '', '1,50', '-5', 'NaN', 'Infinity', '١٢'),
);

/** Strings that break naive text handling: lone surrogates, controls, bidi overrides, markup. */
const oddString = fc.constantFrom(
  '\uD800',
  'a\uDC00b',
  '\u202Egnp.exe',
  'e\u0301',
  '\u200D',
  '\r\n',
  '\u0000',
  '<script>alert(1)</script>',
  '%s%n',
  '${x}',
);

// Long strings are rare here (they cost time to copy) but common enough to meet every code path.
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.string(), weight: 10 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 10 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 5 },
  { arbitrary: longString, weight: 1 },
  { arbitrary: oddString, weight: 5 },
  { arbitrary: fc.double(), weight: 10 },
  { arbitrary: specialNumber, weight: 10 },
  { arbitrary: numericString, weight: 10 },
  { arbitrary: fc.integer(), weight: 5 },
  { arbitrary: fc.boolean(), weight: 5 },
  { arbitrary: fc.constant(null), weight: 5 },
  { arbitrary: fc.constant(undefined), weight: 5 },
);

const hostileKey = fc.oneof(fc.constantFrom(...POISON_KEYS), fc.string({ maxLength: 12 }));

/** Any JSON-ish value, nested a few levels, with poison keys and odd leaves. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'xsmall', withCrossShrink: true },
    { arbitrary: hostileLeaf, weight: 4 },
    { arbitrary: fc.array(tie('value'), { maxLength: 4 }), weight: 1 },
    {
      arbitrary: fc
        .array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 })
        .map(objectFromEntries),
      weight: 1,
    },
  ),
})).value;

/** 10,000-element arrays: of plausible items, or of junk. Built lazily, shared shape. */
export const hugeArray: fc.Arbitrary<unknown[]> = fc.constantFrom('items', 'junk').map((kind) =>
  Array.from({ length: 10_000 }, (_, i) =>
    kind === 'items'
      ? {
          item_id: 'sku' + i,
          price: (i % 100) + 0.5,
          quantity: (i % 3) + 1,
          item_brand: 'b' + (i % 7),
        }
      : i % 2 === 0
        ? i
        : null,
  ),
);

/** A plausible value most of the time, a hostile one sometimes. */
function mostly<T>(plausible: fc.Arbitrary<T>, hostileWeight = 1): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: plausible, weight: 8 },
    { arbitrary: hostileValue, weight: hostileWeight },
  );
}

// ---------------------------------------------------------------------------------------------
// Secrets: distinctive identifiers whose full value must never be logged

const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const secretBody = fc
  .array(fc.constantFrom(...SECRET_CHARS.split('')), { minLength: 32, maxLength: 48 })
  .map((chars) => chars.join(''));

/** An ATS-looking envelope: long, letters and digits, a recognisable prefix. */
export const envelopeSecret = secretBody.map((s) => 'AEnv' + s);
/** A `_scid`-looking value (UUID shape plus a distinctive tail). */
export const scidSecret = fc.uuid().chain((u) => secretBody.map((s) => u + '-Scid' + s));
/** A Snap click ID. */
export const clickIdSecret = secretBody.map((s) => 'Clk' + s);

// ---------------------------------------------------------------------------------------------
// Cookies

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
function base64Url(text: string): string {
  return base64(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface EnvelopeCookie {
  /** The raw cookie value as the browser sends it (still URI-encoded where ATS encodes it). */
  raw: string;
  /** Envelopes inside it, for the leak check. */
  secrets: string[];
}

/** What an `_lr_env` value holds, independent of the clock (the timestamp is `now - ageMs`). */
export type EnvelopeCookieSpec =
  | {
      kind: 'json';
      encoding: 'uri-base64' | 'base64' | 'base64url';
      shape: 'ats' | 'list' | 'no-timestamp' | 'wrong-types' | 'extra-keys';
      envelope: string;
      other: string;
      ageMs: number;
    }
  | { kind: 'raw-envelope'; envelope: string }
  | { kind: 'literal'; raw: string };

function cookieJson(spec: Extract<EnvelopeCookieSpec, { kind: 'json' }>, nowMs: number): string {
  const ts = nowMs - spec.ageMs;
  const env = spec.envelope;
  switch (spec.shape) {
    case 'list':
      return JSON.stringify({ envelope: [env, spec.other], timestamp: ts });
    case 'no-timestamp':
      return JSON.stringify({ envelope: env });
    case 'wrong-types':
      return JSON.stringify({ envelope: env, timestamp: String(ts), version: 5 });
    case 'extra-keys':
      return `{"__proto__":{"polluted":1},"envelope":"${env}","timestamp":${ts},"constructor":1}`;
    case 'ats':
      return JSON.stringify({ timestamp: ts, version: '1.5.0', envelope: env });
  }
}

/** The cookie value for a spec at a given clock, and the envelopes it carries. */
export function encodeEnvelopeCookie(spec: EnvelopeCookieSpec, nowMs: number): EnvelopeCookie {
  switch (spec.kind) {
    case 'literal':
      return { raw: spec.raw, secrets: [] };
    case 'raw-envelope':
      return { raw: spec.envelope, secrets: [spec.envelope] };
    case 'json': {
      const json = cookieJson(spec, nowMs);
      const raw =
        spec.encoding === 'base64url'
          ? base64Url(json)
          : spec.encoding === 'base64'
            ? base64(json)
            : encodeURIComponent(base64(json));
      return {
        raw,
        secrets: spec.shape === 'list' ? [spec.envelope, spec.other] : [spec.envelope],
      };
    }
  }
}

/** `_lr_env` values in every form the tag must survive, valid or not. */
export const envelopeCookieSpec: fc.Arbitrary<EnvelopeCookieSpec> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      encoding: fc.constantFrom('uri-base64' as const, 'base64' as const, 'base64url' as const),
      shape: fc.constantFrom(
        'ats' as const,
        'ats' as const,
        'list' as const,
        'no-timestamp' as const,
        'wrong-types' as const,
        'extra-keys' as const,
      ),
      envelope: envelopeSecret,
      other: envelopeSecret,
      // Minutes (refresh due or not) or days (expired or not).
      ageMs: fc.oneof(
        fc.integer({ min: 0, max: 60 * 60 * 1000 }),
        fc.integer({ min: 0, max: 60 * 24 * 60 * 60 * 1000 }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: envelopeSecret.map((envelope) => ({ kind: 'raw-envelope' as const, envelope })),
  },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.constantFrom('%%%', '!!!!', '%E0%A4%A', 'e30', '', '=', 'bnVsbA=='),
        fc.string({ maxLength: 30 }).map((s) => base64(s)),
        fc.string({ maxLength: 30 }).map((s) => encodeURIComponent(s)),
        fc.constantFrom('x', '%', '%25').map((c) => c.repeat(50_000)),
      )
      .map((raw) => ({ kind: 'literal' as const, raw })),
  },
);

// ---------------------------------------------------------------------------------------------
// Event data (GA4 keys of sgtm.md §7 and issue 3)

const currency = fc.oneof(
  fc.constantFrom('USD', 'eur', 'EUR', 'GBP', 'us', 'EURO', ' usd ', ''),
  fc.string({ maxLength: 5 }),
);
const price = fc.oneof(
  fc.double({ min: -1000, max: 100_000, noNaN: true }),
  fc.integer({ min: 0, max: 5000 }),
  numericString,
  specialNumber,
);

export const item: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        item_id: mostly(fc.oneof(fc.string({ maxLength: 12 }), fc.integer())),
        item_name: mostly(fc.string({ maxLength: 20 })),
        item_brand: mostly(fc.constantFrom('Nike', 'Adidas', 'Ñandú', '')),
        item_category: mostly(fc.constantFrom('shoes', 'running', 'électronique', '')),
        item_category2: mostly(fc.string({ maxLength: 8 })),
        item_variant: mostly(fc.string({ maxLength: 8 })),
        price: mostly(price),
        quantity: mostly(fc.oneof(fc.integer({ min: -2, max: 20 }), numericString)),
        delivery_category: mostly(fc.constantFrom('standard', 'express', 'in_store')),
        coupon: mostly(fc.string({ maxLength: 8 })),
        discount: mostly(price),
        index: mostly(fc.integer()),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);

const items = fc.oneof(
  { weight: 60, arbitrary: fc.array(item, { maxLength: 20 }) },
  { weight: 10, arbitrary: hostileValue },
  { weight: 1, arbitrary: hugeArray },
);

const eventName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MAPPED_GA4_EVENTS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...MAPPED_GA4_EVENTS), fc.constantFrom(' ', '\t', ''))
      .map(([n, pad]) => pad + n.toUpperCase() + pad),
  },
  { weight: 1, arbitrary: fc.constantFrom(...SNAP_EVENT_TYPES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: hostileValue },
);

/** page_location, with the click ID it carries (if any) alongside for the leak check. */
const pageLocation: fc.Arbitrary<{ value: unknown; clickId: string | null }> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'https://shop.example/p/1',
          'https://xn--mnchen-3ya.example/ü?a=1',
          'http://a.b',
        ),
        fc.constantFrom('ScCid', 'sccid', 'SCCID', 'ScCID'),
        fc.constantFrom('?', '&', '#'),
        clickIdSecret,
      )
      .map(([base, name, sep, clickId]) => {
        const joiner = base.includes('?') && sep === '?' ? '&' : sep;
        return { value: `${base}${joiner}${name}=${encodeURIComponent(clickId)}`, clickId };
      }),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.constantFrom('', 'not a url', 'javascript:alert(1)', '//no-scheme', 'https://'),
        hostileValue,
      )
      .map((value) => ({ value, clickId: null })),
  },
);

// ---------------------------------------------------------------------------------------------
// Device information (issue 11): user agents and client hints, real and hostile

/** Text in the places a user-agent parser looks: version numbers, model names, separators. */
const uaFragment = fc.oneof(
  fc.stringMatching(/^[0-9]{1,3}([._][0-9]{1,3}){0,3}$/),
  fc.constantFrom('', ' ', 'K', 'wv', ';', ')', '(', 'Build/', 'like Mac OS X', '\u0000'),
  fc.string({ maxLength: 12 }),
);

/** Near misses of the forms the tag reads: the right shape with odd versions and models. */
const nearMissUserAgent = fc
  .tuple(
    fc.constantFrom(
      (a: string, b: string) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${a} like Mac OS X) ${b}`,
      (a: string, b: string) => `Mozilla/5.0 (iPad; CPU OS ${a} like Mac OS X) ${b}`,
      (a: string, b: string) => `Mozilla/5.0 (Linux; Android ${a}; ${b} Build/X; wv) Chrome/1`,
      (a: string, b: string) => `Mozilla/5.0 (Linux; Android ${a}; ${b})`,
      (a: string, b: string) => `(${a}; ${b})`,
    ),
    uaFragment,
    uaFragment,
  )
  .map(([form, a, b]) => form(a, b));

/** A User-Agent: a real one (frozen forms included), a near miss, garbage, or a huge one. */
export const userAgent: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...USER_AGENT_SAMPLES.map((s) => s.userAgent)) },
  { weight: 4, arbitrary: nearMissUserAgent },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc
        .constantFrom(...USER_AGENT_SAMPLES.map((s) => s.userAgent))
        .map((ua) => ua + ' x'.repeat(50_000)),
      fc.constantFrom('(', ')', '(;', ' ').map((c) => c.repeat(100_000)),
    ),
  },
);

/** `client_hints`: as the GA4 client writes it, with plausible or hostile values, or not an object. */
export const clientHints: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CLIENT_HINTS_SAMPLES.map((s) => s.clientHints)) },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        architecture: mostly(fc.constantFrom('', 'x86', 'arm')),
        bitness: mostly(fc.constantFrom('', '64', '32')),
        full_version_list: mostly(
          fc.array(fc.record({ brand: mostly(fc.string()), version: mostly(fc.string()) }), {
            maxLength: 3,
          }),
        ),
        mobile: mostly(fc.boolean()),
        model: mostly(fc.oneof(fc.constantFrom('Pixel 8', 'SM-S911B', '', ' '), fc.string())),
        platform: mostly(
          fc.oneof(fc.constantFrom('Android', 'Windows', 'macOS', 'Linux', ''), fc.string()),
        ),
        platform_version: mostly(fc.oneof(fc.constantFrom('14.0.0', '15.0.0', ''), uaFragment)),
        wow64: mostly(fc.boolean()),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);

export interface FuzzEvent {
  event: Record<string, unknown>;
  /** The click ID planted in page_location, if any. */
  clickId: string | null;
}

export const eventData: fc.Arbitrary<FuzzEvent> = fc
  .tuple(
    fc.record(
      {
        event_name: eventName,
        client_id: mostly(fc.string({ maxLength: 20 })),
        currency: mostly(currency),
        value: mostly(price),
        ip_override: mostly(fc.oneof(fc.ipV4(), fc.ipV6())),
        user_agent: mostly(userAgent),
        client_hints: clientHints,
        device_model: mostly(
          fc.oneof(fc.constantFrom('iPhone 15 Pro', 'Pixel 8', '', ' '), fc.string()),
        ),
        os_version: mostly(fc.oneof(fc.constantFrom('iOS 17.5', 'Android 14', ''), fc.string())),
        description: mostly(
          fc.oneof(fc.constantFrom('Black running shoes size 43', '', '  '), fc.string()),
        ),
        delivery_method: mostly(
          fc.oneof(
            fc.constantFrom(
              'in_store',
              'curbside',
              'delivery',
              ' Delivery ',
              'CURBSIDE',
              'drone',
              '',
            ),
            fc.string({ maxLength: 10 }),
          ),
        ),
        language: mostly(fc.constantFrom('en-us', 'nl', '')),
        page_location: pageLocation,
        page_referrer: mostly(fc.webUrl()),
        page_title: mostly(fc.string({ unit: 'grapheme', maxLength: 30 })),
        page_hostname: mostly(fc.domain()),
        page_path: mostly(fc.webPath()),
        screen_resolution: mostly(fc.constantFrom('1920x1080', 'x')),
        user_id: mostly(fc.string({ maxLength: 20 })),
        user_data: mostly(
          fc.record(
            {
              email_address: mostly(fc.emailAddress()),
              phone_number: mostly(fc.string({ maxLength: 15 })),
              address: mostly(
                fc.record(
                  {
                    first_name: mostly(fc.string({ maxLength: 10 })),
                    city: mostly(fc.string({ maxLength: 10 })),
                    region: mostly(fc.constantFrom('NH', 'CA', '')),
                    postal_code: mostly(fc.string({ maxLength: 6 })),
                    country: mostly(fc.constantFrom('NL', 'US', 'de', '')),
                  },
                  { requiredKeys: [] },
                ),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        transaction_id: mostly(fc.oneof(fc.string({ maxLength: 16 }), fc.integer())),
        items,
        search_term: mostly(fc.string({ unit: 'grapheme', maxLength: 30 })),
        method: mostly(fc.constantFrom('email', 'google', '')),
        event_id: mostly(fc.oneof(fc.string({ maxLength: 16 }), fc.integer())),
        level: mostly(fc.oneof(fc.integer({ min: -1, max: 100 }), numericString)),
        predicted_ltv: mostly(price),
        customer_lifetime_value: mostly(price),
        new_customer: mostly(fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 1, 0))),
        consent_state: mostly(
          fc.record(
            // Granted more often than not, so most cases get past consent to the request.
            {
              ad_storage: mostly(
                fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
              ),
              analytics_storage: fc.boolean(),
            },
            { requiredKeys: [] },
          ),
        ),
        'x-ga-gcs': mostly(
          fc.constantFrom('G111', 'G111', 'G111', 'G101', 'G100', 'G110', 'G1', '', 'G1x1'),
        ),
      },
      { requiredKeys: [] },
    ),
    fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 3 }),
  )
  .map(([known, junk]) => {
    const { page_location, ...rest } = known;
    const entries: [string, unknown][] = Object.entries(rest);
    if (page_location) entries.push(['page_location', page_location.value]);
    return {
      // Junk first, so a poison key never replaces a known key's value.
      event: objectFromEntries([...junk, ...entries]),
      clickId: page_location ? page_location.clickId : null,
    };
  });

// ---------------------------------------------------------------------------------------------
// Field values (issue 3 and issue 5)

const configId = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', 'a b', '../x', 'é', '-lead', 'a'.repeat(129), 'a/b?c'),
  },
  { weight: 1, arbitrary: hostileValue },
);
const bool = mostly(fc.boolean());
const rows = <T>(row: fc.Arbitrary<T>) => mostly(fc.array(row, { maxLength: 4 }));

/** Every field of issues 3 and 5; each may be absent (the definition's default applies). */
export const fieldValues: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    atsConfigId: configId,
    pixelId: mostly(fc.string({ maxLength: 36 })),
    eventTypeMode: mostly(fc.constantFrom('auto', 'fixed')),
    fixedEventType: mostly(fc.constantFrom(...SNAP_EVENT_TYPES, 'NOT_A_TYPE')),
    eventTypeOverrides: rows(
      fc.record({
        ga4Event: mostly(
          fc.oneof(fc.constantFrom(...MAPPED_GA4_EVENTS), fc.string({ maxLength: 10 })),
        ),
        snapEvent: mostly(fc.constantFrom(...SNAP_EVENT_TYPES, 'bogus')),
      }),
    ),
    unmappedEvents: mostly(
      fc.constantFrom(
        'skip',
        'CUSTOM_EVENT_1',
        'CUSTOM_EVENT_3',
        'CUSTOM_EVENT_5',
        'CUSTOM_EVENT_9',
      ),
    ),
    envelopeSource: mostly(fc.constantFrom('cookie', 'value')),
    envelopeCookieName: mostly(fc.constantFrom('_lr_env', '_lr_env', 'custom_env', '')),
    envelopeValue: mostly(envelopeSecret),
    envelopeMaxAgeDays: mostly(fc.oneof(fc.constantFrom(0, 30, 1, '30', '0', -1), fc.integer())),
    sendSnapIds: bool,
    sendDeviceInfo: bool,
    snapIdPlacement: mostly(fc.constantFrom('custom_data', 'user_data')),
    eventIdOverride: mostly(fc.oneof(fc.string({ maxLength: 12 }), fc.integer())),
    eventSourceUrlOverride: mostly(fc.webUrl()),
    eventTag: mostly(fc.string({ maxLength: 12 })),
    customData: rows(
      fc.record({
        key: mostly(
          fc.oneof(
            fc.constantFrom('description', 'price', 'currency', 'item_ids'),
            fc.string({ maxLength: 8 }),
          ),
        ),
        value: mostly(fc.string({ maxLength: 12 })),
      }),
    ),
    consentMode: mostly(fc.constantFrom('respect', 'ignore')),
    limitedDataUse: bool,
    requireIdentity: bool,
    timeoutMs: mostly(
      fc.oneof(fc.integer({ min: 100, max: 15000 }), fc.constantFrom('2000', 0, -5, 1e9)),
    ),
    dryRun: fc.oneof(
      { weight: 8, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: hostileValue },
    ),
    logging: fc.oneof(
      { weight: 6, arbitrary: fc.constant('always') },
      { weight: 1, arbitrary: fc.constantFrom('debug', 'never') },
      { weight: 1, arbitrary: hostileValue },
    ),
    refreshEnvelope: bool,
    placementId: mostly(fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{1,8}$/))),
    refreshAfterMinutes: mostly(fc.oneof(fc.constantFrom(30, 0, 1, '30'), fc.integer())),
    refreshConsentType: mostly(fc.constantFrom('none', 'tcf', 'ccpa', 'gpp')),
    refreshConsentString: mostly(fc.string({ maxLength: 20 })),
    gppString: mostly(fc.string({ maxLength: 20 })),
    gppSid: mostly(fc.constantFrom('7', '7,8', '', 'x')),
    refreshTimeoutMs: mostly(
      fc.oneof(fc.integer({ min: 100, max: 5000 }), fc.constantFrom(0, '2000')),
    ),
    cookieDomain: mostly(fc.constantFrom('auto', 'shop.example', '', '.example')),
    cookieLifetimeDays: mostly(fc.oneof(fc.constantFrom(30, 0, '30', -1), fc.integer())),
  },
  // Always set: without a config ID most cases would stop at the first check.
  { requiredKeys: ['logging', 'atsConfigId'] },
);

// ---------------------------------------------------------------------------------------------
// Request headers, adapter answers, the whole case

const headerValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.webUrl(),
  fc.constantFrom('x', '%', ';').map((c) => c.repeat(20_000)),
);

export const requestHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    referer: fc.oneof(fc.webUrl(), headerValue),
    'user-agent': fc.oneof(userAgent, headerValue),
    'x-forwarded-for': fc.oneof(fc.ipV4(), headerValue),
    'sec-gpc': fc.constantFrom('1', '0', 'yes', ''),
    dnt: fc.constantFrom('1', '0', ''),
    origin: fc.webUrl(),
  },
  { requiredKeys: [] },
);

export interface ScriptedAnswer {
  status: number;
  body?: string;
  fail?: 'failed';
  /** An identifier the answer carries (a refreshed envelope), for the leak check. */
  secret?: string;
}

const answerBody = fc.oneof(
  fc.constantFrom('', '{"status":"ok"}', 'not json', '<html>502</html>', '{"error":'),
  fc.constant('x'.repeat(200_000)),
);

export const sendEventsAnswer: fc.Arbitrary<ScriptedAnswer> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      status: fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503),
      body: answerBody,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ status: fc.integer({ min: 100, max: 599 }), body: answerBody }),
  },
  { weight: 1, arbitrary: fc.constant({ status: 0, fail: 'failed' as const }) },
);

export const refreshAnswer: fc.Arbitrary<ScriptedAnswer> = fc.oneof(
  {
    weight: 3,
    arbitrary: envelopeSecret.map((value) => ({
      status: 200,
      body: JSON.stringify({ envelopes: [{ type: 19, source: 'envelopeLiveramp', value }] }),
      secret: value,
    })),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      status: fc.constantFrom(200, 204, 400, 500),
      body: fc.constantFrom(
        '',
        'not json',
        '{"envelopes":[]}',
        '{"envelopes":[{"type":24,"value":"x"}]}',
        '{"envelopes":[{"type":19}]}',
        '{"envelopes":"nope"}',
        '[]',
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ status: 0, fail: 'failed' as const }) },
);

export interface FuzzCase {
  fields: Record<string, unknown>;
  event: Record<string, unknown>;
  headers: Record<string, string>;
  cookies: Record<string, string | string[]>;
  remoteAddress: string;
  nowMs: number;
  randomValue: number;
  debugMode: boolean;
  sendEvents: ScriptedAnswer;
  refresh: ScriptedAnswer;
  /** Identifiers planted in the inputs that must only ever be logged redacted. */
  secrets: string[];
}

const NOW_MIN = Date.UTC(2024, 0, 1);
const NOW_MAX = Date.UTC(2030, 0, 1);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    nowMs: fc.integer({ min: NOW_MIN, max: NOW_MAX }),
    ev: eventData,
    envCookies: fc.array(envelopeCookieSpec, { maxLength: 3 }),
    scid: fc.option(
      fc.oneof({ weight: 4, arbitrary: scidSecret }, { weight: 1, arbitrary: fc.string() }),
    ),
    scclid: fc.option(clickIdSecret),
    otherCookies: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.string({ maxLength: 20 }),
      {
        maxKeys: 3,
      },
    ),
    fields: fieldValues,
    headers: requestHeaders,
    remoteAddress: fc.oneof(fc.ipV4(), fc.ipV6()),
    randomValue: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    debugMode: fc.boolean(),
    sendEvents: sendEventsAnswer,
    refresh: refreshAnswer,
  })
  .map((c) => {
    const cookies: Record<string, string | string[]> = { ...c.otherCookies };
    const secrets: string[] = [];
    if (c.ev.clickId !== null) secrets.push(c.ev.clickId);
    // Only a generated envelope is a secret; a hostile value in this field may be anything.
    const valueEnvelope = c.fields.envelopeValue;
    if (typeof valueEnvelope === 'string' && valueEnvelope.startsWith('AEnv')) {
      secrets.push(valueEnvelope);
    }
    if (c.refresh.secret) secrets.push(c.refresh.secret);
    if (c.envCookies.length > 0) {
      const encoded = c.envCookies.map((spec) => encodeEnvelopeCookie(spec, c.nowMs));
      cookies._lr_env = encoded.length === 1 ? encoded[0].raw : encoded.map((e) => e.raw);
      // A custom cookie name must be handled too; put the same values under it.
      cookies.custom_env = cookies._lr_env;
      for (const e of encoded) secrets.push(...e.secrets);
    }
    if (c.scid !== null) {
      cookies._scid = c.scid;
      if (c.scid.length >= 32) secrets.push(c.scid);
    }
    if (c.scclid !== null) {
      cookies._scclid = c.scclid;
      secrets.push(c.scclid);
    }
    return {
      fields: c.fields,
      event: c.ev.event,
      headers: c.headers,
      cookies,
      remoteAddress: c.remoteAddress,
      nowMs: c.nowMs,
      randomValue: c.randomValue,
      debugMode: c.debugMode,
      sendEvents: c.sendEvents,
      refresh: c.refresh,
      secrets,
    };
  });
