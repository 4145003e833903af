// The envelope refresh: decided once per firing, at most one call per envelope and interval.
// A due refresh checks the shared cache, calls LiveRamp, writes the cookie back and reports exactly once
// which envelope the event carries. It never throws and never holds the send back for long.

import type { Config } from './config';
import { floor } from './numbers';
import { signalOn } from './consent';
import type { Envelope } from './envelope';
import type { Request } from './event';
import * as gtm from './gtm';
import {
  cacheEntry,
  cacheKey,
  envelopeCookieOptions,
  envelopeCookieValue,
  liveEntry,
  noRefresh,
  pageOrigin,
  refreshOutcome,
  refreshUrl,
  userIp,
} from './refresh-call';
import type { RefreshOutcome } from './refresh-call';
import { REFRESH_URL } from './rules';
import { prop } from './values';

/**
 * Whether to refresh, and why. `quiet` decisions are the everyday case (off, fresh, nothing to
 * refresh) and are not logged; every other one is.
 */
export interface RefreshDecision {
  due: boolean;
  quiet: boolean;
  reason: string;
}

export interface RefreshResult {
  /** What the event sends as partner_id: the new envelope, the old one, or none after a 204. */
  envelope: string | undefined;
  action: 'skipped' | 'refreshed' | 'expired' | 'kept';
  /** Where the answer came from: this event's call, the shared cache, or nowhere. */
  source: 'call' | 'cache' | 'none';
  cookie: 'written' | 'expired' | 'none' | 'not permitted';
  /** For the log line; never contains the envelope. */
  reason: string;
}

function minutes(ms: number): string {
  return floor(ms / 60000) + ' minutes old (refresh after ';
}

/**
 * Staleness comes first, so the everyday fresh envelope costs nothing more; then the opt-outs: a
 * refresh extends the user's identity, so no old timestamp may override one of them.
 */
export function refreshDecision(
  config: Config,
  request: Request,
  envelope: Envelope | undefined,
  consentDenied: boolean,
): RefreshDecision {
  const quiet = (why: string) => ({ due: false, quiet: true, reason: why });
  const refused = (why: string) => ({ due: false, quiet: false, reason: noRefresh(why) });
  if (!config.refreshEnvelope) return quiet('refresh disabled');
  if (config.dryRun) return quiet('dry run: no refresh call');
  if (!envelope) return quiet('no envelope to refresh');
  const afterMs = config.refreshAfterMinutes * 60000;
  const after = floor(afterMs / 60000) + ')';
  const ts = envelope.timestampMs;
  const age = ts === undefined ? 0 : request.nowMs - ts;
  let reason = 'envelope has no timestamp';
  // A timestamp far in the future is a broken or forged cookie: trusting it would stop refreshes for
  // good, so it counts as stale. Small clock skew is tolerated.
  if (ts !== undefined && age < -afterMs) reason = 'envelope timestamp is in the future';
  else if (ts !== undefined && age >= afterMs) reason = 'envelope is ' + minutes(age) + after;
  else if (ts !== undefined)
    return quiet('envelope is fresh: ' + minutes(age < 0 ? 0 : age) + after);
  // Whatever the tag's consent mode: "ignore consent" for sending does not extend the identity.
  if (consentDenied) return refused('ad_storage consent denied');
  if (signalOn(request.header('sec-gpc'))) return refused('the request carries Sec-GPC: 1');
  if (signalOn(request.header('dnt'))) return refused('the request carries DNT: 1');
  return { due: true, quiet: false, reason: reason };
}

/** A permission the refresh needs was edited away: say which, and where to restore it. */
function permissionMissing(what: string): string {
  return noRefresh(
    "the template's " +
      what +
      ' permission is missing; restore it (Templates > this template > Permissions)',
  );
}

/**
 * Runs a due refresh (`cause` says why it is due); `done` is called exactly once. The envelope came
 * from the cookie it is written back to, or from a field (nothing to write back then).
 */
