// The tag's decision for one event, as a pure function of its settings and of what the environment
// reports (event data, cookies, headers, clock, randomness). main.ts supplies the environment from the
// GTM APIs (run-tag.ts) and carries the plan out; tests supply it from fixtures.
import { getType } from 'sgtm';
import { adStorageDenial } from './consent';
import type { TagConfig } from './fields';
import { buildCustomData } from './custom-data';
import { chooseEnvelope } from './envelope';
import type { Envelope } from './envelope';
import { eventIdFor, eventSourceUrlFor, eventTimeSeconds, generatedEventId } from './event-fields';
import { resolveEventType } from './event-type';
import { adapterUrl, requestBody, requestOptions, snapEvent, validConfigId } from './request';
import type { RequestOptions, SnapEvent } from './request';
import { snapIds } from './snap-ids';
import type { SnapIds } from './snap-ids';
import { isArray, isString, prop } from './values';

export interface Environment {
  eventData(): unknown;
  /** Every value of a cookie, URI-decoded (getCookieValues). */
  cookieValues(name: string): string[];
  /** Whether the template's get_cookies permission allows reading `name` (queryPermission). */
  cookieAllowed(name: string): boolean;
  requestHeader(name: string): unknown;
  /** getRemoteAddress: the user's IP for the envelope refresh when the event has no ip_override. */
  remoteAddress?(): unknown;
  nowMs(): number;
  randomInt(): number;
}

export interface Plan {
  /** send: POST the body; skip: nothing to send (gtmOnSuccess); fail: a setup error (gtmOnFailure). */
  action: 'send' | 'skip' | 'fail';
  reason: string;
  /** The GA4 event name as received ('' when missing), for the log. */
  eventName: string;
  eventType?: string;
  url?: string;
  options?: RequestOptions;
  body?: string;
  event?: SnapEvent;
  /** Warnings to log (ignored envelope values, a cookie the permissions do not allow, dropped items). */
  notes: string[];
  envelope?: Envelope;
}

// A browser sends a cookie name more than once only by accident (several domains or paths); beyond
// this many values something is wrong, and one warning per value would flood the log.
export const MAX_ENVELOPE_CANDIDATES = 10;

export const SCID_COOKIE = '_scid';
export const SCCLID_COOKIE = '_scclid';

function readCookie(
  env: Environment,
  name: string,
  notes: string[],
  alternative: string,
): string[] {
  if (!env.cookieAllowed(name)) {
    notes.push(
      'cookie "' +
        name +
        '" not read: the "Reads cookie value(s)" permission of this template does not list it; add ' +
        'it there (Templates > this template > Permissions)' +
        alternative,
    );
    return [];
  }
  return env.cookieValues(name);
}

function envelopeFor(config: TagConfig, env: Environment, notes: string[]): Envelope | undefined {
  let candidates: unknown[];
  let origin: string;
  if (config.envelopeSource === 'value') {
    const v = config.envelopeValue;
    candidates = isArray(v) ? v : v === undefined || v === '' ? [] : [v];
    origin = 'envelope field';
  } else {
    candidates = readCookie(
      env,
      config.envelopeCookieName,
      notes,
      ', or set "Envelope source" to "Value" with a 1st-Party Cookie variable; sending without the envelope',
    );
    origin = '"' + config.envelopeCookieName + '" cookie';
  }
  if (candidates.length > MAX_ENVELOPE_CANDIDATES) {
    notes.push(
      origin +
        ': only the first ' +
        MAX_ENVELOPE_CANDIDATES +
        ' of ' +
        candidates.length +
        ' values were considered',
    );
    candidates = candidates.slice(0, MAX_ENVELOPE_CANDIDATES);
  }
  const choice = chooseEnvelope(candidates, env.nowMs(), config.envelopeMaxAgeDays);
  for (const r of choice.rejected) {
    notes.push(
      origin + ' value ' + (r.index + 1) + ' of ' + candidates.length + ' ignored: ' + r.reason,
    );
  }
  return choice.chosen;
}

