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
import type { HttpResponse, SandboxPromise } from 'sgtm';
import type { Config } from './config';
import type { Request } from './event';
import { READABLE_COOKIES } from './rules';
import { isString, prop } from './values';

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
 * A cookie's values, or undefined when the get_cookies permission does not list it: the template's
 * own cookies are listed; a custom envelope cookie name (a field) may not be.
 */
function readableCookie(name: string): string[] | undefined {
  if (READABLE_COOKIES.indexOf(name) < 0 && !queryPermission('get_cookies', name)) return undefined;
  return getCookieValues(name);
}

/**
 * What the tag reads from the incoming request. The event and the cookies every event needs are read
 * now; the rest on first use, and nothing twice. Only headers the read_request permission lists are
 * read, so no queryPermission first: GTM's query signature for a header is undocumented, and a wrong
 * guess would silently lose the Referer.
 */
export function readRequest(config: Config): Request {
  const event = getAllEventData();
  const name = prop(event, 'event_name');
  const once: { [key: string]: unknown } = {};
  const memo =
    <T>(key: string, read: () => T) =>
    (): T => {
      if (!once.hasOwnProperty(key)) once[key] = read();
      return once[key] as T;
    };
  return {
    event: event,
    eventName: isString(name) ? name : '',
    envelopeCookie:
      config.envelopeSource === 'cookie' ? readableCookie(config.envelopeCookieName) : [],
    scid: config.sendSnapIds ? getCookieValues('_scid') : [],
    nowMs: getTimestampMillis(),
    scclid: memo('_scclid', () => getCookieValues('_scclid')),
    header: (header) => memo(header, () => getRequestHeader(header))(),
    remoteAddress: memo('remoteAddress', () => getRemoteAddress()),
    random: memo('random', () => generateRandom(RANDOM_MIN, RANDOM_MAX)),
  };
}

/** `debug` logging logs in GTM's preview and debug modes only. */
export function loggingOn(mode: Config['logging']): boolean {
  if (mode !== 'debug') return mode === 'always';
  const version = getContainerVersion();
  return version.debugMode === true || version.previewMode === true;
}

export function writeLog(line: string): void {
  logToConsole(line);
}

/**
 * POSTs the body; `done` gets the status (0 or undefined for a failure or a timeout). The callback
 * form reports every end through one function, which keeps "exactly one callback" easy to see.
 */
export function post(
  url: string,
  body: string,
  timeoutMs: number,
  done: (status: unknown) => void,
) {
  sendHttpRequest(
    url,
    (statusCode) => done(statusCode),
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, timeout: timeoutMs },
    body,
  );
}

/** A permission the template declares may have been edited away; asking first avoids a throw. */
export function allowed(
  permission: 'access_template_storage' | 'send_http',
  url?: string,
): boolean {
  return url === undefined ? queryPermission(permission) : queryPermission(permission, url);
}

/** The refresh cache, shared by every tag of this template on the server instance. */
export const cache = {
  read: (key: string): unknown => templateDataStorage.getItemCopy(key),
  write: (key: string, value: unknown) => templateDataStorage.setItemCopy(key, value),
  remove: (key: string) => templateDataStorage.removeItem(key),
};

export function get(
  url: string,
  headers: { [name: string]: string },
  timeoutMs: number,
): SandboxPromise<HttpResponse> {
  return sendHttpRequest(url, { method: 'GET', headers: headers, timeout: timeoutMs });
}

/**
 * Writes the envelope cookie unless its name (a field) is missing from the set_cookies permission;
 * the value is already URL-encoded.
 */
export function writeCookie(name: string, value: string, options: CookieOptions): boolean {
  if (!queryPermission('set_cookies', name, options)) return false;
  setCookie(name, value, options, true);
  return true;
}
