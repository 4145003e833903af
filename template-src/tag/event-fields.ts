// The event's own identity: its ID (for Snap's deduplication against the Pixel's client_dedup_id),
// the page it happened on, and when.
import { Math, makeString } from 'sgtm';
import { prop, stringOf, textOf } from './values';

/** event_id: the override, else the event's `event_id`, else `transaction_id`, else a generated one. */
export function eventIdFor(override: unknown, event: unknown, generate: () => string): string {
  return (
    textOf(override) ||
    textOf(prop(event, 'event_id')) ||
    textOf(prop(event, 'transaction_id')) ||
    generate()
  );
}

/** A generated event_id: the server clock and a random number, unique enough within one pixel. */
export function generatedEventId(nowMs: number, random: number): string {
  return makeString(nowMs) + '.' + makeString(random);
}

/** event_source_url: the override, else `page_location`, else the request's Referer; else omitted. */
export function eventSourceUrlFor(
  override: unknown,
  event: unknown,
  referer: unknown,
): string | undefined {
  return stringOf(override) || stringOf(prop(event, 'page_location')) || stringOf(referer);
}

/** event_time: whole seconds of the server clock (Snap wants seconds, not milliseconds). */
export function eventTimeSeconds(nowMs: number): number {
  return Math.floor(nowMs / 1000);
}
