// The tag's shared types.
// What the tag reads (the request, the event data), what it sends (the Snap event) and how a firing
// ends (the result), in one module so the modules that use them do not import each other for types.
import type { RequestHeader } from './rules';

/** GA4's event data: an object (an event without one reads as empty). */
export type EventData = { [key: string]: unknown };

/**
 * What the tag reads from the request (gtm.ts reads it), and where it reports a warning. What most
 * events never need is read on first use, and every value at most once.
 */
export interface Request {
  event: EventData;
  /** The GA4 event name as received ('' when missing), for the log lines. */
  eventName: string;
  /** The envelope cookie's values; undefined when the get_cookies permission does not list it. */
  envelopeCookie: string[] | undefined;
  scid: string[];
  nowMs: number;
  /** The `_scclid` cookie's values: the click ID when the page URL has none. */
  scclid(): string[];
  header(name: RequestHeader): unknown;
  remoteAddress(): unknown;
  /** For a generated event_id. */
  random(): number;
  /** The firing's one warning collector (flow.ts makes it): a warning worth logging. */
  warn(warning: string): void;
}

/** One custom_data entry. */
export interface KeyValue {
  key: string;
  value: unknown;
}

export interface SnapEvent {
  event_manager: string[];
  event_id: string;
  event_type: string;
  event_time: number;
  event_source_url?: string;
  user_data?: { [key: string]: string | undefined };
  custom_data?: KeyValue[];
}

/** How a firing ended: the result line's fields. */
export interface Result {
  outcome: 'success' | 'failure' | 'skipped';
  reason: string;
  eventType?: string;
  status?: number;
  url?: string;
  event?: SnapEvent;
}
