// The ATS envelope refresh.
// Decided once per firing; at most one call per envelope and interval, shared through the template's
// storage by every tag on the server. It reports exactly once which envelope the event carries, never
// throws, and holds the send back no longer than its timeout.
import { JSON, encodeUriComponent, parseUrl, sha256Sync, toBase64 } from 'sgtm';
import type { Config } from './config';
import { signalOn } from './consent';
import type { Envelope } from './envelope';
import type { Request } from './types';
import * as gtm from './gtm';
import { floor } from './numbers';
import { CONFIG_ID_PATTERN, REFRESH_URL } from './rules';
import { isArray, isFiniteNumber, isObject, isString, prop, stringOf } from './values';

/** What LiveRamp's answer means: send the new envelope, none (204: it expired), or keep the old one. */
export interface Outcome {
  kind: 'refreshed' | 'expired' | 'kept';
  reason: string;
  /** The new partnerId; named `envelope` because outcomes are stored in the shared cache as such. */
  envelope?: string;
}

/** Whether to refresh, and why; `quiet` decisions (off, fresh, nothing to refresh) are not logged. */
export interface Decision {
  due: boolean;
  quiet: boolean;
  reason: string;
}

export interface RefreshResult {
  /** What the event sends as partner_id: the new envelope, the old one, or none after a 204. */
  partnerId?: string;
  action: 'skipped' | Outcome['kind'];
  /** Where the answer came from: this event's call, the shared cache, or nowhere. */
  source: 'call' | 'cache' | 'none';
  cookie: 'written' | 'expired' | 'none' | 'not permitted';
  /** For the log line; never contains the envelope. */
  reason: string;
}

/** A cache entry: `pending` while a call is in flight (other events send the old envelope meanwhile). */
export interface CacheEntry {
  state: 'pending' | 'done';
  outcome?: Outcome;
  /** When the refresh happened: the timestamp written into the cookie. */
  refreshedAtMs?: number;
  expiresAtMs: number;
}

/** LiveRamp's envelope type for regular and CAPI-scoped envelopes (24 would be Meta-scoped). */
const TYPE_19 = '19';

function age(ms: number, afterMs: number): string {
  return floor(ms / 60000) + ' minutes old (refresh after ' + floor(afterMs / 60000) + ')';
}

/**
 * Staleness first, so the everyday fresh envelope costs nothing more; then the opt-outs: a refresh
 * extends the user's identity, so no old timestamp may override one of them.
 */
export function refreshDecision(
  cfg: Config,
  req: Request,
  envelope: Envelope | undefined,
  consentDenied: boolean,
): Decision {
  const refused = (why: string) => ({ due: false, quiet: false, reason: 'no refresh: ' + why }),
    afterMs = cfg.refreshAfterMinutes * 60000,
    ts = envelope && envelope.timestampMs,
    ms = req.nowMs - (ts as number),
    // A timestamp far in the future is a broken or forged cookie: trusting it would stop refreshes for
    // good, so it counts as stale. Small clock skew is tolerated.
    reason =
      ts === undefined
        ? 'envelope has no timestamp'
        : ms < -afterMs
          ? 'envelope timestamp is in the future'
          : ms >= afterMs
            ? 'envelope is ' + age(ms, afterMs)
            : '',
    quiet = !cfg.refreshEnvelope
      ? 'refresh disabled'
      : cfg.dryRun
        ? 'dry run: no refresh call'
        : !envelope
          ? 'no envelope to refresh'
          : !reason
            ? 'envelope is fresh: ' + age(ms < 0 ? 0 : ms, afterMs)
            : '';
  if (quiet) return { due: false, quiet: true, reason: quiet };
  // Whatever the tag's consent mode: "ignore consent" for sending does not extend the identity.
  if (consentDenied) return refused('ad_storage consent denied');
  if (signalOn(req.header('sec-gpc'))) return refused('the request carries Sec-GPC: 1');
  if (signalOn(req.header('dnt'))) return refused('the request carries DNT: 1');
  return { due: true, quiet: false, reason: reason };
}

