// refresh.ts, the pure parts of the envelope refresh call: its URL and headers' values, what
// LiveRamp's answer means, the shared cache's entries, the cookie written back.
import { createHash } from 'node:crypto';
import { readConfig } from '../../template-src/tag/config';
import type { Config } from '../../template-src/tag/config';
import { chooseEnvelope } from '../../template-src/tag/envelope';
import {
  cacheEntry,
  cacheKey,
  cookieOptions,
  cookieValue,
  liveEntry,
  pageOrigin,
  refreshOutcome,
  refreshUrl,
  userIp,
} from '../../template-src/tag/refresh';
import type { Outcome } from '../../template-src/tag/refresh';

const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
const NEW = 'AmNewEnvelope0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK';
const BASE = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';
const NOW = 1_744_990_200_000;
const MIN = 60000;

function settings(fields: Record<string, unknown> = {}): Config {
  return readConfig(fields as never);
}

describe('refreshUrl', () => {
  it('builds pid, it=19 and iv', () => {
    expect(refreshUrl(settings(), 'cfg-123', ENVELOPE)).toEqual({
      url: BASE + '?pid=cfg-123&it=19&iv=' + ENVELOPE,
    });
  });

  it('URL-encodes the envelope (base64 + / = and anything else)', () => {
    expect(refreshUrl(settings(), '13332', 'a+b/c=d&e f')).toEqual({
      url: BASE + '?pid=13332&it=19&iv=a%2Bb%2Fc%3Dd%26e%20f',
    });
  });

  it('adds ct=4 and the encoded TCF string', () => {
    expect(
      refreshUrl(
        settings({ refreshConsentType: 'tcf', refreshConsentString: 'CPX+xR/f==' }),
        'cfg-123',
        ENVELOPE,
      ),
    ).toEqual({
      url: BASE + '?pid=cfg-123&it=19&iv=' + ENVELOPE + '&ct=4&cv=CPX%2BxR%2Ff%3D%3D',
    });
  });

  it('adds ct=3 and the US privacy string for CCPA', () => {
    expect(
      refreshUrl(
        settings({ refreshConsentType: 'ccpa', refreshConsentString: '1YNN' }),
        'cfg-123',
        ENVELOPE,
      ),
    ).toEqual({ url: BASE + '?pid=cfg-123&it=19&iv=' + ENVELOPE + '&ct=3&cv=1YNN' });
  });

  it('adds gpp and gpp_sid for GPP', () => {
    expect(
      refreshUrl(
        settings({ refreshConsentType: 'gpp', gppString: 'DBABMA~CPXxRfA', gppSid: '7,8' }),
        'cfg-123',
        ENVELOPE,
      ),
    ).toEqual({
      url: BASE + '?pid=cfg-123&it=19&iv=' + ENVELOPE + '&gpp=DBABMA~CPXxRfA&gpp_sid=7%2C8',
    });
  });

  it('refuses a consent type whose value is empty', () => {
    expect(refreshUrl(settings({ refreshConsentType: 'tcf' }), 'cfg-123', ENVELOPE)).toEqual({
      reason: 'no refresh: TCF v2 consent selected but the consent string is empty',
    });
    expect(refreshUrl(settings({ refreshConsentType: 'ccpa' }), 'cfg-123', ENVELOPE)).toEqual({
      reason: 'no refresh: CCPA consent selected but the consent string is empty',
    });
    expect(
      refreshUrl(settings({ refreshConsentType: 'gpp', gppString: 'DBABMA' }), 'cfg-123', ENVELOPE),
    ).toEqual({
      reason: 'no refresh: GPP consent selected but the GPP string or section ID is empty',
    });
  });

  it('refuses a placement ID that is not an ID', () => {
    expect(refreshUrl(settings(), '13332&it=24', ENVELOPE)).toEqual({
      reason:
        'no refresh: the placement ID must be letters, digits, - and _ (up to 128); check the Placement ID field',
    });
  });

  it('refuses text that cannot be URL-encoded', () => {
    const unencodable = {
      reason: 'no refresh: a query value cannot be URL-encoded (invalid unicode)',
    };
    expect(refreshUrl(settings(), 'cfg-123', 'abc\uD800')).toEqual(unencodable);
    expect(
      refreshUrl(
        settings({ refreshConsentType: 'gpp', gppString: 'x\uDC00', gppSid: '7' }),
        'cfg-123',
        ENVELOPE,
      ),
    ).toEqual(unencodable);
  });
});

describe('userIp (X-Forwarded-For)', () => {
  it('takes an IPv4 or IPv6 address, trimmed', () => {
    expect(userIp('203.0.113.7')).toBe('203.0.113.7');
    expect(userIp(' 2001:db8::1 ')).toBe('2001:db8::1');
  });

  it('ignores values that are not IP addresses (no header injection)', () => {
    for (const value of ['1.2.3.4\r\nX-Evil: 1', 'localhost', '', 12345, undefined]) {
      expect(userIp(value)).toBeUndefined();
    }
  });
});

