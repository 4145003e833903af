// The processed events the JSON API and the preview page show: the last 1,000, oldest first, and the
// listeners of /api/stream, told of each event as it is added.
import type { EventRun } from './run-event';

export const EVENT_LOG_SIZE = 1000;

export interface ProcessedEvent extends EventRun {
  /** 1, 2, 3… in the order the server received the events. */
  id: number;
  receivedAt: string;
  /** The event's hit: for a batch, `query` holds the URL's parameters overlaid by the event's line. */
  hit: { method: string; path: string; query: Record<string, string> };
  eventData: Record<string, unknown>;
}

type Listener = (event: ProcessedEvent) => void;

export class EventLog {
  private readonly events: ProcessedEvent[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(private readonly size = EVENT_LOG_SIZE) {}

  /** Keeps the order of receipt even when a later event of a hit finished first. */
  add(event: ProcessedEvent): void {
    const events = this.events;
    let at = events.length;
    while (at > 0 && events[at - 1].id > event.id) at--;
    if (at === events.length) events.push(event);
    else events.splice(at, 0, event);
    // One in, one out: shift is the cheap end of an array in V8.
    while (events.length > this.size) events.shift();
    for (const listener of this.listeners) listener(event);
  }

  list(): ProcessedEvent[] {
    return [...this.events];
  }

  /** Returns the function that stops listening. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
