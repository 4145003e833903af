// The log lines, identifiers redacted.
// One JSON object per line: what happened to the event and why, warnings, and the envelope refresh.
// The ATS envelope, `_scid` and the click ID are cut to their first 6 characters, so the lines can go
// to shared server logs.
import { JSON } from 'sgtm';
import type { Result, SnapEvent } from './types';
import { maskClickIdInUrl } from './snap-ids';
import { isString } from './values';

/** The first 6 characters and an ellipsis; short values are cut the same way, never shown whole. */
export const redact = (value: unknown): string =>
  (isString(value) ? value.substring(0, 6) : '') + '…';

/** A copy of the event with its identifiers redacted (the request itself goes out unredacted). */
export function redactEvent(event: SnapEvent): SnapEvent {
  const copy = JSON.parse(JSON.stringify(event) as string) as SnapEvent;
  const userData = copy.user_data || {};
  if (copy.event_source_url)
    copy.event_source_url = maskClickIdInUrl(copy.event_source_url, redact);
  for (const key of ['partner_id', 'sc_cookie1', 'sc_click_id']) {
    if (userData[key]) userData[key] = redact(userData[key]);
  }
  for (const entry of copy.custom_data || []) {
    if (entry.key === 'uuid_c1' || entry.key === 'click_id') entry.value = redact(entry.value);
  }
  return copy;
}

/** The reason for a request that never reached the adapter (GTM's promise rejects with 'failed'). */
export const NO_CONNECTION =
  'the request to the adapter failed (no connection: DNS, refused or TLS)';

/**
 * An answer's reason: 'sent' for a 2xx; else the status and the adapter's body, which says why (e.g.
 * `{"error":"…"}`), so Preview shows LiveRamp's words: its first 500 characters, enough for an error
 * message but not a page. Identifiers the adapter echoes are redacted before the cut, so one cut in
 * half cannot slip through whole characters the redaction would have hidden.
 */
export function answerReason(
  status: number,
  body: unknown,
  secrets: (string | undefined)[],
): string {
  if (status >= 200 && status < 300) return 'sent';
  let text = isString(body) ? body : '';
  for (const secret of secrets) {
    if (secret) text = text.split(secret).join(redact(secret));
  }
  return 'the adapter answered HTTP ' + status + (text === '' ? '' : ': ' + text.substring(0, 500));
}

/** A log line; absent values are left out. */
function line(eventName: string, fields: { [key: string]: unknown }): string {
  const all: { [key: string]: unknown } = { source: 'snapchat-capi-ats', event: eventName };
  for (const key in fields) all[key] = fields[key];
  return JSON.stringify(all) as string;
}

/** The line logged once per firing: what happened to the event and why. */
export const resultLine = (eventName: string, pixelId: string | undefined, r: Result): string =>
  line(eventName, {
    eventType: r.eventType,
    pixelId: pixelId,
    outcome: r.outcome,
    reason: r.reason,
    status: r.status,
    url: r.url,
    body: r.event && { events: [redactEvent(r.event)] },
  });

/** A warning worth acting on (an ignored envelope value, a cookie the permissions do not allow…). */
export const warningLine = (eventName: string, warning: string): string =>
  line(eventName, { warning: warning });

/** The refresh's line; its reason never contains the envelope. */
export const refreshLine = (
  eventName: string,
  r: { action: string; source: string; cookie: string; reason: string },
): string =>
  line(eventName, { refresh: r.action, from: r.source, cookie: r.cookie, reason: r.reason });