describe('pageOrigin (Origin)', () => {
  it('takes the origin of a web URL', () => {
    expect(pageOrigin('https://www.example-shop.com/product/1?x=1#y')).toBe(
      'https://www.example-shop.com',
    );
    expect(pageOrigin('http://localhost:8080/a')).toBe('http://localhost:8080');
  });

  it('has no origin for non-web URLs or none at all', () => {
    for (const value of ['not a url', 'javascript:alert(1)', 'file:///etc/passwd', '', 42, null]) {
      expect(pageOrigin(value)).toBeUndefined();
    }
  });
});

describe('refreshOutcome', () => {
  const body = (value: unknown) => JSON.stringify(value);

  it('200 with a type-19 envelope: refreshed', () => {
    expect(
      refreshOutcome(
        200,
        body({ envelopes: [{ type: 19, source: 'envelopeLiveramp', value: NEW }] }),
      ),
    ).toEqual({ kind: 'refreshed', envelope: NEW, reason: 'envelope refreshed' });
  });

  it('takes the type-19 entry among others, and "19" as a string', () => {
    expect(
      refreshOutcome(
        200,
        body({
          envelopes: [
            { type: 24, value: 'meta' },
            { type: '19', value: ' ' + NEW + ' ' },
          ],
        }),
      ),
    ).toEqual({ kind: 'refreshed', envelope: NEW, reason: 'envelope refreshed' });
  });

  it('204: expired', () => {
    expect(refreshOutcome(204, '')).toEqual({
      kind: 'expired',
      reason: 'refresh answered 204: the envelope expired',
    });
  });

  it.each([
    [body({ envelopes: [{ type: 24, value: 'meta' }] }), 'without a usable type-19 envelope'],
    [body({ envelopes: [] }), 'without a usable type-19 envelope'],
    [
      body({
        envelopes: [
          { type: 19, value: '' },
          { type: 19, value: 7 },
        ],
      }),
      'without a usable type-19 envelope',
    ],
    [
      body({ envelopes: [{ type: 19, value: 'x'.repeat(3001) }] }),
      'without a usable type-19 envelope',
    ],
    [body({ envelopes: [null, 'x', [19]] }), 'without a usable type-19 envelope'],
    [body({ envelope: NEW }), 'without an envelopes list'],
    ['{"envelopes": [', 'with a body that is not a JSON object'],
    ['[1,2]', 'with a body that is not a JSON object'],
    ['', 'with an empty body'],
    [undefined, 'with an empty body'],
  ])('200 with %s: keeps the old envelope', (text, why) => {
    expect(refreshOutcome(200, text)).toEqual({
      kind: 'kept',
      reason: 'refresh answered 200 ' + why + '; keeping the old envelope',
    });
  });

  it.each([400, 401, 403, 404, 429, 500, 502, 503, 201, 301])(
    '%i: keeps the old envelope',
    (status) => {
      expect(refreshOutcome(status, body({ envelopes: [{ type: 19, value: NEW }] }))).toEqual({
        kind: 'kept',
        reason: 'refresh answered ' + status + '; keeping the old envelope',
      });
    },
  );

  it('names a timeout and treats every other rejection as a failure', () => {
    expect(refreshOutcome(undefined, undefined, { reason: 'timed_out' })).toEqual({
      kind: 'kept',
      reason: 'refresh timed out; keeping the old envelope',
    });
    for (const failure of [{ reason: 'failed' }, {}, 'boom']) {
      expect(refreshOutcome(undefined, undefined, failure)).toEqual({
        kind: 'kept',
        reason: 'refresh request failed; keeping the old envelope',
      });
    }
  });
});

