// The sandbox APIs as a Node module, for jest unit tests of tag modules ('sgtm' maps here).
// Pure APIs are exported as they are; side-effecting ones act on the current execution, which a test
// sets with setExecution(createHost({...})) from './current-execution' (re-exported below).
import { PURE_APIS } from './apis';
import { currentApi, currentExecution } from './current-execution';

export { createHost } from './execution';
export { setExecution, resetExecution, currentExecution } from './current-execution';
export { createTemplateStorage } from './apis/storage';

type Fn = (...args: never[]) => unknown;
const bound =
  <F extends Fn>(name: string) =>
  (...args: Parameters<F>): ReturnType<F> =>
    currentApi<F>(name)(...args) as ReturnType<F>;

export const getType = PURE_APIS.getType;
export const makeString = PURE_APIS.makeString;
export const makeNumber = PURE_APIS.makeNumber;
export const makeInteger = PURE_APIS.makeInteger;
export const makeTableMap = PURE_APIS.makeTableMap;
export const JSON = PURE_APIS.JSON;
export const Math = PURE_APIS.Math;
export const Object = PURE_APIS.Object;
export const encodeUri = PURE_APIS.encodeUri;
export const encodeUriComponent = PURE_APIS.encodeUriComponent;
export const decodeUri = PURE_APIS.decodeUri;
export const decodeUriComponent = PURE_APIS.decodeUriComponent;
export const parseUrl = PURE_APIS.parseUrl;
export const toBase64 = PURE_APIS.toBase64;
export const fromBase64 = PURE_APIS.fromBase64;
export const sha256Sync = PURE_APIS.sha256Sync;
export const testRegex = PURE_APIS.testRegex;
export const computeEffectiveTldPlusOne = PURE_APIS.computeEffectiveTldPlusOne;

/** Promise.create / Promise.all, bound to the current execution's timers. */
export const Promise = {
  create: (resolver: unknown) =>
    currentApi<{ create(r: unknown): unknown }>('Promise').create(resolver),
  all: (list: unknown) => currentApi<{ all(l: unknown): unknown }>('Promise').all(list),
};

export const createRegex =
  bound<(pattern: unknown, flags?: unknown) => RegExp | null>('createRegex');
export const sha256 =
  bound<(input: unknown, onSuccess: unknown, options?: unknown) => void>('sha256');
export const getTimestampMillis = bound<() => number>('getTimestampMillis');
export const getTimestamp = bound<() => number>('getTimestamp');
export const generateRandom = bound<(min: unknown, max: unknown) => number>('generateRandom');
export const getAllEventData = bound<() => Record<string, unknown>>('getAllEventData');
export const getEventData = bound<(keyPath: unknown) => unknown>('getEventData');
export const getCookieValues =
  bound<(name: unknown, noDecode?: unknown) => string[]>('getCookieValues');
export const setCookie =
  bound<(name: unknown, value: unknown, options?: unknown, noEncode?: unknown) => void>(
    'setCookie',
  );
export const getRequestHeader = bound<(name: unknown) => string | undefined>('getRequestHeader');
export const getRequestQueryParameter = bound<(name: unknown) => string | undefined>(
  'getRequestQueryParameter',
);
export const getRequestQueryParameters = bound<() => Record<string, string | string[]>>(
  'getRequestQueryParameters',
);
export const getRequestQueryString = bound<() => string>('getRequestQueryString');
export const getRequestPath = bound<() => string>('getRequestPath');
export const getRequestMethod = bound<() => string>('getRequestMethod');
export const getRequestBody = bound<() => string | undefined>('getRequestBody');
export const getRemoteAddress = bound<() => string | undefined>('getRemoteAddress');
export const sendHttpRequest =
  bound<(url: unknown, ...rest: unknown[]) => unknown>('sendHttpRequest');