function idsFor(config: TagConfig, env: Environment, event: unknown, notes: string[]): SnapIds {
  if (!config.sendSnapIds) return {};
  return snapIds(
    prop(event, 'page_location'),
    readCookie(env, SCID_COOKIE, notes, ''),
    readCookie(env, SCCLID_COOKIE, notes, ''),
  );
}

function describeConfigId(v: unknown): string {
  if (v === undefined || v === null || (isString(v) && v.trim().length === 0)) return 'is missing';
  if (isString(v)) return '"' + v + '" is not valid';
  return 'is not text (' + getType(v) + ')';
}

export interface PlanOptions {
  /**
   * The envelope to use instead of reading it: a step that renews envelopes (issue 5) plans once, renews
   * `plan.envelope`, then plans again with the result; `null` means the envelope turned out to be
   * expired and the event goes without one.
   */
  envelope?: Envelope | null;
}

export function planRequest(config: TagConfig, env: Environment, options?: PlanOptions): Plan {
  const event = env.eventData();
  const rawName = prop(event, 'event_name');
  const plan: Plan = {
    action: 'skip',
    reason: '',
    eventName: isString(rawName) ? rawName : '',
    notes: [],
  };

  const configId = validConfigId(config.atsConfigId);
  if (configId === undefined) {
    plan.action = 'fail';
    plan.reason =
      'the ATS Configuration ID ' +
      describeConfigId(config.atsConfigId) +
      ': copy it from LiveRamp Console (ATS > Web > your configuration > Admin > Placement Details); ' +
      'letters, digits, "-" and "_" only';
    return plan;
  }

  if (config.consentMode === 'respect') {
    const denial = adStorageDenial(event);
    if (denial !== undefined) {
      plan.reason = 'consent denied: ' + denial + '; nothing sent';
      return plan;
    }
  }

  const type = resolveEventType(rawName, {
    mode: config.eventTypeMode,
    fixedEventType: config.fixedEventType,
    overrides: config.overrides,
    unmapped: config.unmappedEvents,
  });
  if (type.eventType === undefined) {
    plan.reason = 'unmapped event: ' + type.reason;
    return plan;
  }
  plan.eventType = type.eventType;

  const given = options ? options.envelope : undefined;
  const envelope = given === undefined ? envelopeFor(config, env, plan.notes) : given || undefined;
  if (envelope) plan.envelope = envelope;
  const ids = idsFor(config, env, event, plan.notes);
  if (config.requireIdentity && !envelope && !ids.scid && !ids.clickId) {
    plan.reason =
      'no identity: no ATS envelope, no _scid and no click ID for this event (untick "Require an ' +
      'identity" to send anyway)';
    return plan;
  }

  const inUserData = config.snapIdPlacement === 'user_data';
  const userData: { [key: string]: string } = {};
  if (envelope) userData.partner_id = envelope.envelope;
  if (inUserData && ids.scid) userData.sc_cookie1 = ids.scid;
  if (inUserData && ids.clickId) userData.sc_click_id = ids.clickId;

  const nowMs = env.nowMs();
  const built = snapEvent({
    eventId: eventIdFor(config.eventIdOverride, event, () =>
      generatedEventId(nowMs, env.randomInt()),
    ),
    eventType: type.eventType,
    eventTime: eventTimeSeconds(nowMs),
    eventSourceUrl: eventSourceUrlFor(
      config.eventSourceUrlOverride,
      event,
      env.requestHeader('referer'),
    ),
    userData: userData,
    customData: buildCustomData(
      event,
      {
        eventTag: config.eventTag,
        limitedDataUse: config.limitedDataUse,
        uuidC1: inUserData ? undefined : ids.scid,
        clickId: inUserData ? undefined : ids.clickId,
        rows: config.customData,
      },
      plan.notes,
    ),
  });
  const body = requestBody(built);
  if (body === undefined) {
    plan.action = 'fail';
    plan.reason = 'the request body could not be serialised';
    return plan;
  }
  plan.event = built;
  plan.url = adapterUrl(configId);
  plan.options = requestOptions(config.timeoutMs);
  plan.body = body;
  if (config.dryRun) {
    plan.reason = 'dry run: request built and logged, not sent';
    return plan;
  }
  plan.action = 'send';
  plan.reason = 'sending';
  return plan;
}
