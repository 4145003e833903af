// isRequestMpv1/isRequestMpv2 and extractEventsFromMpv1/extractEventsFromMpv2: the incoming request
// read as a Measurement Protocol hit (v1: Universal Analytics' /collect; v2: GA4's /g/collect, what
// gtag.js sends) and translated into event data objects, as GA4-style client templates run them.
//
// [doc] extract* "Translates an incoming Measurement Protocol request into a list of events in Unified
// Schema format. Returns the list of extracted events. Throws an error if the request is not in the
// correct format." A v2 request's query holds the parameters every event shares, and each line of its
// body one event's own; a v1 request is one hit (its query or body) or, at /batch, one hit per line.
// The keys follow GTM's common event data (event_name, client_id, page_location, ..., x-ga-*);
// [unsure] the rarer GA parameters that have no common key are kept as x-ga-mp1-<name> (v1) or
// dropped (v2), and v2 numbers (epn., _et, _s, sct, item prices) are numbers.
import type { Host } from '../host';
import { enforceApi } from '../permissions';
import { headerValue } from './request';

type Params = Map<string, string>;

function parseParams(text: string): Params {
  const params: Params = new Map();
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    if (!params.has(key)) params.set(key, decode(eq < 0 ? '' : part.slice(eq + 1)));
  }
  return params;
}

function queryParams(request: Host['request']): Params {
  const params: Params = new Map();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    params.set(key, Array.isArray(value) ? (value[0] ?? '') : value);
  }
  return params;
}

const bodyLines = (request: Host['request']) =>
  (request.body ?? '').split(/\r?\n/).filter((line) => line.trim() !== '');

const pathOf = (request: Host['request']) => request.path ?? '/';

const V1_PATHS = ['/collect', '/j/collect', '/r/collect', '/batch'];

/** The hit's protocol version, from its query or else its body's first line. */
function version(request: Host['request']): string | undefined {
  const query = queryParams(request);
  if (query.has('v')) return query.get('v');
  const [first] = bodyLines(request);
  return first === undefined ? undefined : parseParams(first).get('v');
}

export function isMpv1(request: Host['request']): boolean {
  const path = pathOf(request);
  return (
    !path.endsWith('/g/collect') &&
    V1_PATHS.some((p) => path.endsWith(p)) &&
    version(request) === '1'
  );
}

export function isMpv2(request: Host['request']): boolean {
  return pathOf(request).endsWith('/g/collect') && version(request) === '2';
}

const COMMON_V1: Record<string, string> = {
  tid: 'x-ga-measurement_id',
  cid: 'client_id',
  uid: 'user_id',
  dl: 'page_location',
  dr: 'page_referrer',
  dt: 'page_title',
  ul: 'language',
  sr: 'screen_resolution',
  uip: 'ip_override',
  ua: 'user_agent',
};

function eventFromV1(hit: Params, userAgent: string | undefined): Record<string, unknown> {
  const type = hit.get('t') ?? 'pageview';
  // [unsure] A v1 event hit is named by its action, other hits by their type.
  const name =
    type === 'pageview' ? 'page_view' : type === 'event' ? (hit.get('ea') ?? 'event') : type;
  const event: Record<string, unknown> = { event_name: name, 'x-ga-protocol_version': '1' };
  if (userAgent !== undefined) event.user_agent = userAgent;
  for (const [key, value] of hit) {
    if (key === 'v') continue;
    if (key === 'ev') event.value = Number(value);
    if (COMMON_V1[key]) event[COMMON_V1[key]] = value;
    else event[`x-ga-mp1-${key}`] = value;
  }
  return event;
}

export function eventsFromMpv1(request: Host['request']): Record<string, unknown>[] {
  if (!isMpv1(request))
    throw new Error('extractEventsFromMpv1: the request is not a Measurement Protocol v1 request');
  const userAgent = headerValue(request.headers, 'user-agent');
  const query = queryParams(request);
  const hits = pathOf(request).endsWith('/batch')
    ? bodyLines(request).map(parseParams)
    : [query.has('v') ? query : parseParams(bodyLines(request).join('&'))];
  return hits.map((hit) => eventFromV1(hit, userAgent));
}

