// The envelope refresh call and its answer, as pure functions: URL, headers, meaning, cache, cookie.
// refresh.ts carries them out through the GTM edge (gtm.ts).
import { JSON, Math, encodeUriComponent, parseUrl, sha256Sync, toBase64 } from 'sgtm';
import type { RefreshConfig } from './config';
import { CONFIG_ID_PATTERN, REFRESH_URL } from './rules';
import { isArray, isObject, isString, prop } from './values';

/** What LiveRamp's answer means for the event. */
export type RefreshOutcome =
  /** 200 with a type-19 envelope: send the new one and write it back to the cookie. */
  | { kind: 'refreshed'; envelope: string; reason: string }
  /** 204: the envelope expired; send without it and expire the cookie. */
  | { kind: 'expired'; reason: string }
  /** Anything else: the old envelope is still the best there is. */
  | { kind: 'kept'; reason: string };

/** LiveRamp's envelope type for regular and CAPI-scoped envelopes (24 would be Meta-scoped). */
const ENVELOPE_TYPE = '19';
// IPv4, IPv6 (with a zone or an embedded IPv4): no other character may reach a header.
const IP_PATTERN = '^[0-9A-Fa-f:.]{2,45}$';
// Envelopes are a few hundred characters; anything far larger is not one and would bloat the cookie
// past what browsers accept (4096 bytes per cookie).
const MAX_ENVELOPE_LENGTH = 3000;
const UNENCODABLE = 'no refresh: a query value cannot be URL-encoded (invalid unicode)';

/** Query values, each URL-encoded; undefined when one cannot be (a lone surrogate). */
function encodeAll(values: string[]): string[] | undefined {
  const out: string[] = [];
  for (const value of values) {
    const encoded = encodeUriComponent(value);
    if (encoded === undefined) return undefined;
    out.push(encoded);
  }
  return out;
}

/** The call's URL, or the reason it must not be made (an empty consent string, say). */
export function refreshUrl(
  settings: RefreshConfig,
  placementId: string,
  envelope: string,
): { ok: true; url: string } | { ok: false; reason: string } {
  if (!placementId.match(CONFIG_ID_PATTERN)) {
    return {
      ok: false,
      reason:
        'no refresh: the placement ID must be letters, digits, - and _ (up to 128); check the Placement ID field',
    };
  }
  const type = settings.consentType;
  let names: string[] = [];
  let values: string[] = [];
  if (type === 'gpp') {
    if (settings.gppString === '' || settings.gppSid === '') {
      return {
        ok: false,
        reason: 'no refresh: GPP consent selected but the GPP string or section ID is empty',
      };
    }
    names = ['gpp', 'gpp_sid'];
    values = [settings.gppString, settings.gppSid];
  } else if (type !== 'none') {
    if (settings.consentString === '') {
      return {
        ok: false,
        reason:
          'no refresh: ' +
          (type === 'tcf' ? 'TCF v2' : 'CCPA') +
          ' consent selected but the consent string is empty',
      };
    }
    // LiveRamp's consent types: 4 = TCF v2, 3 = CCPA (US privacy string).
    names = ['ct', 'cv'];
    values = [type === 'tcf' ? '4' : '3', settings.consentString];
  }
  const encoded = encodeAll([placementId, envelope].concat(values));
  if (encoded === undefined) return { ok: false, reason: UNENCODABLE };
  let url = REFRESH_URL + '?pid=' + encoded[0] + '&it=' + ENVELOPE_TYPE + '&iv=' + encoded[1];
  for (let i = 0; i < names.length; i++) url = url + '&' + names[i] + '=' + encoded[i + 2];
  return { ok: true, url: url };
}

/** The user's IP for X-Forwarded-For: `ip_override`, else the remote address, when plausible. */
export function userIp(value: unknown): string | undefined {
  const ip = isString(value) ? value.trim() : '';
  return ip.match(IP_PATTERN) ? ip : undefined;
}

/** The page's origin for Origin (LiveRamp checks it against the placement's approved list). */
export function pageOrigin(url: unknown): string | undefined {
  const parsed = isString(url) && url !== '' ? parseUrl(url) : undefined;
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return undefined;
  return isString(parsed.origin) && parsed.origin !== '' ? parsed.origin : undefined;
}

