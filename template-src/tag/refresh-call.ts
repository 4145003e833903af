// The envelope refresh call and its answer, as pure functions: URL, meaning, cache entries, cookie.
// refresh.ts carries them out through the GTM edge (gtm.ts).
import { JSON, encodeUriComponent, parseUrl, sha256Sync, toBase64 } from 'sgtm';
import type { Config } from './config';
import { floor } from './numbers';
import { CONFIG_ID_PATTERN, REFRESH_URL } from './rules';
import { isArray, isObject, isString, prop } from './values';

/** What LiveRamp's answer means: send the new envelope, none (204: expired), or keep the old one. */
export type RefreshOutcome =
  | { kind: 'refreshed'; envelope: string; reason: string }
  | { kind: 'expired' | 'kept'; reason: string };

/** LiveRamp's envelope type for regular and CAPI-scoped envelopes (24 would be Meta-scoped). */
const ENVELOPE_TYPE = '19';

export function noRefresh(why: string): string {
  return 'no refresh: ' + why;
}

/** The call's URL, or why it must not be made (a placement ID it cannot name, a missing consent). */
export function refreshUrl(
  config: Config,
  placementId: string,
  envelope: string,
): { ok: true; url: string } | { ok: false; reason: string } {
  if (!placementId.match(CONFIG_ID_PATTERN)) {
    return {
      ok: false,
      reason: noRefresh(
        'the placement ID must be letters, digits, - and _ (up to 128); check the Placement ID field',
      ),
    };
  }
  const type = config.refreshConsentType;
  // LiveRamp's consent parameters: ct 4 = TCF v2, ct 3 = CCPA (US privacy string), or GPP.
  const consent =
    type === 'gpp'
      ? ['gpp', config.gppString, 'gpp_sid', config.gppSid]
      : type === 'none'
        ? []
        : ['ct', type === 'tcf' ? '4' : '3', 'cv', config.refreshConsentString];
  if (consent.indexOf('') >= 0) {
    return {
      ok: false,
      reason: noRefresh(
        type === 'gpp'
          ? 'GPP consent selected but the GPP string or section ID is empty'
          : (type === 'tcf' ? 'TCF v2' : 'CCPA') +
              ' consent selected but the consent string is empty',
      ),
    };
  }
  const query = ['pid', placementId, 'it', ENVELOPE_TYPE, 'iv', envelope].concat(consent);
  let url = REFRESH_URL;
  for (let i = 0; i < query.length; i += 2) {
    const value = encodeUriComponent(query[i + 1]);
    if (value === undefined) {
      return {
        ok: false,
        reason: noRefresh('a query value cannot be URL-encoded (invalid unicode)'),
      };
    }
    url = url + (i === 0 ? '?' : '&') + query[i] + '=' + value;
  }
  return { ok: true, url: url };
}

/** The user's IP for X-Forwarded-For, when plausible (IPv4 or IPv6): nothing else may reach a header. */
export function userIp(value: unknown): string | undefined {
  const ip = isString(value) ? value.trim() : '';
  return ip.match('^[0-9A-Fa-f:.]{2,45}$') ? ip : undefined;
}

/** The page's origin for Origin (LiveRamp checks it against the placement's approved list). */
export function pageOrigin(url: unknown): string | undefined {
  const parsed = isString(url) && url !== '' ? parseUrl(url) : undefined;
  const ok = parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
  return ok && isString(parsed.origin) && parsed.origin !== '' ? parsed.origin : undefined;
}

/** The first usable type-19 envelope of a 200 answer, or why there is none. */
function envelopeFromBody(body: unknown): { envelope?: string; reason: string } {
  const parsed = isString(body) && body !== '' ? JSON.parse(body) : undefined;
  const list = prop(parsed, 'envelopes');
  let why = 'without a usable type-19 envelope';
  if (!isString(body) || body === '') why = 'with an empty body';
  else if (!isObject(parsed)) why = 'with a body that is not a JSON object';
  else if (!isArray(list)) why = 'without an envelopes list';
  else {
    for (const entry of list) {
      // The documented answer has the number 19; the string "19" is taken as the same type.
      const type = prop(entry, 'type');
      const value = prop(entry, 'value');
      const envelope = isString(value) ? value.trim() : '';
      // Envelopes are a few hundred characters: far larger is not one, and would not fit a cookie.
      if ((typeof type === 'number' || isString(type)) && '' + type === ENVELOPE_TYPE) {
        if (envelope !== '' && envelope.length <= 3000) {
          return { envelope: envelope, reason: 'envelope refreshed' };
        }
      }
    }
  }
  return { reason: 'refresh answered 200 ' + why };
}