const COMMON_V2: Record<string, string> = {
  en: 'event_name',
  cid: 'client_id',
  uid: 'user_id',
  dl: 'page_location',
  dr: 'page_referrer',
  dt: 'page_title',
  ul: 'language',
  sr: 'screen_resolution',
  uip: 'ip_override',
  _uip: 'ip_override',
  cu: 'currency',
  sid: 'ga_session_id',
  v: 'x-ga-protocol_version',
  tid: 'x-ga-measurement_id',
  gtm: 'x-ga-gtm_version',
  _p: 'x-ga-page_id',
  gcs: 'x-ga-gcs',
  gcd: 'x-ga-gcd',
  seg: 'x-ga-mp2-seg',
};
const NUMERIC_V2: Record<string, string> = {
  _et: 'engagement_time_msec',
  _s: 'x-ga-request_count',
  sct: 'ga_session_number',
};

const ITEM_KEYS: Record<string, string> = {
  id: 'item_id',
  nm: 'item_name',
  br: 'item_brand',
  ca: 'item_category',
  c2: 'item_category2',
  c3: 'item_category3',
  c4: 'item_category4',
  c5: 'item_category5',
  va: 'item_variant',
  cp: 'coupon',
  ln: 'item_list_name',
  li: 'item_list_id',
  af: 'affiliation',
  lo: 'location_id',
};
const ITEM_NUMBERS: Record<string, string> = {
  pr: 'price',
  qt: 'quantity',
  ds: 'discount',
  lp: 'index',
};

/** One `pr1` value: `id123~nmShoe~pr9.99~qt2`, each field a two-letter key and its value. */
function itemFrom(text: string): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const field of text.split('~')) {
    const key = field.slice(0, 2);
    const value = field.slice(2);
    if (ITEM_KEYS[key]) item[ITEM_KEYS[key]] = value;
    else if (ITEM_NUMBERS[key]) item[ITEM_NUMBERS[key]] = Number(value);
  }
  return item;
}

function eventFromV2(hit: Params, userAgent: string | undefined): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  const userProperties: Record<string, unknown> = {};
  const items: [number, Record<string, unknown>][] = [];
  for (const [key, value] of hit) {
    const item = /^pr(\d+)$/.exec(key);
    if (COMMON_V2[key]) event[COMMON_V2[key]] = value;
    else if (NUMERIC_V2[key]) event[NUMERIC_V2[key]] = Number(value);
    else if (key.startsWith('ep.')) event[key.slice(3)] = value;
    else if (key.startsWith('epn.')) event[key.slice(4)] = Number(value);
    else if (key.startsWith('up.')) userProperties[key.slice(3)] = value;
    else if (key.startsWith('upn.')) userProperties[key.slice(4)] = Number(value);
    else if (item) items.push([Number(item[1]), itemFrom(value)]);
  }
  if (userAgent !== undefined) event.user_agent = userAgent;
  if (items.length > 0) event.items = items.sort((a, b) => a[0] - b[0]).map(([, i]) => i);
  if (Object.keys(userProperties).length > 0) event['x-ga-mp2-user_properties'] = userProperties;
  return event;
}

export function eventsFromMpv2(request: Host['request']): Record<string, unknown>[] {
  if (!isMpv2(request))
    throw new Error('extractEventsFromMpv2: the request is not a Measurement Protocol v2 request');
  const userAgent = headerValue(request.headers, 'user-agent');
  const shared = queryParams(request);
  const lines = bodyLines(request);
  const hits = (lines.length > 0 ? lines : ['']).map((line) => {
    const own = parseParams(line);
    return new Map([...shared, ...own]);
  });
  return hits.map((hit) => eventFromV2(hit, userAgent));
}

export const createMeasurementProtocolApis = (host: Pick<Host, 'permissions' | 'request'>) => ({
  isRequestMpv1: (): boolean => isMpv1(host.request),
  isRequestMpv2: (): boolean => isMpv2(host.request),
  extractEventsFromMpv1: (): Record<string, unknown>[] => {
    enforceApi(host.permissions, 'extractEventsFromMpv1', 'body');
    enforceApi(host.permissions, 'extractEventsFromMpv1', 'query_parameter');
    return eventsFromMpv1(host.request);
  },
  extractEventsFromMpv2: (): Record<string, unknown>[] => {
    enforceApi(host.permissions, 'extractEventsFromMpv2', 'body');
    enforceApi(host.permissions, 'extractEventsFromMpv2', 'query_parameter');
    return eventsFromMpv2(host.request);
  },
});
