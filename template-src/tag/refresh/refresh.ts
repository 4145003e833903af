// The refresh step: decides, consults the cache, calls LiveRamp at most once, writes the cookie back,
// and reports exactly once which envelope the event should carry. It never throws and never blocks
// the send: every path ends in `done`.
import { queryPermission, sendHttpRequest, setCookie } from 'sgtm';
import {
  readRefreshCache,
  markRefreshPending,
  refreshCacheKey,
  storeRefreshOutcome,
} from './cache';
import { envelopeCookieOptions, envelopeCookieValue, expireCookieOptions } from './cookie';
import { refreshDecision } from './decision';
import { REFRESH_ENDPOINT, refreshHeaders, refreshUrl } from './request';
import { interpretRefreshFailure, interpretRefreshResponse } from './response';
import type { RefreshOutcome } from './response';
import type { RefreshSettings } from './settings';

export interface RefreshInput {
  settings: RefreshSettings;
  envelope: string | undefined;
  timestampMs: number | undefined;
  version: string | undefined;
  /** The cookie the envelope was read from; undefined when it came from a value (no write-back). */
  cookieName: string | undefined;
  nowMs: number;
  dryRun: boolean;
  consentDenied: boolean;
  gpc: boolean;
  dnt: boolean;
  /** The user's IP (see `userIp`), sent as X-Forwarded-For. */
  ip: string | undefined;
  /** The page's origin (see `pageOrigin`), sent as Origin. */
  origin: string | undefined;
}

export interface RefreshResult {
  /** What the event sends as partner_id: the new envelope, the old one, or none after a 204. */
  envelope: string | undefined;
  /** skipped: no call was due or possible; the others say what LiveRamp's answer meant. */
  action: 'skipped' | 'refreshed' | 'expired' | 'kept';
  /** Where the answer came from: this event's call, the shared cache, or nowhere (skipped). */
  source: 'call' | 'cache' | 'none';
  cookie: 'written' | 'expired' | 'none' | 'not permitted';
  /** For the log line; never contains the envelope. */
  reason: string;
}

/** A permission the refresh needs was edited away: say which, and where to restore it. */
function permissionMissing(what: string): string {
  return (
    "no refresh: the template's " +
    what +
    ' permission is missing; restore it (Templates > this template > Permissions)'
  );
}

function skipped(input: RefreshInput, reason: string): RefreshResult {
  return { envelope: input.envelope, action: 'skipped', source: 'none', cookie: 'none', reason };
}

function writeCookie(
  name: string,
  value: string,
  options: ReturnType<typeof envelopeCookieOptions>,
): 'ok' | 'not permitted' {
  // The envelope cookie name is a field; the permission lists only the names the template
  // declares, so a custom name is checked instead of letting setCookie throw.
  if (!queryPermission('set_cookies', name, options)) return 'not permitted';
  setCookie(name, value, options, true);
  return 'ok';
}

function applyOutcome(
  input: RefreshInput,
  outcome: RefreshOutcome,
  refreshedAtMs: number | undefined,
  source: 'call' | 'cache',
): RefreshResult {
  const name = input.cookieName;
  const suffix = source === 'cache' ? ' (cached)' : '';
  if (outcome.kind === 'refreshed') {
    let cookie: RefreshResult['cookie'] = 'none';
    if (name !== undefined) {
      const value = envelopeCookieValue(
        outcome.envelope,
        refreshedAtMs === undefined ? input.nowMs : refreshedAtMs,
        input.version,
      );
      const options = envelopeCookieOptions(
        input.settings.cookieDomain,
        input.settings.cookieLifetimeDays,
      );
      if (value !== undefined) {
        cookie = writeCookie(name, value, options) === 'ok' ? 'written' : 'not permitted';
      }
    }
    return {
      envelope: outcome.envelope,
      action: 'refreshed',
      source,
      cookie,
      reason: outcome.reason + suffix,
    };
  }
  if (outcome.kind === 'expired') {
    let cookie: RefreshResult['cookie'] = 'none';
    if (name !== undefined) {
      const expired = writeCookie(name, '', expireCookieOptions(input.settings.cookieDomain));
      cookie = expired === 'ok' ? 'expired' : 'not permitted';
    }
    return {
      envelope: undefined,
      action: 'expired',
      source,
      cookie,
      reason: outcome.reason + suffix,
    };
  }
  return {
    envelope: input.envelope,
    action: 'kept',
    source,
    cookie: 'none',
    reason: outcome.reason + suffix,
  };
}

