// The tag's one edge to GTM.
// Every API that reads the request, talks to the network or keeps state.
// The rest of the tag is pure functions of what these return, so it can be tested without GTM.
import {
  generateRandom,
  getAllEventData,
  getContainerVersion,
  getCookieValues,
  getRemoteAddress,
  getRequestHeader,
  getTimestampMillis,
  logToConsole,
  queryPermission,
  sendHttpRequest,
  setCookie,
  templateDataStorage,
} from 'sgtm';
import type { HttpRequestFailure, HttpResponse, SandboxPromise } from 'sgtm';
import type { Config } from './config';
import type { EventData, Request } from './types';
import { READABLE_COOKIES } from './rules';

/** setCookie's options as the tag writes the envelope cookie. */
export interface CookieOptions {
  domain: string;
  path: string;
  'max-age': number;
  expires?: string;
  secure: boolean;
  samesite: 'Lax';
}

// Nine digits, so generated event IDs have a constant length.
export const RANDOM_MIN = 100000000;
export const RANDOM_MAX = 999999999;

/**
 * What the tag reads from the incoming request. The event and the cookies every event needs are read
 * now; the rest on first use, and nothing twice. Only headers the read_request permission lists are
 * read, so no queryPermission first: GTM's query signature for a header is undocumented, and a wrong
 * guess would silently lose the Referer. A custom envelope cookie name (a field) may be missing from
 * the get_cookies permission: it is asked first, and undefined stands for "not permitted". The lazy
 * reads each have one caller, which calls at most once; the headers, asked for twice, are kept.
 */
export function readRequest(cfg: Config, warn: (warning: string) => void): Request {
  const all = getAllEventData(),
    // typeof, not getType: an API call per event for what GTM always gives as an object.
    event = (typeof all === 'object' && all !== null ? all : {}) as EventData,
    name = event.event_name,
    cookie = cfg.envelopeCookieName,
    headers: { [name: string]: unknown } = {};
  return {
    event: event,
    eventName: typeof name === 'string' ? name : '',
    envelopeCookie:
      cfg.envelopeSource !== 'cookie'
        ? []
        : READABLE_COOKIES.indexOf(cookie) >= 0 || queryPermission('get_cookies', cookie)
          ? getCookieValues(cookie)
          : undefined,
    scid: cfg.sendSnapIds ? getCookieValues('_scid') : [],
    nowMs: getTimestampMillis(),
    scclid: () => getCookieValues('_scclid'),
    header: (header) => {
      if (!headers.hasOwnProperty(header)) headers[header] = getRequestHeader(header);
      return headers[header];
    },
    remoteAddress: getRemoteAddress,
    random: () => generateRandom(RANDOM_MIN, RANDOM_MAX),
    warn: warn,
  };
}

/** `debug` logging logs in GTM's preview and debug modes only. */
export function loggingOn(mode: Config['logging']): boolean {
  const version = mode === 'debug' ? getContainerVersion() : undefined;
  return (
    mode === 'always' || (!!version && (version.debugMode === true || version.previewMode === true))
  );
}

// Called as they are: a wrapper would add nothing but a name.
export { logToConsole, queryPermission, templateDataStorage };

/**
 * POSTs the body. The promise form, because its rejection says why no answer came (`{reason: 'failed'}`
 * for a request that never connected, `{reason: 'timed_out'}` for one that got no answer in time),
 * which the callback form folds into a status of 0 or -1.
 */
export const post = (
  url: string,
  body: string,
  timeoutMs: number,
): SandboxPromise<HttpResponse, HttpRequestFailure> =>
  sendHttpRequest(
    url,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, timeout: timeoutMs },
    body,
  );

export const get = (
  url: string,
  headers: { [name: string]: string },
  timeoutMs: number,
): SandboxPromise<HttpResponse> =>
  sendHttpRequest(url, { method: 'GET', headers: headers, timeout: timeoutMs });

/** Writes the envelope cookie (already URL-encoded) unless the set_cookies permission refuses its name. */
export function writeCookie(name: string, value: string, options: CookieOptions): boolean {
  const permitted = queryPermission('set_cookies', name, options);
  if (permitted) setCookie(name, value, options, true);
  return permitted;
}