/** The call's URL, or why it must not be made (a placement ID it cannot name, a missing consent). */
export function refreshUrl(
  cfg: Config,
  placementId: string,
  envelope: string,
): { url?: string; reason?: string } {
  const type = cfg.refreshConsentType;
  // LiveRamp's consent parameters: ct 4 = TCF v2, ct 3 = CCPA (US privacy string), or GPP.
  const consent =
    type === 'gpp'
      ? ['gpp', cfg.gppString, 'gpp_sid', cfg.gppSid]
      : type === 'none'
        ? []
        : ['ct', type === 'tcf' ? '4' : '3', 'cv', cfg.refreshConsentString];
  if (!placementId.match(CONFIG_ID_PATTERN)) {
    return {
      reason:
        'no refresh: the placement ID must be letters, digits, - and _ (up to 128); check the Placement ID field',
    };
  }
  if (consent.indexOf('') >= 0) {
    const what =
      type === 'gpp'
        ? 'GPP consent selected but the GPP string or section ID'
        : (type === 'tcf' ? 'TCF v2' : 'CCPA') + ' consent selected but the consent string';
    return { reason: 'no refresh: ' + what + ' is empty' };
  }
  const query = ['pid', placementId, 'it', TYPE_19, 'iv', envelope].concat(consent);
  let url = REFRESH_URL;
  for (let i = 0; i < query.length; i += 2) {
    const value = encodeUriComponent(query[i + 1]);
    if (value === undefined)
      return { reason: 'no refresh: a query value cannot be URL-encoded (invalid unicode)' };
    url = url + (i ? '&' : '?') + query[i] + '=' + value;
  }
  return { url: url };
}

/** The user's IP for X-Forwarded-For, when plausible (IPv4 or IPv6): nothing else may reach a header. */
export function userIp(value: unknown): string | undefined {
  const ip = isString(value) ? value.trim() : '';
  return ip.match('^[0-9A-Fa-f:.]{2,45}$') ? ip : undefined;
}

/** The page's origin for Origin (LiveRamp checks it against the placement's approved list). */
export function pageOrigin(url: unknown): string | undefined {
  const parsed = isString(url) && url !== '' ? parseUrl(url) : undefined;
  const web = parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
  return web && isString(parsed.origin) && parsed.origin !== '' ? parsed.origin : undefined;
}

/** An answer, or a rejection (`{reason: 'failed' | 'timed_out'}`), as an outcome. */
export function refreshOutcome(statusCode: unknown, body: unknown, failure?: unknown): Outcome {
  const kept = (why: string): Outcome => ({
    kind: 'kept',
    reason: why + '; keeping the old envelope',
  });
  const answered = 'refresh answered ' + statusCode;
  if (failure !== undefined) {
    return kept(
      prop(failure, 'reason') === 'timed_out' ? 'refresh timed out' : 'refresh request failed',
    );
  }
  if (statusCode === 204) return { kind: 'expired', reason: answered + ': the envelope expired' };
  if (statusCode !== 200) return kept(answered);
  if (!isString(body) || body === '') return kept(answered + ' with an empty body');
  const parsed = JSON.parse(body);
  const list = prop(parsed, 'envelopes');
  if (!isObject(parsed)) return kept(answered + ' with a body that is not a JSON object');
  if (!isArray(list)) return kept(answered + ' without an envelopes list');
  for (const entry of list) {
    // The documented answer has the number 19; the string "19" counts as the same type.
    const type = prop(entry, 'type');
    const envelope = stringOf(prop(entry, 'value'));
    // Envelopes are a few hundred characters: far larger is not one, and would not fit a cookie.
    if (envelope && envelope.length <= 3000 && (type === 19 || type === TYPE_19)) {
      return { kind: 'refreshed', reason: 'envelope refreshed', envelope: envelope };
    }
  }
  return kept(answered + ' without a usable type-19 envelope');
}