function notPermittedNote(result: RefreshResult, name: string | undefined): RefreshResult {
  if (result.cookie !== 'not permitted') return result;
  result.reason =
    result.reason +
    '; cookie ' +
    name +
    ' not written: add it to the set_cookies permission or use the cookie name _lr_env';
  return result;
}

/** Prefixes why the refresh was due, so one log line tells the whole story. */
function withCause(cause: string, result: RefreshResult): RefreshResult {
  result.reason = cause + '; ' + result.reason;
  return result;
}

export function refreshEnvelope(input: RefreshInput, done: (result: RefreshResult) => void): void {
  let finished = false;
  const finish = (result: RefreshResult) => {
    // A promise chain can in principle report twice (a throwing handler reaches `catch`);
    // the event must still be sent exactly once.
    if (finished) return;
    finished = true;
    done(notPermittedNote(result, input.cookieName));
  };

  const decision = refreshDecision({
    enabled: input.settings.enabled,
    dryRun: input.dryRun,
    consentDenied: input.consentDenied,
    gpc: input.gpc,
    dnt: input.dnt,
    envelope: input.envelope,
    timestampMs: input.timestampMs,
    nowMs: input.nowMs,
    refreshAfterMs: input.settings.refreshAfterMs,
  });
  if (!decision.due) return finish(skipped(input, decision.reason));
  const envelope = input.envelope as string;

  // A user may edit the template's permissions; a refused API would throw and end the tag without a
  // callback, so both are asked first and a refusal only costs the refresh.
  if (!queryPermission('access_template_storage')) {
    return finish(skipped(input, permissionMissing('access_template_storage')));
  }
  const key = refreshCacheKey(input.settings.placementId, envelope);
  const cached = readRefreshCache(key, input.nowMs);
  if (cached !== undefined) {
    if (cached.state === 'pending' || cached.outcome === undefined) {
      return finish(
        skipped(
          input,
          decision.reason + '; a refresh of this envelope is in flight: sending it as is',
        ),
      );
    }
    return finish(
      withCause(
        decision.reason,
        applyOutcome(input, cached.outcome, cached.refreshedAtMs, 'cache'),
      ),
    );
  }

  const url = refreshUrl(input.settings, envelope);
  if (!url.ok) return finish(skipped(input, url.reason));
  if (input.ip === undefined) {
    return finish(
      skipped(input, 'no refresh: no user IP (ip_override or remote address) for X-Forwarded-For'),
    );
  }
  if (input.origin === undefined) {
    return finish(
      skipped(input, 'no refresh: no page origin (page_location or Referer) for Origin'),
    );
  }

  if (!queryPermission('send_http', url.url)) {
    return finish(skipped(input, permissionMissing('send_http (' + REFRESH_ENDPOINT + '*)')));
  }

  markRefreshPending(key, input.nowMs, input.settings.timeoutMs);
  sendHttpRequest(url.url, {
    method: 'GET',
    headers: refreshHeaders(input.ip, input.origin),
    timeout: input.settings.timeoutMs,
  })
    .then((response) => interpretRefreshResponse(response.statusCode, response.body))
    .catch((rejection: unknown) => interpretRefreshFailure(rejection))
    .then((outcome: RefreshOutcome) => {
      const entry = storeRefreshOutcome(key, outcome, input.nowMs, input.settings.refreshAfterMs);
      finish(withCause(decision.reason, applyOutcome(input, outcome, entry.refreshedAtMs, 'call')));
    })
    // Should anything above fail at run time, the event still goes out (once: `finish` guards).
    .catch(() =>
      finish(
        skipped(input, decision.reason + '; the refresh step failed: sending the old envelope'),
      ),
    );
}
