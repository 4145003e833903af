// isRequestMpv1/isRequestMpv2 and extractEventsFromMpv1/extractEventsFromMpv2: the incoming request
// read as a Measurement Protocol hit (v1: Universal Analytics' /collect; v2: GA4's /g/collect, what
// gtag.js sends) and translated into event data objects, as GA4-style client templates run them.
//
// [doc] extract* "Translates an incoming Measurement Protocol request into a list of events in Unified
// Schema format. Returns the list of extracted events. Throws an error if the request is not in the
// correct format." A v2 request's query holds the parameters every event shares, and each line of its
// body one event's own; a v1 request is one hit (its query or body) or, at /batch, one hit per line.
// The keys follow GTM's common event data (event_name, client_id, page_location, ..., x-ga-*); a v2
// event is mapped by sandbox/ga4-hit.ts, as serve's GA4 client maps it. [unsure] The rarer v1
// parameters that have no common key are kept as x-ga-mp1-<name>.
import { ga4EventData } from '../../sandbox/ga4-hit';
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

/**
 * One v2 event: the GA4 hit mapping serve's GA4 client uses too (sandbox/ga4-hit.ts). [unsure] What
 * GTM's extract leaves out is not reported; the notes are serve's.
 */
function eventFromV2(hit: Params, userAgent: string | undefined): Record<string, unknown> {
  const { eventData } = ga4EventData(hit);
  if (userAgent !== undefined) eventData.user_agent = userAgent;
  return eventData;
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