/**
 * The cache key: a hash of placement and envelope, since envelopes are identifiers that must not sit in
 * server memory in clear, and two placements must not share an answer.
 */
export function cacheKey(placementId: string, envelope: string): string {
  return 'lr_env_refresh_' + sha256Sync(placementId + '\n' + envelope, { outputEncoding: 'hex' });
}

/** The stored entry if it is one of ours and still live at `nowMs`; anything else is to be removed. */
export function liveEntry(value: unknown, nowMs: number): CacheEntry | undefined {
  const entry = value as CacheEntry;
  const outcome = prop(value, 'outcome') as Outcome;
  if (!isObject(value) || !isFiniteNumber(entry.expiresAtMs) || entry.expiresAtMs <= nowMs) {
    return undefined;
  }
  if (entry.state === 'pending') return entry;
  const kind = isObject(outcome) && isString(outcome.reason) ? outcome.kind : undefined;
  const refreshed =
    kind === 'refreshed' && isString(outcome.envelope) && typeof entry.refreshedAtMs === 'number';
  return entry.state === 'done' && (refreshed || kind === 'expired' || kind === 'kept')
    ? entry
    : undefined;
}

/**
 * The entry for a call in flight (it outlives the call's timeout by a second, then stops blocking other
 * events even if the call never reported back), or for its outcome, kept for the whole interval,
 * failures included: a LiveRamp outage must not turn into a call per event.
 */
export function cacheEntry(nowMs: number, lifetimeMs: number, outcome?: Outcome): CacheEntry {
  if (!outcome) return { state: 'pending', expiresAtMs: nowMs + lifetimeMs + 1000 };
  const entry: CacheEntry = { state: 'done', outcome: outcome, expiresAtMs: nowMs + lifetimeMs };
  if (outcome.kind === 'refreshed') entry.refreshedAtMs = nowMs;
  return entry;
}

/**
 * The `_lr_env` cookie as ATS.js writes it, so ATS.js and Prebid keep reading what the server wrote:
 * base64 of `{"timestamp":<ms>,"version":"…","envelope":"…"}` (ATS.js's key order), URL-encoded once
 * (setCookie is told not to encode again). Standard base64, not the URL-safe alphabet: browsers decode
 * with `decodeURIComponent` then `atob`, which rejects `-` and `_`. ATS.js writes its own version; a
 * cookie without one gets 1.0.0 [unsure: no public documentation says whether any reader checks it].
 * Undefined when the text cannot be encoded (invalid unicode): nothing is written then.
 */
export function cookieValue(
  envelope: string,
  timestampMs: number,
  version: string | undefined,
): string | undefined {
  const json = JSON.stringify({
    timestamp: timestampMs,
    version: version || '1.0.0',
    envelope: envelope,
  });
  return json === undefined ? undefined : encodeUriComponent(toBase64(json));
}

/**
 * Not httpOnly: ATS.js in the browser reads what the server refreshed. `lifetimeDays` 0 makes the
 * browser drop the cookie (same domain and path, or it would not match).
 */
export function cookieOptions(domain: string, lifetimeDays: number): gtm.CookieOptions {
  const options: gtm.CookieOptions = {
    domain: domain,
    path: '/',
    'max-age': floor(lifetimeDays * 86400),
    secure: true,
    samesite: 'Lax',
  };
  if (!lifetimeDays) options.expires = 'Thu, 01 Jan 1970 00:00:00 GMT';
  return options;
}

/** No refresh happened: the event sends the envelope it has. */
export const skipped = (partnerId: string | undefined, reason: string): RefreshResult => ({
  partnerId: partnerId,
  action: 'skipped',
  source: 'none',
  cookie: 'none',
  reason: reason,
});

/** A permission the refresh needs was edited away: say which, and where to restore it. */
function permissionMissing(what: string): string {
  return (
    "no refresh: the template's " +
    what +
    ' permission is missing; restore it (Templates > this template > Permissions)'
  );
}

/**
 * Runs a due refresh (`cause` says why it is due) for the placement (the admitted configuration ID
 * unless the Placement ID field names another); `done` gets the result exactly once. The envelope came
 * from the cookie it is written back to, or from a field (nothing to write back then).
 */