export function refreshEnvelope(
  config: Config,
  request: Request,
  envelope: Envelope,
  cause: string,
  done: (result: RefreshResult) => void,
): void {
  const old = envelope.envelope;
  const cookieName = config.envelopeSource === 'cookie' ? config.envelopeCookieName : undefined;
  let finished = false;
  const finish = (result: RefreshResult) => {
    // A promise chain can in principle report twice (a throwing handler reaches `catch`); the event
    // must still be sent exactly once.
    if (finished) return;
    finished = true;
    if (result.cookie === 'not permitted') {
      result.reason +=
        '; cookie ' +
        cookieName +
        ' not written: add it to the set_cookies permission or use the cookie name _lr_env';
    }
    done(result);
  };
  const skip = (reason: string) =>
    finish({ envelope: old, action: 'skipped', source: 'none', cookie: 'none', reason: reason });

  const apply = (outcome: RefreshOutcome, refreshedAtMs: number, source: 'call' | 'cache') => {
    const reason = cause + '; ' + outcome.reason + (source === 'cache' ? ' (cached)' : '');
    const kept = outcome.kind === 'kept';
    const renewed = outcome.kind === 'refreshed' ? outcome.envelope : undefined;
    const value = renewed ? envelopeCookieValue(renewed, refreshedAtMs, envelope.version) : '';
    let cookie: RefreshResult['cookie'] = 'none';
    if (!kept && cookieName !== undefined && value !== undefined) {
      const options = envelopeCookieOptions(
        config.cookieDomain,
        renewed ? config.cookieLifetimeDays : 0,
      );
      cookie = !gtm.writeCookie(cookieName, value, options)
        ? 'not permitted'
        : renewed
          ? 'written'
          : 'expired';
    }
    const sent = kept ? old : renewed;
    finish({
      envelope: sent,
      action: outcome.kind,
      source: source,
      cookie: cookie,
      reason: reason,
    });
  };

  // A user may edit the template's permissions; a refused API would throw and end the tag without a
  // callback, so each is asked first and a refusal only costs the refresh.
  if (!gtm.allowed('access_template_storage')) {
    return skip(permissionMissing('access_template_storage'));
  }
  const placementId = config.placementId || (config.atsConfigId as string).trim();
  const key = cacheKey(placementId, old);
  const stored = gtm.cache.read(key);
  const entry = liveEntry(stored, request.nowMs);
  if (stored !== undefined && stored !== null && !entry) gtm.cache.remove(key);
  if (entry && entry.outcome) return apply(entry.outcome, entry.refreshedAtMs as number, 'cache');
  if (entry) return skip(cause + '; a refresh of this envelope is in flight: sending it as is');

  const call = refreshUrl(config, placementId, old);
  if (!call.ok) return skip(call.reason);
  const ip = userIp(prop(request.event, 'ip_override')) || userIp(request.remoteAddress());
  if (!ip) return skip(noRefresh('no user IP (ip_override or remote address) for X-Forwarded-For'));
  const origin =
    pageOrigin(prop(request.event, 'page_location')) || pageOrigin(request.header('referer'));
  if (!origin) return skip(noRefresh('no page origin (page_location or Referer) for Origin'));
  if (!gtm.allowed('send_http', call.url)) {
    return skip(permissionMissing('send_http (' + REFRESH_URL + '*)'));
  }

  const now = request.nowMs;
  const intervalMs = config.refreshAfterMinutes * 60000;
  gtm.cache.write(key, cacheEntry(now, config.refreshTimeoutMs));
  gtm
    .get(call.url, { 'X-Forwarded-For': ip, Origin: origin }, config.refreshTimeoutMs)
    .then(
      (response) => refreshOutcome(response.statusCode, response.body),
      (failure: unknown) => refreshOutcome(undefined, undefined, failure || {}),
    )
    .then((outcome: RefreshOutcome) => {
      gtm.cache.write(key, cacheEntry(now, intervalMs, outcome));
      apply(outcome, now, 'call');
    })
    // Should anything above fail at run time, the event still goes out (once: `finish` guards).
    .catch(() => skip(cause + '; the refresh step failed: sending the old envelope'));
}
