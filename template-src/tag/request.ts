// The adapter request: one event per tag firing, POSTed as JSON to LiveRamp's send-events endpoint
// for the ATS configuration.
import { JSON, encodeUriComponent } from 'sgtm';
import type { KeyValue } from './custom-data';
import { isString } from './values';

export const ADAPTER_BASE_URL = 'https://capi.analytics.rlcdn.com/send-events/';

// The ID goes into the URL path, so its shape is enforced at run time too (GTM's UI validators do not
// run for values that come from variables).
const CONFIG_ID = '^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$';

export interface SnapEvent {
  event_manager: string[];
  event_id: string;
  event_type: string;
  event_time: number;
  event_source_url?: string;
  user_data?: { [key: string]: string };
  custom_data?: KeyValue[];
}

export interface RequestOptions {
  method: 'POST';
  headers: { 'Content-Type': string };
  timeout: number;
}

/** The ATS Configuration ID when it has the documented shape, else undefined. */
export function validConfigId(v: unknown): string | undefined {
  if (!isString(v)) return undefined;
  const t = v.trim();
  return t.match(CONFIG_ID) ? t : undefined;
}

export function adapterUrl(configId: string): string {
  const encoded = encodeUriComponent(configId);
  return ADAPTER_BASE_URL + (isString(encoded) ? encoded : '');
}

export function requestOptions(timeoutMs: number): RequestOptions {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, timeout: timeoutMs };
}

/** `{"events":[event]}`; undefined only if the event cannot be serialised (it is built from JSON-safe parts). */
export function requestBody(event: SnapEvent): string | undefined {
  return JSON.stringify({ events: [event] });
}

export interface EventParts {
  eventId: string;
  eventType: string;
  eventTime: number;
  eventSourceUrl?: string;
  userData: { [key: string]: string };
  customData: KeyValue[];
}

/** The event in the key order of LiveRamp's examples; empty user_data / custom_data are omitted. */
export function snapEvent(parts: EventParts): SnapEvent {
  const event: SnapEvent = {
    event_manager: ['snapchat'],
    event_id: parts.eventId,
    event_type: parts.eventType,
    event_time: parts.eventTime,
  };
  if (parts.eventSourceUrl !== undefined) event.event_source_url = parts.eventSourceUrl;
  let hasUserData = false;
  for (const key in parts.userData) {
    if (key.length > 0) hasUserData = true;
  }
  if (hasUserData) event.user_data = parts.userData;
  if (parts.customData.length > 0) event.custom_data = parts.customData;
  return event;
}
