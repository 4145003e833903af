import {
  envelopeCookieOptions,
  envelopeCookieValue,
  expireCookieOptions,
} from '../../template-src/tag/refresh/cookie';
import { chooseEnvelope } from '../../template-src/tag/envelope';

const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
const NOW = 1_744_990_200_000;

function decode(cookieValue: string): unknown {
  return JSON.parse(Buffer.from(decodeURIComponent(cookieValue), 'base64').toString('utf8'));
}

describe('envelopeCookieValue', () => {
  it('is URL-encoded standard base64 of {timestamp, version, envelope} in that order', () => {
    const value = envelopeCookieValue(ENVELOPE, NOW, '1.5.0') as string;
    const json = '{"timestamp":1744990200000,"version":"1.5.0","envelope":"' + ENVELOPE + '"}';
    expect(value).toBe(encodeURIComponent(Buffer.from(json).toString('base64')));
    expect(decode(value)).toEqual({ timestamp: NOW, version: '1.5.0', envelope: ENVELOPE });
  });

  it('is what a browser reader (decodeURIComponent then atob) decodes', () => {
    // An envelope chosen so the base64 has + and / and padding: all must survive the cookie.
    const tricky = '~~~???>>>';
    const value = envelopeCookieValue(tricky, NOW, '1.5.0') as string;
    expect(value).toMatch(/^[A-Za-z0-9%]+$/);
    expect(['%2B', '%2F', '%3D'].map((escape) => value.includes(escape))).toEqual([
      true,
      true,
      true,
    ]);
    expect(JSON.parse(atob(decodeURIComponent(value)))).toMatchObject({ envelope: tricky });
  });

  it('writes a default version when the old cookie had none', () => {
    expect(decode(envelopeCookieValue(ENVELOPE, NOW, undefined) as string)).toEqual({
      timestamp: NOW,
      version: '1.0.0',
      envelope: ENVELOPE,
    });
  });

  it("round-trips through the tag's own envelope reader, timestamp included", () => {
    const value = envelopeCookieValue(ENVELOPE, NOW, '1.5.0') as string;
    expect(chooseEnvelope([decodeURIComponent(value)], NOW, 30)).toEqual({
      chosen: { envelope: ENVELOPE, timestampMs: NOW, version: '1.5.0', index: 0 },
      rejected: [],
    });
  });
});

describe('cookie options', () => {
  it('sets path /, secure, SameSite=Lax, the domain and max-age from the lifetime', () => {
    expect(envelopeCookieOptions('auto', 30)).toEqual({
      domain: 'auto',
      path: '/',
      'max-age': 2592000,
      secure: true,
      samesite: 'Lax',
    });
    expect(envelopeCookieOptions('example.com', 1.5)['max-age']).toBe(129600);
  });

  it('expires the cookie on the same domain and path', () => {
    expect(expireCookieOptions('example.com')).toEqual({
      domain: 'example.com',
      path: '/',
      'max-age': 0,
      expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      secure: true,
      samesite: 'Lax',
    });
  });
});
