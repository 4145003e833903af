// The refresh step of one tag firing: gathers what the refresh needs from the tag's settings, the
// event and the request, and runs it. The tag calls it only for an event it is about to send with
// an envelope, so skipped events (consent, unmapped, dry run) never cost a refresh call.
import { adStorageDenial } from '../consent';
import { prop } from '../values';
import { privacySignalOn, refreshDecision } from './decision';
import { refreshEnvelope } from './refresh';
import type { RefreshResult } from './refresh';
import { pageOrigin, userIp } from './request';
import { readRefreshSettings } from './settings';
import type { RefreshFieldValues } from './settings';

/** What the step reads from the request; the tag's Environment provides it. */
export interface RefreshEnvironment {
  eventData(): unknown;
  requestHeader(name: string): unknown;
  /** getRemoteAddress; only asked when the event has no usable ip_override. */
  remoteAddress?(): unknown;
}

export interface RefreshStepInput {
  fields: RefreshFieldValues;
  /** The validated ATS Configuration ID: the placement when the field is empty. */
  configId: string;
  envelope: { envelope: string; timestampMs?: number; version?: string };
  /** The envelope cookie's name, or undefined when the envelope came from a value. */
  cookieName: string | undefined;
  nowMs: number;
  dryRun: boolean;
}

function requestIp(event: unknown, env: RefreshEnvironment): string | undefined {
  const fromEvent = userIp(prop(event, 'ip_override'), undefined);
  if (fromEvent !== undefined || !env.remoteAddress) return fromEvent;
  return userIp(undefined, env.remoteAddress());
}

export function runRefreshStep(
  input: RefreshStepInput,
  env: RefreshEnvironment,
  done: (result: RefreshResult) => void,
): void {
  const settings = readRefreshSettings(input.fields, input.configId);
  // Most events carry a fresh envelope (or the refresh is off): decide that from the envelope alone,
  // without copying the event or reading headers, so the common path costs next to nothing.
  const early = refreshDecision({
    enabled: settings.enabled,
    dryRun: input.dryRun,
    consentDenied: false,
    gpc: false,
    dnt: false,
    envelope: input.envelope.envelope,
    timestampMs: input.envelope.timestampMs,
    nowMs: input.nowMs,
    refreshAfterMs: settings.refreshAfterMs,
  });
  if (!early.due) {
    done({
      envelope: input.envelope.envelope,
      action: 'skipped',
      source: 'none',
      cookie: 'none',
      reason: early.reason,
    });
    return;
  }
  const event = env.eventData();
  refreshEnvelope(
    {
      settings: settings,
      envelope: input.envelope.envelope,
      timestampMs: input.envelope.timestampMs,
      version: input.envelope.version,
      cookieName: input.cookieName,
      nowMs: input.nowMs,
      dryRun: input.dryRun,
      // Whatever the tag's consent mode: "ignore consent" for sending does not extend the identity.
      consentDenied: adStorageDenial(event) !== undefined,
      gpc: privacySignalOn(env.requestHeader('sec-gpc')),
      dnt: privacySignalOn(env.requestHeader('dnt')),
      ip: requestIp(event, env),
      origin: pageOrigin(prop(event, 'page_location'), env.requestHeader('referer')),
    },
    done,
  );
}

/** Fresh and switched-off envelopes are the normal case: only the rest is worth a log line. */
export function refreshWorthLogging(result: RefreshResult): boolean {
  if (result.action !== 'skipped') return true;
  return result.reason !== 'refresh disabled' && result.reason.indexOf('envelope is fresh') !== 0;
}
