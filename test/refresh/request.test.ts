import {
  pageOrigin,
  refreshHeaders,
  refreshUrl,
  userIp,
} from '../../template-src/tag/refresh/request';
import { readRefreshSettings } from '../../template-src/tag/refresh/settings';
import type { RefreshFieldValues } from '../../template-src/tag/refresh/settings';

const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
const BASE = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';

function settings(fields: RefreshFieldValues = {}) {
  return readRefreshSettings(fields, 'cfg-123');
}

describe('refreshUrl', () => {
  it('builds pid, it=19 and iv, with the ATS Configuration ID as the default placement', () => {
    expect(refreshUrl(settings(), ENVELOPE)).toEqual({
      ok: true,
      url: BASE + '?pid=cfg-123&it=19&iv=' + ENVELOPE,
    });
  });

  it('URL-encodes the envelope (base64 + / = and anything else)', () => {
    expect(refreshUrl(settings({ placementId: '13332' }), 'a+b/c=d&e f')).toEqual({
      ok: true,
      url: BASE + '?pid=13332&it=19&iv=a%2Bb%2Fc%3Dd%26e%20f',
    });
  });

  it('adds ct=4 and the encoded TCF string', () => {
    expect(
      refreshUrl(
        settings({ refreshConsentType: 'tcf', refreshConsentString: 'CPX+xR/f==' }),
        ENVELOPE,
      ),
    ).toEqual({
      ok: true,
      url: BASE + '?pid=cfg-123&it=19&iv=' + ENVELOPE + '&ct=4&cv=CPX%2BxR%2Ff%3D%3D',
    });
  });

  it('adds ct=3 and the US privacy string for CCPA', () => {
    expect(
      refreshUrl(settings({ refreshConsentType: 'ccpa', refreshConsentString: '1YNN' }), ENVELOPE),
    ).toEqual({ ok: true, url: BASE + '?pid=cfg-123&it=19&iv=' + ENVELOPE + '&ct=3&cv=1YNN' });
  });

  it('adds gpp and gpp_sid for GPP', () => {
    expect(
      refreshUrl(
        settings({ refreshConsentType: 'gpp', gppString: 'DBABMA~CPXxRfA', gppSid: '7,8' }),
        ENVELOPE,
      ),
    ).toEqual({
      ok: true,
      url: BASE + '?pid=cfg-123&it=19&iv=' + ENVELOPE + '&gpp=DBABMA~CPXxRfA&gpp_sid=7%2C8',
    });
  });

  it('refuses a consent type whose value is empty', () => {
    expect(refreshUrl(settings({ refreshConsentType: 'tcf' }), ENVELOPE)).toEqual({
      ok: false,
      reason: 'no refresh: TCF v2 consent selected but the consent string is empty',
    });
    expect(refreshUrl(settings({ refreshConsentType: 'ccpa' }), ENVELOPE)).toEqual({
      ok: false,
      reason: 'no refresh: CCPA consent selected but the consent string is empty',
    });
    expect(
      refreshUrl(settings({ refreshConsentType: 'gpp', gppString: 'DBABMA' }), ENVELOPE),
    ).toEqual({
      ok: false,
      reason: 'no refresh: GPP consent selected but the GPP string or section ID is empty',
    });
  });

  it('refuses a placement ID that is not an ID', () => {
    expect(refreshUrl(settings({ placementId: '13332&it=24' }), ENVELOPE)).toEqual({
      ok: false,
      reason:
        'no refresh: the placement ID must be letters, digits, - and _ (up to 128); check the Placement ID field',
    });
  });

  it('refuses text that cannot be URL-encoded', () => {
    expect(refreshUrl(settings(), 'abc\uD800')).toEqual({
      ok: false,
      reason: 'no refresh: a query value cannot be URL-encoded (invalid unicode)',
    });
  });
});

describe('userIp', () => {
  it('prefers ip_override, then the remote address', () => {
    expect(userIp('203.0.113.7', '10.0.0.1')).toBe('203.0.113.7');
    expect(userIp(undefined, ' 2001:db8::1 ')).toBe('2001:db8::1');
    expect(userIp('', '10.0.0.1')).toBe('10.0.0.1');
  });

  it('ignores values that are not IP addresses (no header injection)', () => {
    expect(userIp('1.2.3.4\r\nX-Evil: 1', '10.0.0.1')).toBe('10.0.0.1');
    expect(userIp(12345, 'localhost')).toBeUndefined();
    expect(userIp(undefined, undefined)).toBeUndefined();
  });
});

describe('pageOrigin', () => {
  it('takes the origin of page_location, else of the Referer', () => {
    expect(pageOrigin('https://www.example-shop.com/product/1?x=1#y', undefined)).toBe(
      'https://www.example-shop.com',
    );
    expect(pageOrigin('http://localhost:8080/a', 'https://other.example/')).toBe(
      'http://localhost:8080',
    );
    expect(pageOrigin(undefined, 'https://www.example.com/checkout')).toBe(
      'https://www.example.com',
    );
    expect(pageOrigin('not a url', 'https://www.example.com/')).toBe('https://www.example.com');
  });

  it('has no origin for non-web URLs or none at all', () => {
    expect(pageOrigin('javascript:alert(1)', 'file:///etc/passwd')).toBeUndefined();
    expect(pageOrigin(42, null)).toBeUndefined();
  });
});

describe('refreshHeaders', () => {
  it('sends the user IP and the page origin', () => {
    expect(refreshHeaders('203.0.113.7', 'https://www.example.com')).toEqual({
      'X-Forwarded-For': '203.0.113.7',
      Origin: 'https://www.example.com',
    });
  });
});
