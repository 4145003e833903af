// Every sandbox API by its require() name, with the permission GTM requires for it.
import type { Host } from '../host';
import { JSON_API, MATH_API, OBJECT_API } from './builtins';
import { createContainerApis } from './container';
import { getType, makeInteger, makeNumber, makeString, makeTableMap } from './conversions';
import { createCookieApis } from './cookies';
import * as enc from './encoding';
import { createEventDataApis } from './event-data';
import { createHttpApis } from './http';
import { createLoggingApis } from './logging';
import { createMessageApis } from './messages';
import { createPromiseApi } from './promise';
import { createRegexApi, testRegex, type RegexFactory } from './regex';
import { createRequestApis } from './request';
import { createResponseApis, emptyResponse } from './response';
import { createStorageApis } from './storage';
import { createTimeApis } from './time';

export interface ApiOptions {
  /** Makes regexes in the caller's realm (the vm sandbox), so native string methods accept them. */
  makeRegex?: RegexFactory;
  /** Errors thrown inside promise callbacks that nobody handled. */
  onUnhandledError?: (error: unknown) => void;
}

/** The permission each API needs at require() time; APIs not listed need none. */
export const API_PERMISSIONS: Record<string, string> = {
  getAllEventData: 'read_event_data',
  getEventData: 'read_event_data',
  getCookieValues: 'get_cookies',
  setCookie: 'set_cookies',
  getRequestHeader: 'read_request',
  getRequestQueryParameter: 'read_request',
  getRequestQueryParameters: 'read_request',
  getRequestQueryString: 'read_request',
  getRequestPath: 'read_request',
  getRequestMethod: 'read_request',
  getRequestBody: 'read_request',
  getRemoteAddress: 'read_request',
  sendHttpRequest: 'send_http',
  sendHttpGet: 'send_http',
  addMessageListener: 'use_message',
  hasMessageListener: 'use_message',
  sendMessage: 'use_message',
  getGoogleScript: 'send_http',
  logToConsole: 'logging',
  templateDataStorage: 'access_template_storage',
  getContainerVersion: 'read_container_data',
  // Client and Google Cloud APIs.
  BigQuery: 'access_bigquery',
  Firestore: 'access_firestore',
  getGoogleAuth: 'use_google_credentials',
  setResponseHeader: 'access_response',
  setResponseBody: 'access_response',
  setResponseStatus: 'access_response',
  setPixelResponse: 'access_response',
  returnResponse: 'return_response',
  claimRequest: 'read_request',
  runContainer: 'run_container',
  sendPixelFromBrowser: 'send_pixel_from_browser',
  sendEventToGoogleAnalytics: 'send_http',
};

/** APIs GTM has but this runtime does not emulate; calling one unmocked throws a clear error. */
export const NOT_EMULATED = [
  'BigQuery',
  'Firestore',
  'sendEventToGoogleAnalytics',
  'getClientName',
  'getGoogleScript',
  'addEventCallback',
  'hmacSha256',
  'isRequestMpv1',
  'isRequestMpv2',
  'extractEventsFromMpv1',
  'extractEventsFromMpv2',
];

/**
 * Functions that get the caller's own objects, not copies: the Object methods must (they freeze or
 * mutate them); getType and JSON.stringify only read them, realm-safe, and a copy of a whole event per
 * call would make every type check cost as much as the event is large.
 */
export const RAW_ARGUMENT_FUNCTIONS = [...Object.values(OBJECT_API), getType, JSON_API.stringify];

/** The not-emulated APIs that are objects, with their methods. */
const OBJECT_APIS: Record<string, string[]> = {
  BigQuery: ['insert'],
  Firestore: ['read', 'write', 'query', 'runTransaction'],
};

/** The pure APIs: the same values in every execution. */
export const PURE_APIS = {
  getType,
  makeString,
  makeNumber,
  makeInteger,
  makeTableMap,
  JSON: JSON_API,
  Math: MATH_API,
  Object: OBJECT_API,
  encodeUri: enc.encodeUri,
  encodeUriComponent: enc.encodeUriComponent,
  decodeUri: enc.decodeUri,
  decodeUriComponent: enc.decodeUriComponent,
  parseUrl: enc.parseUrl,
  toBase64: enc.toBase64,
  fromBase64: enc.fromBase64,
  sha256Sync: enc.sha256Sync,
  testRegex,
  computeEffectiveTldPlusOne: enc.computeEffectiveTldPlusOne,
};

/** All APIs bound to one execution. */
export function createApis(host: Host, options: ApiOptions = {}): Record<string, unknown> {
  const onUnhandledError =
    options.onUnhandledError ??
    host.onUnhandledError ??
    ((e: unknown) => host.trace.errors.push(`Uncaught error in a promise callback: ${String(e)}`));
  const http = createHttpApis(host, onUnhandledError);
  const apis: Record<string, unknown> = {
    ...PURE_APIS,
    Promise: createPromiseApi({
      onUnhandledError,
      timeoutMs: host.promiseTimeoutMs,
      // Counted as pending work: GTM rejects the promise after the limit, and handlers then run.
      setTimer: (fn, ms) => host.tasks.timer(fn, ms, true),
    }),
    createRegex: createRegexApi(options.makeRegex),
    sha256: enc.createSha256((fn) => host.tasks.later(fn)),
    ...createTimeApis(host),
    ...createEventDataApis(host),
    ...createRequestApis(host),
    ...createCookieApis(host),
    ...http,
    sendHttpGet: (url: unknown, ...rest: unknown[]) =>
      typeof rest[0] === 'function'
        ? http.sendHttpRequest(url, rest[0], { ...asObject(rest[1]), method: 'GET' })
        : http.sendHttpRequest(url, { ...asObject(rest[0]), method: 'GET' }),
    ...createLoggingApis(host),
    ...createStorageApis(host),
    ...createContainerApis(host),
    ...createResponseApis(host, host.response ?? emptyResponse()),
    ...createMessageApis(host),
  };
  const notEmulated = (name: string) => () => {
    throw new Error(
      `${name} is not emulated by this runtime; mock it in tests with mock() or mockObject()`,
    );
  };
  for (const name of NOT_EMULATED) {
    if (name in apis) continue;
    const methods = OBJECT_APIS[name];
    apis[name] = methods
      ? Object.fromEntries(methods.map((m) => [m, notEmulated(`${name}.${m}`)]))
      : notEmulated(name);
  }
  return apis;
}

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