describe('the shared cache', () => {
  const refreshed: Outcome = {
    kind: 'refreshed',
    envelope: NEW,
    reason: 'envelope refreshed',
  };
  const kept: Outcome = {
    kind: 'kept',
    reason: 'refresh answered 503; keeping the old envelope',
  };

  it('keys by placement and envelope, hashed (no envelope in clear in server memory)', () => {
    const key = cacheKey('cfg-123', ENVELOPE);
    expect(key).toBe(
      'lr_env_refresh_' +
        createHash('sha256')
          .update('cfg-123\n' + ENVELOPE)
          .digest('hex'),
    );
    expect(key).not.toBe(cacheKey('13332', ENVELOPE));
    expect(key).not.toBe(cacheKey('cfg-123', NEW));
  });

  it('marks a call in flight until its timeout plus a second', () => {
    expect(cacheEntry(NOW, 2000)).toEqual({ state: 'pending', expiresAtMs: NOW + 3000 });
  });

  it('keeps every answer for the interval; a refreshed one with the time it happened', () => {
    expect(cacheEntry(NOW, 30 * MIN, refreshed)).toEqual({
      state: 'done',
      outcome: refreshed,
      expiresAtMs: NOW + 30 * MIN,
      refreshedAtMs: NOW,
    });
    expect(cacheEntry(NOW, 30 * MIN, kept)).toEqual({
      state: 'done',
      outcome: kept,
      expiresAtMs: NOW + 30 * MIN,
    });
  });

  it('uses an entry of its own until it expires', () => {
    for (const entry of [
      cacheEntry(NOW, 2000),
      cacheEntry(NOW, MIN, refreshed),
      cacheEntry(NOW, MIN, kept),
    ]) {
      expect(liveEntry(entry, NOW + 999)).toBe(entry);
      expect(liveEntry(entry, entry.expiresAtMs)).toBeUndefined();
    }
    const expired = cacheEntry(NOW, MIN, {
      kind: 'expired',
      reason: 'refresh answered 204: the envelope expired',
    });
    expect(liveEntry(expired, NOW)).toBe(expired);
  });

  it.each([
    [null],
    ['entry'],
    [[{ state: 'pending', expiresAtMs: NOW + MIN }]],
    [{ state: 'pending' }],
    [{ state: 'done', outcome: 'x', expiresAtMs: NOW + MIN }],
    [{ state: 'done', outcome: { kind: 'kept' }, expiresAtMs: NOW + MIN }],
    [{ state: 'done', outcome: { kind: 'other', reason: 'r' }, expiresAtMs: NOW + MIN }],
    [
      {
        state: 'done',
        outcome: { kind: 'refreshed', reason: 'r', envelope: NEW },
        expiresAtMs: NOW + MIN,
      },
    ],
    [{ state: 'other', outcome: kept, expiresAtMs: NOW + MIN }],
  ])('ignores a foreign or malformed entry: %j', (value) => {
    expect(liveEntry(value, NOW)).toBeUndefined();
  });

  // A string or one-number list would compare as a number: docs/refresh.md says entries that are not
  // ours are ignored.
  it.each([
    [{ state: 'pending', expiresAtMs: String(NOW + MIN) }],
    [{ state: 'pending', expiresAtMs: [NOW + MIN] }],
  ])('ignores an entry whose expiry is not a number: %j', (value) => {
    expect(liveEntry(value, NOW)).toBeUndefined();
  });
});

describe('cookieValue', () => {
  const decode = (cookieValue: string): unknown =>
    JSON.parse(Buffer.from(decodeURIComponent(cookieValue), 'base64').toString('utf8'));

  it('is URL-encoded standard base64 of {timestamp, version, envelope} in that order', () => {
    const value = cookieValue(ENVELOPE, NOW, '1.5.0') as string;
    const json = '{"timestamp":1744990200000,"version":"1.5.0","envelope":"' + ENVELOPE + '"}';
    expect(value).toBe(encodeURIComponent(Buffer.from(json).toString('base64')));
    expect(decode(value)).toEqual({ timestamp: NOW, version: '1.5.0', envelope: ENVELOPE });
  });

  it('is what a browser reader (decodeURIComponent then atob) decodes', () => {
    // An envelope chosen so the base64 has + and / and padding: all must survive the cookie.
    const tricky = '~~~???>>>';
    const value = cookieValue(tricky, NOW, '1.5.0') as string;
    expect(value).toMatch(/^[A-Za-z0-9%]+$/);
    expect(['%2B', '%2F', '%3D'].map((escape) => value.includes(escape))).toEqual([
      true,
      true,
      true,
    ]);
    expect(JSON.parse(atob(decodeURIComponent(value)))).toMatchObject({ envelope: tricky });
  });

  it('writes a default version when the old cookie had none', () => {
    expect(decode(cookieValue(ENVELOPE, NOW, undefined) as string)).toEqual({
      timestamp: NOW,
      version: '1.0.0',
      envelope: ENVELOPE,
    });
  });

  it("round-trips through the tag's own envelope reader, timestamp included", () => {
    const value = cookieValue(ENVELOPE, NOW, '1.5.0') as string;
    const notes: string[] = [];
    expect(
      chooseEnvelope([decodeURIComponent(value)], 'cookie', NOW, 30, (w) => notes.push(w)),
    ).toEqual({
      partnerId: ENVELOPE,
      timestampMs: NOW,
      version: '1.5.0',
    });
    expect(notes).toEqual([]);
  });
});

describe('cookieOptions', () => {
  it('sets path /, secure, SameSite=Lax, the domain and max-age from the lifetime', () => {
    expect(cookieOptions('auto', 30)).toEqual({
      domain: 'auto',
      path: '/',
      'max-age': 2592000,
      secure: true,
      samesite: 'Lax',
    });
    expect(cookieOptions('example.com', 1.5)['max-age']).toBe(129600);
  });

  it('expires the cookie on the same domain and path for a lifetime of 0', () => {
    expect(cookieOptions('example.com', 0)).toEqual({
      domain: 'example.com',
      path: '/',
      'max-age': 0,
      expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      secure: true,
      samesite: 'Lax',
    });
  });
});
