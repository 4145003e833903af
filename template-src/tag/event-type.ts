// GA4 event name → Snap event type: fixed mode, the user's overrides, the built-in map, names that
// already are Snap types, then the unmapped-event policy. Unmapped events are never passed through
// under their GA4 name (Snap would reject or misfile them).
import { BUILT_IN_EVENT_MAP, CUSTOM_EVENT_TYPES, SNAP_EVENT_TYPES } from './snap-event-types';
import { isString } from './values';

export interface EventTypeOverride {
  ga4Event: string;
  snapEvent: string;
}

export interface EventTypeSettings {
  mode: 'auto' | 'fixed';
  fixedEventType: string;
  overrides: EventTypeOverride[];
  /** 'skip' or one of CUSTOM_EVENT_1..5. */
  unmapped: string;
}

export type EventTypeResult =
  | { eventType: string; source: 'fixed' | 'override' | 'built-in' | 'snap-name' | 'unmapped' }
  | { eventType: undefined; reason: string };

/** The matching key of a GA4 name: trimmed and lower-cased; '' when the name is not a string. */
export function normaliseEventName(name: unknown): string {
  return isString(name) ? name.trim().toLowerCase() : '';
}

/** `type` (trimmed, upper-cased) when it is a Snap web event type, else undefined. */
export function asSnapEventType(type: unknown): string | undefined {
  if (!isString(type)) return undefined;
  const t = type.trim().toUpperCase();
  return SNAP_EVENT_TYPES.indexOf(t) >= 0 ? t : undefined;
}

export function builtInEventType(name: string): string | undefined {
  for (const row of BUILT_IN_EVENT_MAP) {
    if (row[0] === name) return row[1];
  }
  return undefined;
}

export function resolveEventType(eventName: unknown, settings: EventTypeSettings): EventTypeResult {
  if (settings.mode === 'fixed') {
    const fixed = asSnapEventType(settings.fixedEventType);
    if (fixed) return { eventType: fixed, source: 'fixed' };
    return {
      eventType: undefined,
      reason:
        'the fixed event type "' +
        settings.fixedEventType +
        '" is not a Snap event type: pick one from the "Fixed Snap event type" list',
    };
  }
  const name = normaliseEventName(eventName);
  if (name.length > 0) {
    for (const row of settings.overrides) {
      if (row.ga4Event === name) return { eventType: row.snapEvent, source: 'override' };
    }
    const builtIn = builtInEventType(name);
    if (builtIn) return { eventType: builtIn, source: 'built-in' };
    const snapName = asSnapEventType(name);
    if (snapName) return { eventType: snapName, source: 'snap-name' };
  }
  if (CUSTOM_EVENT_TYPES.indexOf(settings.unmapped) >= 0) {
    return { eventType: settings.unmapped, source: 'unmapped' };
  }
  return {
    eventType: undefined,
    reason:
      (name.length > 0 ? 'the GA4 event "' + name + '"' : 'an event without an event_name') +
      ' has no Snap event type: add a row to "Event type overrides" or send unmapped events as a custom event',
  };
}
