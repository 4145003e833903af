// Log lines: one JSON object per line, so server logs can be filtered and parsed. Personal identifiers
// (the ATS envelope, `_scid`, the click ID) are cut to their first 6 characters.
import { JSON, getType } from 'sgtm';
import type { SnapEvent } from './request';
import { maskClickIdInUrl } from './snap-ids';
import { isObject, isString, prop } from './values';

export type LoggingMode = 'debug' | 'always' | 'never';

export const LOG_SOURCE = 'snapchat-capi-ats';

const SECRET_USER_DATA = ['partner_id', 'sc_cookie1', 'sc_click_id'];
const SECRET_CUSTOM_DATA = ['uuid_c1', 'click_id'];

/** The first 6 characters and an ellipsis; short values are cut the same way, never shown whole. */
export function redact(value: unknown): string {
  if (!isString(value)) return '…';
  return value.substring(0, 6) + '…';
}

/**
 * A copy of the event with identifiers redacted (the request itself is sent unredacted), including a
 * click ID inside the page URL's `ScCid` parameter.
 */
export function redactEvent(event: SnapEvent): SnapEvent | undefined {
  const text = JSON.stringify(event);
  const copy = isString(text) ? JSON.parse(text) : undefined;
  if (!isObject(copy)) return undefined;
  const url = prop(copy, 'event_source_url');
  if (isString(url)) copy.event_source_url = maskClickIdInUrl(url, redact);
  const userData = prop(copy, 'user_data');
  if (isObject(userData)) {
    for (const key of SECRET_USER_DATA) {
      if (isString(userData[key])) userData[key] = redact(userData[key]);
    }
  }
  const customData = prop(copy, 'custom_data');
  if (getType(customData) === 'array') {
    for (const entry of customData as unknown[]) {
      if (isObject(entry) && SECRET_CUSTOM_DATA.indexOf(entry.key as string) >= 0) {
        entry.value = redact(entry.value);
      }
    }
  }
  return copy as unknown as SnapEvent;
}

/** `debug` logs only in GTM's preview/debug mode; `always` and `never` ignore the mode. */
export function loggingEnabled(mode: LoggingMode, containerVersion: () => unknown): boolean {
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  const version = containerVersion();
  return prop(version, 'debugMode') === true || prop(version, 'previewMode') === true;
}

export interface ResultLine {
  event: string;
  eventType?: string;
  pixelId?: string;
  outcome: 'success' | 'failure' | 'skipped';
  reason: string;
  status?: number;
  url?: string;
  body?: SnapEvent;
}

/** The line logged once per execution: what happened to the event and why. */
export function resultLine(r: ResultLine): string {
  const line: { [key: string]: unknown } = { source: LOG_SOURCE, event: r.event };
  if (r.eventType !== undefined) line.eventType = r.eventType;
  if (r.pixelId !== undefined) line.pixelId = r.pixelId;
  line.outcome = r.outcome;
  line.reason = r.reason;
  if (r.status !== undefined) line.status = r.status;
  if (r.url !== undefined) line.url = r.url;
  if (r.body !== undefined) line.body = { events: [redactEvent(r.body)] };
  const text = JSON.stringify(line);
  return isString(text) ? text : '{"source":"' + LOG_SOURCE + '","reason":"unloggable"}';
}

/** A warning worth acting on (a cookie the permissions do not allow, an ignored envelope value). */
export function warningLine(event: string, message: string): string {
  const text = JSON.stringify({ source: LOG_SOURCE, event: event, warning: message });
  return isString(text) ? text : '{"source":"' + LOG_SOURCE + '","warning":"unloggable"}';
}