export const logToConsole = bound<(...args: unknown[]) => void>('logToConsole');
export const getContainerVersion = bound<() => Record<string, unknown>>('getContainerVersion');
export const queryPermission =
  bound<(permission: unknown, ...args: unknown[]) => boolean>('queryPermission');
export const callLater = bound<(fn: unknown) => void>('callLater');
export const sendHttpGet = bound<(url: unknown, ...rest: unknown[]) => unknown>('sendHttpGet');
export const sendPixelFromBrowser = bound<(url: unknown) => boolean>('sendPixelFromBrowser');
export const getGoogleAuth = bound<(options: unknown) => unknown>('getGoogleAuth');
export const claimRequest = bound<() => void>('claimRequest');
export const runContainer =
  bound<(event: unknown, onComplete?: unknown, onStart?: unknown) => void>('runContainer');
export const returnResponse = bound<() => void>('returnResponse');
export const setResponseStatus = bound<(status: unknown) => void>('setResponseStatus');
export const setResponseHeader =
  bound<(name: unknown, value: unknown) => void>('setResponseHeader');
export const setResponseBody = bound<(body: unknown) => void>('setResponseBody');
export const setPixelResponse = bound<() => void>('setPixelResponse');
export const addMessageListener =
  bound<(type: unknown, callback: unknown) => void>('addMessageListener');
export const hasMessageListener = bound<(type: unknown) => boolean>('hasMessageListener');
export const sendMessage = bound<(type: unknown, message: unknown) => void>('sendMessage');
export const getGoogleScript = bound<(...args: unknown[]) => void>('getGoogleScript');
// Not emulated: calling them throws an error that says so (mock them with jest instead).
export const BigQuery = { insert: bound<(...args: unknown[]) => unknown>('BigQuery') };
export const Firestore = bound<(...args: unknown[]) => unknown>('Firestore');
export const sendEventToGoogleAnalytics = bound<(event: unknown) => unknown>(
  'sendEventToGoogleAnalytics',
);
export const getClientName = bound<() => string>('getClientName');
export const addEventCallback = bound<(callback: unknown) => void>('addEventCallback');
export const hmacSha256 = bound<(...args: unknown[]) => string>('hmacSha256');
export const isRequestMpv1 = bound<() => boolean>('isRequestMpv1');
export const isRequestMpv2 = bound<() => boolean>('isRequestMpv2');
export const extractEventsFromMpv1 = bound<() => unknown[]>('extractEventsFromMpv1');
export const extractEventsFromMpv2 = bound<() => unknown[]>('extractEventsFromMpv2');

/** The storage object; its methods follow the current execution. */
export const templateDataStorage = {
  getItemCopy: (key: unknown): unknown => storage().getItemCopy(key),
  setItemCopy: (key: unknown, value: unknown): void => storage().setItemCopy(key, value),
  removeItem: (key: unknown): void => storage().removeItem(key),
  clear: (): void => storage().clear(),
};
function storage() {
  return currentApi<{
    getItemCopy(k: unknown): unknown;
    setItemCopy(k: unknown, v: unknown): void;
    removeItem(k: unknown): void;
    clear(): void;
  }>('templateDataStorage');
}

/**
 * The template's `data` argument in unit tests: callbacks jest can spy on (jest.spyOn(data,
 * 'gtmOnSuccess')); each call is also counted in the current execution's trace. Field values may be
 * assigned by the test.
 */
export const data: Record<string, unknown> & { gtmOnSuccess(): void; gtmOnFailure(): void } = {
  gtmOnSuccess() {
    settle('success');
  },
  gtmOnFailure() {
    settle('failure');
  },
};
function settle(outcome: 'success' | 'failure') {
  const trace = currentExecution().trace;
  trace.callbacks++;
  if (trace.callbacks === 1) trace.outcome = outcome;
  else
    trace.errors.push(
      `gtmOn${outcome === 'success' ? 'Success' : 'Failure'} called after the tag had already ended`,
    );
}