function envelopeFromBody(body: unknown): { envelope?: string; reason: string } {
  if (!isString(body) || body === '') return { reason: 'refresh answered 200 with an empty body' };
  const parsed = JSON.parse(body);
  if (!isObject(parsed)) {
    return { reason: 'refresh answered 200 with a body that is not a JSON object' };
  }
  if (!isArray(parsed.envelopes)) {
    return { reason: 'refresh answered 200 without an envelopes list' };
  }
  for (const entry of parsed.envelopes) {
    const type = prop(entry, 'type');
    // The documented answer has the number 19; the string "19" is taken as the same type.
    if ((typeof type !== 'number' && !isString(type)) || '' + type !== ENVELOPE_TYPE) continue;
    const value = prop(entry, 'value');
    const envelope = isString(value) ? value.trim() : '';
    if (envelope !== '' && envelope.length <= MAX_ENVELOPE_LENGTH) {
      return { envelope: envelope, reason: 'envelope refreshed' };
    }
  }
  return { reason: 'refresh answered 200 without a usable type-19 envelope' };
}

/** An answer, or a rejection (`{reason: 'failed' | 'timed_out'}`), as an outcome. */
export function refreshOutcome(
  statusCode: unknown,
  body: unknown,
  failure?: unknown,
): RefreshOutcome {
  if (failure !== undefined) {
    return {
      kind: 'kept',
      reason:
        prop(failure, 'reason') === 'timed_out'
          ? 'refresh timed out; keeping the old envelope'
          : 'refresh request failed; keeping the old envelope',
    };
  }
  if (statusCode === 204)
    return { kind: 'expired', reason: 'refresh answered 204: the envelope expired' };
  if (statusCode !== 200) {
    return {
      kind: 'kept',
      reason: 'refresh answered ' + statusCode + '; keeping the old envelope',
    };
  }
  const found = envelopeFromBody(body);
  return found.envelope !== undefined
    ? { kind: 'refreshed', envelope: found.envelope, reason: found.reason }
    : { kind: 'kept', reason: found.reason + '; keeping the old envelope' };
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

// A pending entry outlives its call's timeout by this much, then stops blocking other events even if
// the call never reported back (the sandbox drops promises after 5 seconds).
const PENDING_MARGIN_MS = 1000;

/**
 * Keyed by a hash of placement and envelope: envelopes are identifiers and must not sit in server
 * memory in clear, and two tags with different placements must not share a result.
 */
export function cacheKey(placementId: string, envelope: string): string {
  return 'lr_env_refresh_' + sha256Sync(placementId + '\n' + envelope, { outputEncoding: 'hex' });
}

/** The stored entry if it is one of ours and still live at `nowMs`; anything else is to be removed. */
export function liveEntry(value: unknown, nowMs: number): CacheEntry | undefined {
  if (!isObject(value)) return undefined;
  const entry = value as unknown as CacheEntry;
  if (typeof entry.expiresAtMs !== 'number' || entry.expiresAtMs <= nowMs) return undefined;
  if (entry.state === 'pending') return entry;
  const outcome = entry.outcome;
  if (entry.state !== 'done' || !isObject(outcome) || !isString(outcome.reason)) return undefined;
  if (outcome.kind === 'refreshed') {
    return isString(outcome.envelope) && typeof entry.refreshedAtMs === 'number'
      ? entry
      : undefined;
  }
  return outcome.kind === 'expired' || outcome.kind === 'kept' ? entry : undefined;
}

export function pendingEntry(nowMs: number, timeoutMs: number): CacheEntry {
  return { state: 'pending', expiresAtMs: nowMs + timeoutMs + PENDING_MARGIN_MS };
}

/**
 * Every outcome is kept for the whole interval, failures included: at most one call per envelope per
 * interval, and a LiveRamp outage does not turn into a call per event.
 */
export function doneEntry(outcome: RefreshOutcome, nowMs: number, intervalMs: number): CacheEntry {
  const entry: CacheEntry = { state: 'done', outcome: outcome, expiresAtMs: nowMs + intervalMs };
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
 * (setCookie is told not to encode again). Standard base64, not the URL-safe alphabet: browser
 * readers decode with `decodeURIComponent` then `atob`, which rejects `-` and `_`. Undefined when the
 * text cannot be encoded (invalid unicode): nothing is written then.
 */
export function envelopeCookieValue(
  envelope: string,
  timestampMs: number,
  version: string | undefined,
): string | undefined {
  const json = JSON.stringify({
    timestamp: timestampMs,
    version: version ? version : DEFAULT_COOKIE_VERSION,
    envelope: envelope,
  });
  return json === undefined ? undefined : encodeUriComponent(toBase64(json));
}

/**
 * Not httpOnly: ATS.js in the browser must read what the server refreshed. `lifetimeDays` 0 gives
 * options that make the browser drop the cookie (same domain and path, or it would not match).
 */
export function envelopeCookieOptions(domain: string, lifetimeDays: number): CookieOptions {
  const options: CookieOptions = {
    domain: domain,
    path: '/',
    'max-age': Math.floor(lifetimeDays * 86400),
    secure: true,
    samesite: 'Lax',
  };
  if (lifetimeDays === 0) options.expires = 'Thu, 01 Jan 1970 00:00:00 GMT';
  return options;
}
