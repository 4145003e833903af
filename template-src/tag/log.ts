// The log lines, identifiers redacted.
// One JSON object per line; identifiers are cut to their first 6 characters.
// One line per firing says what happened and why; warnings and the envelope refresh add their own.
// The ATS envelope, `_scid` and the click ID are redacted, so the lines can go to shared server logs.
import { JSON } from 'sgtm';
import type { SnapEvent } from './event';
import { maskClickIdInUrl } from './snap-ids';
import { isArray, isObject, isString } from './values';

export const LOG_SOURCE = 'snapchat-capi-ats';

const SECRET_USER_DATA = ['partner_id', 'sc_cookie1', 'sc_click_id'];
const SECRET_CUSTOM_DATA = ['uuid_c1', 'click_id'];

/** The first 6 characters and an ellipsis; short values are cut the same way, never shown whole. */
export function redact(value: unknown): string {
  return isString(value) ? value.substring(0, 6) + '…' : '…';
}

/**
 * A copy of the event with its identifiers redacted (the request itself goes out unredacted),
 * including a click ID inside the page URL's `ScCid` parameter.
 */
export function redactEvent(event: SnapEvent): unknown {
  const copy = JSON.parse(JSON.stringify(event) as string);
  if (!isObject(copy)) return undefined;
  if (isString(copy.event_source_url)) {
    copy.event_source_url = maskClickIdInUrl(copy.event_source_url, redact);
  }
  const userData = copy.user_data;
  if (isObject(userData)) {
    for (const key of SECRET_USER_DATA) {
      if (isString(userData[key])) userData[key] = redact(userData[key]);
    }
  }
  if (isArray(copy.custom_data)) {
    for (const entry of copy.custom_data) {
      if (isObject(entry) && SECRET_CUSTOM_DATA.indexOf(entry.key as string) >= 0) {
        entry.value = redact(entry.value);
      }
    }
  }
  return copy;
}

function jsonLine(fields: { [key: string]: unknown }): string {
  const text = JSON.stringify(fields);
  return isString(text) ? text : '{"source":"' + LOG_SOURCE + '","reason":"unloggable"}';
}

export interface Result {
  outcome: 'success' | 'failure' | 'skipped';
  reason: string;
  eventType?: string;
  status?: number;
  url?: string;
  event?: SnapEvent;
}

/** The line logged once per firing: what happened to the event and why (absent values are left out). */
export function resultLine(eventName: string, pixelId: string | undefined, r: Result): string {
  return jsonLine({
    source: LOG_SOURCE,
    event: eventName,
    eventType: r.eventType,
    pixelId: pixelId,
    outcome: r.outcome,
    reason: r.reason,
    status: r.status,
    url: r.url,
    body: r.event && { events: [redactEvent(r.event)] },
  });
}

/** A warning worth acting on (an ignored envelope value, a cookie the permissions do not allow…). */
export function warningLine(eventName: string, warning: string): string {
  return jsonLine({ source: LOG_SOURCE, event: eventName, warning: warning });
}

/** The refresh's line; its reason never contains the envelope. */
export function refreshLine(
  eventName: string,
  r: { action: string; source: string; cookie: string; reason: string },
): string {
  return jsonLine({
    source: LOG_SOURCE,
    event: eventName,
    refresh: r.action,
    from: r.source,
    cookie: r.cookie,
    reason: r.reason,
  });
}