/** An answer, or a rejection (`{reason: 'failed' | 'timed_out'}`), as an outcome. */
export function refreshOutcome(
  statusCode: unknown,
  body: unknown,
  failure?: unknown,
): RefreshOutcome {
  let why = 'refresh answered ' + statusCode;
  if (failure !== undefined) {
    why = prop(failure, 'reason') === 'timed_out' ? 'refresh timed out' : 'refresh request failed';
  } else if (statusCode === 204) {
    return { kind: 'expired', reason: 'refresh answered 204: the envelope expired' };
  } else if (statusCode === 200) {
    const found = envelopeFromBody(body);
    if (found.envelope !== undefined) {
      return { kind: 'refreshed', envelope: found.envelope, reason: found.reason };
    }
    why = found.reason;
  }
  return { kind: 'kept', reason: why + '; keeping the old envelope' };
}

// ---- The shared cache: several tags fire per page, and each would otherwise call LiveRamp.

export interface CacheEntry {
  /** `pending` while a call is in flight; concurrent events then send the old envelope. */
  state: 'pending' | 'done';
  outcome?: RefreshOutcome;
  /** When the refresh happened: the timestamp written into the cookie. */
  refreshedAtMs?: number;
  expiresAtMs: number;
}

/**
 * Keyed by a hash of placement and envelope: envelopes are identifiers and must not sit in server
 * memory in clear, and two tags with different placements must not share a result.
 */
export function cacheKey(placementId: string, envelope: string): string {
  return 'lr_env_refresh_' + sha256Sync(placementId + '\n' + envelope, { outputEncoding: 'hex' });
}

/** The stored entry if it is one of ours and still live at `nowMs`; anything else is to be removed. */
export function liveEntry(value: unknown, nowMs: number): CacheEntry | undefined {
  const entry = value as CacheEntry;
  const outcome = prop(value, 'outcome') as RefreshOutcome | undefined;
  const live =
    isObject(value) && typeof entry.expiresAtMs === 'number' && entry.expiresAtMs > nowMs;
  if (live && entry.state === 'pending') return entry;
  const done =
    live &&
    entry.state === 'done' &&
    isObject(outcome) &&
    isString(outcome.reason) &&
    (outcome.kind === 'refreshed'
      ? isString(outcome.envelope) && typeof entry.refreshedAtMs === 'number'
      : outcome.kind === 'expired' || outcome.kind === 'kept');
  return done ? entry : undefined;
}

/**
 * An entry for the call in flight (it outlives the call's timeout by a second, then stops blocking
 * other events even if the call never reported back), or for its outcome, kept for the whole
 * interval, failures included: a LiveRamp outage must not turn into a call per event.
 */
export function cacheEntry(
  nowMs: number,
  lifetimeMs: number,
  outcome?: RefreshOutcome,
): CacheEntry {
  if (!outcome) return { state: 'pending', expiresAtMs: nowMs + lifetimeMs + 1000 };
  const entry: CacheEntry = { state: 'done', outcome: outcome, expiresAtMs: nowMs + lifetimeMs };
  if (outcome.kind === 'refreshed') entry.refreshedAtMs = nowMs;
  return entry;
}

// ---- The `_lr_env` cookie as ATS.js writes it, so ATS.js and Prebid keep reading what the server wrote.

/**
 * ATS.js writes its own library version; when the old cookie had none this one is written.
 * [unsure] No public documentation says whether any reader checks the version.
 */
export const DEFAULT_COOKIE_VERSION = '1.0.0';

export interface CookieOptions {
  domain: string;
  path: string;
  'max-age': number;
  expires?: string;
  secure: boolean;
  samesite: 'Lax';
}

/**
 * base64 of `{"timestamp":<ms>,"version":"…","envelope":"…"}` (ATS.js's key order), URL-encoded once
 * (setCookie is told not to encode again); '' expires the cookie. Standard base64, not the URL-safe
 * alphabet: browser readers decode with `decodeURIComponent` then `atob`, which rejects `-` and `_`.
 * Undefined when the text cannot be encoded (invalid unicode): nothing is written then.
 */
export function envelopeCookieValue(
  envelope: string,
  timestampMs: number,
  version: string | undefined,
): string | undefined {
  const json = JSON.stringify({
    timestamp: timestampMs,
    version: version || DEFAULT_COOKIE_VERSION,
    envelope: envelope,
  });
  return json === undefined ? undefined : encodeUriComponent(toBase64(json));
}

/**
 * Not httpOnly: ATS.js in the browser must read what the server refreshed. `lifetimeDays` 0 gives the
 * options that make the browser drop the cookie (same domain and path, or it would not match).
 */
export function envelopeCookieOptions(domain: string, lifetimeDays: number): CookieOptions {
  const options: CookieOptions = {
    domain: domain,
    path: '/',
    'max-age': floor(lifetimeDays * 86400),
    secure: true,
    samesite: 'Lax',
  };
  if (lifetimeDays === 0) options.expires = 'Thu, 01 Jan 1970 00:00:00 GMT';
  return options;
}
