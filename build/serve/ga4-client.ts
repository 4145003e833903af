// The GA4 client, as sGTM's built-in one claims gtag's `/g/collect` hits: each hit becomes one event
// (GET, or POST with an empty body) or one event per body line (gtag's batching), its parameters mapped
// by sandbox/ga4-hit.ts (the mapping extractEventsFromMpv2 uses too; its table is in docs/runtime.md).
import { ga4EventData } from '../sandbox/ga4-hit';
import { parseParams } from './query-params';

export interface Hit {
  /** The URL's query string, without `?`. */
  query: string;
  body: string;
  /** Lower-case names, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  remoteAddress?: string;
}

export interface Ga4Event {
  eventData: Record<string, unknown>;
  /** The decoded parameters the event came from: the URL's, overlaid by its body line's. */
  params: Record<string, string>;
  /** What the client dropped or could not read, for the timeline. */
  notes: string[];
}

/** The events, and the URL's own parameters (the request's query, as the template sees it). */
export type HitResult = { events: Ga4Event[]; query: Record<string, string> } | { error: string };

/** gtag batches a handful of events; a body of thousands of lines is not a browser's hit. */
export const MAX_EVENTS_PER_HIT = 100;

function firstForwardedFor(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header[0] : header;
  const first = text?.split(',')[0].trim();
  return first ? first : undefined;
}

/** The socket's address as the user's IP: an IPv4 client of a dual-stack socket without `::ffff:`. */
function socketAddress(address: string | undefined): string | undefined {
  return address?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

function eventFromParams(params: Map<string, string>, hit: Hit, notes: string[]): Ga4Event {
  // The hit's parameters as the one GA4 mapping reads them; the request gives user_agent and the IP.
  const mapped = ga4EventData(params);
  const eventData = mapped.eventData;
  const userAgent = hit.headers['user-agent'];
  if (typeof userAgent === 'string' && userAgent) eventData.user_agent = userAgent;
  const ip = firstForwardedFor(hit.headers['x-forwarded-for']) ?? socketAddress(hit.remoteAddress);
  if (ip) eventData.ip_override = ip;
  return { eventData, params: Object.fromEntries(params), notes: [...notes, ...mapped.notes] };
}

/** The hit's events, or why it is refused (the server answers 400 with that reason). */
export function eventsFromHit(hit: Hit): HitResult {
  const shared = parseParams(hit.query);
  const lines = hit.body.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length > MAX_EVENTS_PER_HIT) {
    return {
      error: `the body holds ${lines.length} events; a hit carries at most ${MAX_EVENTS_PER_HIT}`,
    };
  }
  const perLine = lines.length ? lines.map(parseParams) : [{ params: [], notes: [] }];
  const events: Ga4Event[] = [];
  for (const [index, line] of perLine.entries()) {
    const params = new Map([...shared.params, ...line.params]);
    if (!params.get('en')) {
      const where = lines.length > 1 ? `line ${index + 1} of the body` : 'the hit';
      return { error: `${where} has no event name: add the "en" parameter, e.g. en=page_view` };
    }
    events.push(eventFromParams(params, hit, [...shared.notes, ...line.notes]));
  }
  return { events, query: Object.fromEntries(shared.params) };
}
