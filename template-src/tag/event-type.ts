// The Snap event type of a GA4 event.
// Fixed mode, the user's overrides, the built-in map, names that already are Snap types, then the
// unmapped-event policy. An unmapped event is never passed through under its GA4 name (Snap would
// reject or misfile it).
import { BUILT_IN_EVENT_TYPES, CUSTOM_EVENT_TYPES, SNAP_EVENT_TYPES } from './rules';
import { isString } from './values';

export interface EventTypeOverride {
  ga4Event: string;
  snapEvent: string;
}

export interface EventTypeSettings {
  eventTypeMode: 'auto' | 'fixed';
  fixedEventType: string;
  overrides: EventTypeOverride[];
  /** 'skip' or one of CUSTOM_EVENT_1..5. */
  unmappedEvents: string;
}

/** The matching key of a GA4 name: trimmed and lower-cased; '' when the name is not a string. */
export const normaliseEventName = (name: unknown): string =>
  typeof name === 'string' ? name.trim().toLowerCase() : '';

/** `type` (trimmed, upper-cased) when it is a Snap web event type, else undefined. */
export const asSnapEventType = (type: unknown): string | undefined => {
  const t = isString(type) ? type.trim().toUpperCase() : '';
  return SNAP_EVENT_TYPES.indexOf(t) >= 0 ? t : undefined;
};

/** The Snap event type, or why there is none. */
export function resolveEventType(
  eventName: unknown,
  settings: EventTypeSettings,
): { eventType?: string; reason?: string } {
  if (settings.eventTypeMode === 'fixed') {
    const fixed = settings.fixedEventType;
    const type = asSnapEventType(fixed);
    const reason =
      'the fixed event type "' +
      fixed +
      '" is not a Snap event type: pick one from the "Fixed Snap event type" list';
    return type ? { eventType: type } : { reason: reason };
  }
  const name = normaliseEventName(eventName);
  for (const row of settings.overrides)
    if (row.ga4Event === name) return { eventType: row.snapEvent };
  const type = BUILT_IN_EVENT_TYPES.hasOwnProperty(name)
    ? BUILT_IN_EVENT_TYPES[name]
    : asSnapEventType(name) ||
      (CUSTOM_EVENT_TYPES.indexOf(settings.unmappedEvents) >= 0
        ? settings.unmappedEvents
        : undefined);
  if (type) return { eventType: type };
  return {
    reason:
      (name ? 'the GA4 event "' + name + '"' : 'an event without an event_name') +
      ' has no Snap event type: add a row to "Event type overrides" or send unmapped events as a custom event',
  };
}
