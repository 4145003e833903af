// The adapter request for one event (pure).
// Decided from the settings and the request alone: `admit` runs the checks that need no envelope
// decision (configuration ID, consent, event type, the envelope and Snap IDs found), `buildEvent`
// makes the body once the envelope is settled.
import { JSON } from 'sgtm';
import type { Config } from './config';
import { adStorageDenial } from './consent';
import { buildCustomData } from './custom-data';
import { chooseEnvelope } from './envelope';
import type { Envelope } from './envelope';
import { resolveEventType } from './event-type';
import { ADAPTER_URL, CONFIG_ID_PATTERN } from './rules';
import { snapIds } from './snap-ids';
import type { SnapIds } from './snap-ids';
import { floor } from './numbers';
import type { Request, Result, SnapEvent } from './types';
import { isArray, isString, stringOf, textOf } from './values';

/** An event that passed the checks before the envelope is settled. */
export interface Admitted {
  configId: string;
  eventType: string;
  envelope?: Envelope;
  ids: SnapIds;
  /** ad_storage denied (an "ignore consent" tag still sends, but never refreshes the envelope). */
  consentDenied: boolean;
}

/** An event ready to send. */
export interface Outgoing {
  eventType: string;
  url: string;
  body: string;
  event: SnapEvent;
}

/** Whether the firing ended in a check (a result to log) rather than passing it. */
export const ended = (step: object): step is Result => (step as Result).outcome !== undefined;

const stop = (outcome: Result['outcome'], reason: string, eventType?: string): Result => ({
  outcome: outcome,
  reason: reason,
  eventType: eventType,
});

/** The envelope from the cookie or the field; a warning when the cookie may not be read. */
function envelopeOf(cfg: Config, req: Request): Envelope | undefined {
  const name = cfg.envelopeCookieName,
    value = cfg.envelopeValue,
    fromField = cfg.envelopeSource === 'value',
    values = fromField
      ? isArray(value)
        ? value
        : value === undefined
          ? []
          : [value]
      : req.envelopeCookie,
    origin = fromField ? 'envelope field' : '"' + name + '" cookie';
  if (!values) {
    req.warn(
      'cookie "' +
        name +
        '" not read: the "Reads cookie value(s)" permission of this template does not list it; add it ' +
        'there (Templates > this template > Permissions), or set "Envelope source" to "Value" with a ' +
        '1st-Party Cookie variable; sending without the envelope',
    );
  }
  return values && chooseEnvelope(values, origin, req.nowMs, cfg.envelopeMaxAgeDays, req.warn);
}

/** The checks before the envelope is settled. */
export function admit(cfg: Config, req: Request): Result | Admitted {
  const id = cfg.atsConfigId,
    configId = typeof id === 'string' ? id.trim() : '',
    event = req.event,
    denial = adStorageDenial(event);
  if (!configId.match(CONFIG_ID_PATTERN)) {
    const problem =
      configId === '' && (isString(id) || id === undefined || id === null)
        ? 'is missing'
        : isString(id)
          ? '"' + id + '" is not valid'
          : 'is not text (' + (isArray(id) ? 'array' : typeof id) + ')';
    return stop(
      'failure',
      'the ATS Configuration ID ' +
        problem +
        ': copy it from LiveRamp Console (ATS > Web > your configuration > Admin > Placement Details); ' +
        'letters, digits, "-" and "_" only',
    );
  }
  if (denial && cfg.consentMode === 'respect') {
    return stop('skipped', 'consent denied: ' + denial + '; nothing sent');
  }
  const type = resolveEventType(req.eventName, cfg);
  if (!type.eventType) return stop('skipped', 'unmapped event: ' + type.reason);
  return {
    configId: configId,
    eventType: type.eventType,
    envelope: envelopeOf(cfg, req),
    ids: cfg.sendSnapIds ? snapIds(event.page_location, req.scid, req.scclid) : {},
    consentDenied: !!denial,
  };
}

/** The request with the envelope the tag settled on (none after LiveRamp said it expired). */
export function buildEvent(
  cfg: Config,
  req: Request,
  admitted: Admitted,
  partnerId: string | undefined,
): Result | Outgoing {
  const ids = admitted.ids,
    eventType = admitted.eventType,
    event = req.event,
    inUserData = cfg.snapIdPlacement === 'user_data';
  if (cfg.requireIdentity && !partnerId && !ids.scid && !ids.clickId) {
    return stop(
      'skipped',
      'no identity: no ATS envelope, no _scid and no click ID for this event (untick "Require an ' +
        'identity" to send anyway)',
      eventType,
    );
  }
  // event_id: Snap deduplicates it against the Pixel's client_dedup_id. event_time: seconds, rounded
  // down (Snap refuses milliseconds).
  const eventId =
      cfg.eventIdOverride ||
      textOf(event.event_id) ||
      textOf(event.transaction_id) ||
      req.nowMs + '.' + req.random(),
    sourceUrl =
      cfg.eventSourceUrlOverride ||
      stringOf(event.page_location) ||
      stringOf(req.header('referer')),
    scid = inUserData ? ids.scid : undefined,
    clickId = inUserData ? ids.clickId : undefined,
    customData = buildCustomData(req, cfg, inUserData ? {} : ids),
    // Keys left undefined are not serialised.
    snapEvent: SnapEvent = {
      event_manager: ['snapchat'],
      event_id: eventId,
      event_type: eventType,
      event_time: floor(req.nowMs / 1000),
      event_source_url: sourceUrl || undefined,
      user_data:
        partnerId || scid || clickId
          ? { partner_id: partnerId || undefined, sc_cookie1: scid, sc_click_id: clickId }
          : undefined,
      custom_data: customData.length ? customData : undefined,
    };
  if (eventType === 'PURCHASE') {
    // LiveRamp's adapter requires both for PURCHASE; the event still goes out, and it decides.
    const has: { [key: string]: boolean } = {};
    for (let i = 0; i < customData.length && !(has.price && has.currency); i++) {
      has[customData[i].key] = true;
    }
    const missing = has.price ? 'currency' : has.currency ? 'price' : 'price and currency';
    if (!has.price || !has.currency) {
      req.warn(
        'PURCHASE without ' +
          missing +
          ": LiveRamp's adapter requires price and currency for PURCHASE",
      );
    }
  }

  const url = ADAPTER_URL + admitted.configId,
    body = JSON.stringify({ events: [snapEvent] });
  if (!cfg.dryRun && body) return { eventType: eventType, url: url, body: body, event: snapEvent };
  const result = cfg.dryRun
    ? stop('skipped', 'dry run: request built and logged, not sent', eventType)
    : stop('failure', 'the request body could not be serialised', eventType);
  result.url = url;
  result.event = snapEvent;
  return result;
}
