// The adapter request for one event (pure).
// Decided from the settings and the request alone.
// `admit` runs the checks that need no envelope decision (configuration ID, consent, event type, the
// envelope and Snap IDs found); `buildEvent` makes the body once the envelope is settled.
import { JSON } from 'sgtm';
import type { Config } from './config';
import { adStorageDenial } from './consent';
import { buildCustomData } from './custom-data';
import { purchaseRequirementWarning } from './device';
import type { KeyValue } from './custom-data-forms';
import { chooseEnvelope } from './envelope';
import type { Envelope } from './envelope';
import { resolveEventType } from './event-type';
import { floor } from './numbers';
import { ADAPTER_URL, CONFIG_ID_PATTERN } from './rules';
import { snapIds } from './snap-ids';
import type { SnapIds } from './snap-ids';
import { isArray, isString, prop, stringOf, textOf } from './values';

/**
 * What the tag reads from the request (gtm.ts reads it). What most events never need is read on first
 * use, and every value at most once.
 */
export interface Request {
  event: unknown;
  /** The GA4 event name as received ('' when missing), for the log lines. */
  eventName: string;
  /** The envelope cookie's values; undefined when the get_cookies permission does not list it. */
  envelopeCookie: string[] | undefined;
  scid: string[];
  nowMs: number;
  /** The `_scclid` cookie's values: the click ID when the page URL has none. */
  scclid(): string[];
  header(name: 'referer' | 'sec-gpc' | 'dnt' | 'user-agent'): unknown;
  remoteAddress(): unknown;
  /** For a generated event_id. */
  random(): number;
}

export interface SnapEvent {
  event_manager: string[];
  event_id: string;
  event_type: string;
  event_time: number;
  event_source_url?: string;
  user_data?: { [key: string]: string };
  custom_data?: KeyValue[];
}

/** The end of a firing that sends nothing: a setup failure or a deliberate skip. */
export interface Stop {
  stop: true;
  outcome: 'failure' | 'skipped';
  reason: string;
  eventType?: string;
  url?: string;
  event?: SnapEvent;
}

export interface Admitted {
  stop: false;
  configId: string;
  eventType: string;
  envelope?: Envelope;
  ids: SnapIds;
  /** ad_storage denied (an "ignore consent" tag still sends, but never refreshes the envelope). */
  consentDenied: boolean;
}

export interface Outgoing {
  stop: false;
  eventType: string;
  url: string;
  body: string;
  event: SnapEvent;
}

function stop(outcome: Stop['outcome'], reason: string, eventType?: string): Stop {
  return { stop: true, outcome: outcome, reason: reason, eventType: eventType };
}

function describeConfigId(v: unknown): string {
  if (v === undefined || v === null || (isString(v) && v.trim() === '')) return 'is missing';
  if (isString(v)) return '"' + v + '" is not valid';
  return (
    'is not text (' + (isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v) + ')'
  );
}

function envelopeOf(config: Config, request: Request, notes: string[]): Envelope | undefined {
  const name = config.envelopeCookieName;
  const value = config.envelopeValue;
  let values: unknown[] | undefined = request.envelopeCookie;
  let origin = '"' + name + '" cookie';
  if (config.envelopeSource === 'value') {
    values = isArray(value) ? value : value === undefined ? [] : [value];
    origin = 'envelope field';
  } else if (!values) {
    notes.push(
      'cookie "' +
        name +
        '" not read: the "Reads cookie value(s)" permission of this template does not list it; add it ' +
        'there (Templates > this template > Permissions), or set "Envelope source" to "Value" with a ' +
        '1st-Party Cookie variable; sending without the envelope',
    );
    return undefined;
  }
  return chooseEnvelope(
    values as unknown[],
    origin,
    request.nowMs,
    config.envelopeMaxAgeDays,
    notes,
  );
}

/** The checks before the envelope is settled; `notes` collects the warnings worth logging. */
export function admit(config: Config, request: Request, notes: string[]): Stop | Admitted {
  const id = config.atsConfigId;
  const configId = isString(id) ? id.trim() : '';
  if (!configId.match(CONFIG_ID_PATTERN)) {
    return stop(
      'failure',
      'the ATS Configuration ID ' +
        describeConfigId(id) +
        ': copy it from LiveRamp Console (ATS > Web > your configuration > Admin > Placement Details); ' +
        'letters, digits, "-" and "_" only',
    );
  }
  const event = request.event;
  const denial = adStorageDenial(event);
  if (denial && config.consentMode === 'respect') {
    return stop('skipped', 'consent denied: ' + denial + '; nothing sent');
  }
  const type = resolveEventType(request.eventName, config);
  if (type.eventType === undefined) return stop('skipped', 'unmapped event: ' + type.reason);
  return {
    stop: false,
    configId: configId,
    eventType: type.eventType,
    envelope: envelopeOf(config, request, notes),
    ids: config.sendSnapIds
      ? snapIds(prop(event, 'page_location'), request.scid, request.scclid)
      : {},
    consentDenied: denial !== undefined,
  };
}

/** The request with the envelope the tag settled on (none after LiveRamp said it expired). */
export function buildEvent(
  config: Config,
  request: Request,
  admitted: Admitted,
  envelope: string | undefined,
  notes: string[],
): Stop | Outgoing {
  const ids = admitted.ids;
  const eventType = admitted.eventType;
  if (config.requireIdentity && !envelope && !ids.scid && !ids.clickId) {
    return stop(
      'skipped',
      'no identity: no ATS envelope, no _scid and no click ID for this event (untick "Require an ' +
        'identity" to send anyway)',
      eventType,
    );
  }
  const event = request.event;
  const inUserData = config.snapIdPlacement === 'user_data';
  const snapEvent: SnapEvent = {
    event_manager: ['snapchat'],
    // Snap deduplicates it against the Pixel's client_dedup_id.
    event_id:
      config.eventIdOverride ||
      textOf(prop(event, 'event_id')) ||
      textOf(prop(event, 'transaction_id')) ||
      request.nowMs + '.' + request.random(),
    event_type: eventType,
    // Seconds: Snap refuses milliseconds.
    event_time: floor(request.nowMs / 1000),
  };
  const sourceUrl =
    config.eventSourceUrlOverride ||
    stringOf(prop(event, 'page_location')) ||
    stringOf(request.header('referer'));
  if (sourceUrl) snapEvent.event_source_url = sourceUrl;
  const userData: { [key: string]: string } = {};
  if (envelope) userData.partner_id = envelope;
  if (inUserData && ids.scid) userData.sc_cookie1 = ids.scid;
  if (inUserData && ids.clickId) userData.sc_click_id = ids.clickId;
  if (envelope || (inUserData && (ids.scid || ids.clickId))) snapEvent.user_data = userData;
  const customData = buildCustomData(request, config, inUserData ? {} : ids, notes);
  if (customData.length > 0) snapEvent.custom_data = customData;
  const has = (key: string) => customData.some((pair) => pair.key === key);
  const incomplete = purchaseRequirementWarning(eventType, has('price'), has('currency'));
  if (incomplete) notes.push(incomplete);

  const url = ADAPTER_URL + admitted.configId;
  const body = JSON.stringify({ events: [snapEvent] });
  if (config.dryRun || body === undefined) {
    const done = stop(
      config.dryRun ? 'skipped' : 'failure',
      config.dryRun
        ? 'dry run: request built and logged, not sent'
        : 'the request body could not be serialised',
      eventType,
    );
    done.url = url;
    done.event = snapEvent;
    return done;
  }
  return { stop: false, eventType: eventType, url: url, body: body, event: snapEvent };
}
