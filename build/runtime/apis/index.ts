// Every sandbox API by its require() name (the names and permissions are sandbox/apis.ts's; a test
// holds this object to that list), bound to one execution.
import type { Host } from '../host';
import { JSON_API, MATH_API, OBJECT_API } from './builtins';
import { createContainerApis } from './container';
import { getType, makeInteger, makeNumber, makeString, makeTableMap } from './conversions';
import { createCookieApis } from './cookies';
import * as enc from './encoding';
import { createContainerEvents, createEventCallbackApis } from './event-callback';
import { createEventDataApis } from './event-data';
import { createGoogleServiceApis } from './google-services';
import { createHttpApis } from './http';
import { createLoggingApis } from './logging';
import { createMeasurementProtocolApis } from './measurement-protocol';
import { createMessageApis } from './messages';
import { createPrivateKeyApis } from './private-keys';
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

/**
 * Functions that get the caller's own objects, not copies: the Object methods must (they freeze or
 * mutate them); getType and JSON.stringify only read them, realm-safe, and a copy of a whole event per
 * call would make every type check cost as much as the event is large.
 */
export const RAW_ARGUMENT_FUNCTIONS = [...Object.values(OBJECT_API), getType, JSON_API.stringify];

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
  const events = createContainerEvents(host);
  const apis = mergeApis([
    PURE_APIS,
    {
      Promise: createPromiseApi({
        onUnhandledError,
        timeoutMs: host.promiseTimeoutMs,
        // Counted as pending work: GTM rejects the promise after the limit, and handlers then run.
        setTimer: (fn, ms) => host.tasks.timer(fn, ms, true),
      }),
      createRegex: createRegexApi(options.makeRegex),
      sha256: enc.createSha256((fn) => host.tasks.later(fn)),
    },
    createTimeApis(host),
    createEventDataApis(host),
    createRequestApis(host),
    createCookieApis(host),
    http,
    {
      sendHttpGet: (url: unknown, ...rest: unknown[]) =>
        typeof rest[0] === 'function'
          ? http.sendHttpRequest(url, rest[0], { ...asObject(rest[1]), method: 'GET' })
          : http.sendHttpRequest(url, { ...asObject(rest[0]), method: 'GET' }),
    },
    createLoggingApis(host),
    createStorageApis(host),
    createContainerApis(host),
    createResponseApis(host, host.response ?? emptyResponse(), events),
    createMessageApis(host),
    createMeasurementProtocolApis(host),
    createEventCallbackApis(host, events),
    createPrivateKeyApis(host),
    createGoogleServiceApis(),
  ]);
  return apis;
}

/**
 * One object of every group's APIs. A loop, not an object literal spreading the groups: V8 builds such
 * a literal of this many spreads on a slow path, about 0.2 ms per execution.
 */
function mergeApis(groups: object[]): Record<string, unknown> {
  const apis: Record<string, unknown> = {};
  for (const group of groups) {
    for (const name of Object.keys(group)) apis[name] = (group as Record<string, unknown>)[name];
  }
  return apis;
}

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
