// The GA4 client, as sGTM's built-in one claims gtag's `/g/collect` hits: each hit becomes one event
// (GET, or POST with an empty body) or one event per body line (gtag's batching), in Google's common
// event data names. The table of names, with their sources, is in docs/runtime.md.
import { parseItem } from './ga4-items';
import { parseParams, tryDecode } from './query-params';

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

const STRING_KEYS: Record<string, string> = {
  en: 'event_name',
  cid: 'client_id',
  dl: 'page_location',
  dr: 'page_referrer',
  dt: 'page_title',
  ul: 'language',
  sr: 'screen_resolution',
  uid: 'user_id',
  cu: 'currency',
  sid: 'ga_session_id',
  gcs: 'x-ga-gcs',
  tid: 'x-ga-measurement_id',
  v: 'x-ga-protocol_version',
};

const NUMBER_KEYS: Record<string, string> = {
  sct: 'ga_session_number',
  _et: 'engagement_time_msec',
  _p: 'x-ga-page_id',
};

const CLIENT_HINT_KEYS: Record<string, string> = {
  uaa: 'architecture',
  uab: 'bitness',
  uam: 'model',
  uap: 'platform',
  uapv: 'platform_version',
};

const CLIENT_HINT_FLAGS: Record<string, string> = { uamb: 'mobile', uaw: 'wow64' };

const USER_PROPERTIES = 'x-ga-mp2-user_properties';

function toNumber(name: string, value: string, notes: string[]): number | undefined {
  const n = Number(value);
  if (Number.isFinite(n)) return n;
  notes.push(`${name} "${value.slice(0, 40)}" is not a number, left out`);
  return undefined;
}

/** `uafvl`: `Brand;version|Brand;version`, each part URI-encoded once more by gtag. */
function fullVersionList(value: string): { brand: string; version: string }[] {
  return value
    .split('|')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const semi = entry.lastIndexOf(';');
      const brand = semi < 0 ? entry : entry.slice(0, semi);
      const version = semi < 0 ? '' : entry.slice(semi + 1);
      return { brand: tryDecode(brand) ?? brand, version: tryDecode(version) ?? version };
    });
}

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
  // event_name first, as GTM's preview lists it; the hit has one (checked by the caller).
  const eventData: Record<string, unknown> = { event_name: params.get('en') };
  const items: { n: number; item: Record<string, unknown> }[] = [];
  const hints: Record<string, unknown> = {};
  for (const [name, value] of params) {
    if (value === '') continue;
    const prefix = name.slice(0, name.indexOf('.') + 1);
    const rest = name.slice(prefix.length);
    const item = /^pr(\d+)$/.exec(name);
    if (name in STRING_KEYS) eventData[STRING_KEYS[name]] = value;
    else if (name in NUMBER_KEYS) {
      const n = toNumber(name, value, notes);
      if (n !== undefined) eventData[NUMBER_KEYS[name]] = n;
    } else if (prefix === 'ep.' && rest) eventData[rest] = value;
    else if (prefix === 'epn.' && rest) {
      const n = toNumber(name, value, notes);
      if (n !== undefined) eventData[rest] = n;
    } else if ((prefix === 'up.' || prefix === 'upn.') && rest) {
      const n = prefix === 'upn.' ? toNumber(name, value, notes) : value;
      if (n === undefined) continue;
      const props = (eventData[USER_PROPERTIES] ??= {}) as Record<string, unknown>;
      props[rest] = n;
    } else if (item) {
      const n = Number(item[1]);
      const parsed =
        n >= 1 ? parseItem(name, value) : { dropped: `${name} dropped: items start at pr1` };
      if ('dropped' in parsed) notes.push(parsed.dropped);
      else {
        notes.push(...parsed.notes);
        items.push({ n, item: parsed.item });
      }
    } else if (name in CLIENT_HINT_KEYS) hints[CLIENT_HINT_KEYS[name]] = value;
    else if (name in CLIENT_HINT_FLAGS) hints[CLIENT_HINT_FLAGS[name]] = value === '1';
    else if (name === 'uafvl') hints.full_version_list = fullVersionList(value);
  }
  if (items.length) eventData.items = items.sort((a, b) => a.n - b.n).map((i) => i.item);
  if (Object.keys(hints).length) eventData.client_hints = hints;
  const userAgent = hit.headers['user-agent'];
  if (typeof userAgent === 'string' && userAgent) eventData.user_agent = userAgent;
  const ip = firstForwardedFor(hit.headers['x-forwarded-for']) ?? socketAddress(hit.remoteAddress);
  if (ip) eventData.ip_override = ip;
  return { eventData, params: Object.fromEntries(params), notes };
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
