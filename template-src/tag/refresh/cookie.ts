// The `_lr_env` cookie as ATS.js writes it, so the browser-side library and Prebid's identityLink
// module keep reading what the server wrote back. Pure.
import { JSON, Math, encodeUriComponent, toBase64 } from 'sgtm';

export interface EnvelopeCookieOptions {
  domain: string;
  path: string;
  'max-age': number;
  expires?: string;
  secure: boolean;
  samesite: 'Lax';
}

/**
 * ATS.js leaves `version` as its own library version. When the old cookie had none we write this
 * one. [unsure] No public documentation says whether any reader checks the version.
 */
export const DEFAULT_COOKIE_VERSION = '1.0.0';

const SECONDS_PER_DAY = 86400;

/**
 * The cookie value: base64 of `{"timestamp":<ms>,"version":"…","envelope":"…"}` (that key order,
 * as ATS.js writes it), then URL-encoded so `+`, `/` and `=` are safe in a cookie.
 *
 * Standard base64, not the URL-safe alphabet: browser readers decode with `decodeURIComponent`
 * then `atob`, and `atob` rejects `-` and `_`. The tag's own reader accepts both alphabets.
 * The caller passes the result to `setCookie` with `noEncode`, so it is encoded exactly once.
 * Undefined when the text cannot be encoded (invalid unicode): the caller then writes nothing.
 */
export function envelopeCookieValue(
  envelope: string,
  timestampMs: number,
  version: string | undefined,
): string | undefined {
  const json = JSON.stringify({
    timestamp: timestampMs,
    version: version === undefined || version === '' ? DEFAULT_COOKIE_VERSION : version,
    envelope: envelope,
  });
  if (json === undefined) return undefined;
  return encodeUriComponent(toBase64(json));
}

// Not httpOnly: ATS.js in the browser must be able to read the cookie the server refreshed.
export function envelopeCookieOptions(domain: string, lifetimeDays: number): EnvelopeCookieOptions {
  return {
    domain: domain,
    path: '/',
    'max-age': Math.floor(lifetimeDays * SECONDS_PER_DAY),
    secure: true,
    samesite: 'Lax',
  };
}

/** Options that make the browser drop the cookie (same domain and path, or it would not match). */
export function expireCookieOptions(domain: string): EnvelopeCookieOptions {
  return {
    domain: domain,
    path: '/',
    'max-age': 0,
    expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
    secure: true,
    samesite: 'Lax',
  };
}