export function refreshEnvelope(
  cfg: Config,
  req: Request,
  configId: string,
  envelope: Envelope,
  cause: string,
  done: (result: RefreshResult) => void,
): void {
  const old = envelope.partnerId;
  const skip = (reason: string) => done(skipped(old, reason));
  /** What an outcome means for the event, with the cookie written back or expired. */
  const apply = (outcome: Outcome, refreshedAtMs: number, source: 'call' | 'cache') => {
    const renewed = outcome.envelope;
    const name = cfg.envelopeCookieName;
    const value = renewed ? cookieValue(renewed, refreshedAtMs, envelope.version) : '';
    const result: RefreshResult = {
      partnerId: outcome.kind === 'kept' ? old : renewed,
      action: outcome.kind,
      source: source,
      cookie: 'none',
      reason: cause + '; ' + outcome.reason + (source === 'cache' ? ' (cached)' : ''),
    };
    if (outcome.kind !== 'kept' && cfg.envelopeSource === 'cookie' && value !== undefined) {
      const options = cookieOptions(cfg.cookieDomain, renewed ? cfg.cookieLifetimeDays : 0);
      result.cookie = !gtm.writeCookie(name, value, options)
        ? 'not permitted'
        : renewed
          ? 'written'
          : 'expired';
    }
    if (result.cookie === 'not permitted') {
      result.reason +=
        '; cookie ' +
        name +
        ' not written: add it to the set_cookies permission or use the cookie name _lr_env';
    }
    return result;
  };

  // A user may edit the template's permissions; a refused API would throw and end the tag without a
  // callback, so each is asked first and a refusal only costs the refresh.
  if (!gtm.queryPermission('access_template_storage')) {
    return skip(permissionMissing('access_template_storage'));
  }
  const placementId = cfg.placementId || configId;
  const key = cacheKey(placementId, old);
  const stored = gtm.templateDataStorage.getItemCopy(key);
  const entry = liveEntry(stored, req.nowMs);
  if (stored !== undefined && stored !== null && !entry) gtm.templateDataStorage.removeItem(key);
  if (entry && entry.outcome) return done(apply(entry.outcome, entry.refreshedAtMs!, 'cache'));
  if (entry) return skip(cause + '; a refresh of this envelope is in flight: sending it as is');
  const call = refreshUrl(cfg, placementId, old);
  const ip = userIp(req.event.ip_override) || userIp(req.remoteAddress());
  const origin = pageOrigin(req.event.page_location) || pageOrigin(req.header('referer'));
  if (!call.url) return skip(call.reason!);
  if (!ip)
    return skip('no refresh: no user IP (ip_override or remote address) for X-Forwarded-For');
  if (!origin) return skip('no refresh: no page origin (page_location or Referer) for Origin');
  if (!gtm.queryPermission('send_http', call.url)) {
    return skip(permissionMissing('send_http (' + REFRESH_URL + '*)'));
  }

  const now = req.nowMs;
  gtm.templateDataStorage.setItemCopy(key, cacheEntry(now, cfg.refreshTimeoutMs));
  gtm
    .get(call.url, { 'X-Forwarded-For': ip, Origin: origin }, cfg.refreshTimeoutMs)
    .then(
      (response) => refreshOutcome(response.statusCode, response.body),
      (failure: unknown) => refreshOutcome(undefined, undefined, failure || {}),
    )
    .then((outcome: Outcome) => {
      gtm.templateDataStorage.setItemCopy(
        key,
        cacheEntry(now, cfg.refreshAfterMinutes * 60000, outcome),
      );
      return apply(outcome, now, 'call');
    })
    // Should anything above fail at run time, the event still goes out with the old envelope; `done`
    // runs outside the chain, so a failure of the send itself is not mistaken for one of the refresh.
    .catch(() => skipped(old, cause + '; the refresh step failed: sending the old envelope'))
    .then(done);
}
