// The sGTM sandbox APIs, typed. Sandbox code imports them from one module:
//
//   import { sendHttpRequest, getType, JSON, data } from 'sgtm';
//
// and the build turns each imported name into `const sendHttpRequest = require('sendHttpRequest');`
// (`data` becomes the code's function parameter). Types are strict on purpose: event data, request
// values and parsed JSON are `unknown` because they are untrusted input that the tag must check with
// `getType` before use (an uncaught error in GTM ends the tag without calling either callback).
//
// Signatures follow Google's "Server-side tagging APIs" reference; where the docs leave a detail open
// the comment says [unsure] and the type takes the conservative (narrower or more-undefined) choice.
//
// This file must type-check both under the sandbox lib (types/sandbox.d.ts, noLib) and under
// the Node lib of the root tsconfig, so it only uses types both provide (Array, Record, Readonly...).

declare module 'sgtm' {
  // ---------------------------------------------------------------- data (the code's parameter)

  /** The two completion callbacks GTM passes to every tag; call exactly one, once. */
  export interface TemplateCallbacks {
    readonly gtmOnSuccess: () => void;
    readonly gtmOnFailure: () => void;
  }

  /**
   * The template's own fields. Empty here; a template augments it from its field definitions:
   *
   *   import type { FieldValues } from 'sgtm-template';
   *   import type { fields } from '../fields';
   *   declare module 'sgtm' { interface TemplateFields extends FieldValues<typeof fields> {} }
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface TemplateFields {}

  export type TemplateData = TemplateCallbacks & TemplateFields;

  /** The tag's `data` parameter: field values plus gtmOnSuccess/gtmOnFailure. */
  export const data: TemplateData;

  // ---------------------------------------------------------------- promises

  /**
   * A sandbox promise: only `then`, `catch` and `finally` exist (no `new Promise`, no async/await).
   * `E` is the rejection reason of the API that made it; after `then` it widens to `unknown`, because a
   * handler that fails at run time rejects the chained promise with an error of its own.
   */
  export interface SandboxPromise<T, E = unknown> {
    then<R1 = T, R2 = never>(
      onFulfilled?: ((value: T) => R1 | SandboxPromise<R1, unknown>) | null,
      onRejected?: ((reason: E) => R2 | SandboxPromise<R2, unknown>) | null,
    ): SandboxPromise<R1 | R2, unknown>;
    catch<R = never>(
      onRejected: (reason: E) => R | SandboxPromise<R, unknown>,
    ): SandboxPromise<T | R, unknown>;
    finally(onFinally: () => void): SandboxPromise<T, E>;
  }

  /** `require('Promise')`. */
  export const Promise: {
    /**
     * Like `new Promise(resolver)`. Give the value type (`Promise.create<number>(...)`); without it the
     * value is `unknown`. `resolve()` without a value is allowed, as published templates do.
     */
    create<T = unknown>(
      resolver: (resolve: (value?: T) => void, reject: (reason?: unknown) => void) => void,
    ): SandboxPromise<T>;
    /** Resolves with every value in order, or rejects with the first rejection. */
    all<const P extends readonly SandboxPromise<unknown, unknown>[]>(
      promises: P,
    ): SandboxPromise<{
      -readonly [K in keyof P]: P[K] extends SandboxPromise<infer V, unknown> ? V : never;
    }>;
  };

  // ---------------------------------------------------------------- HTTP

  export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

  /** An opaque credential from `getGoogleAuth`, passed as `authorization`. */
  export interface GoogleAuth {
    readonly __googleAuth: never;
  }

  export interface HttpRequestOptions {
    method?: HttpMethod;
    headers?: Record<string, string>;
    /** Milliseconds; GTM's default is 15000. */
    timeout?: number;
    authorization?: GoogleAuth;
  }

  export interface HttpResponse {
    statusCode: number;
    headers: Record<string, string>;
    body: string;
  }

  /** Why a promise-form request rejected. */
  export interface HttpRequestFailure {
    reason: 'failed' | 'timed_out';
  }

  /**
   * Google: the callback runs on completion, error or timeout; a failed request gives status 0, a
   * timed-out one -1, both with "no headers" ([unsure] {} or undefined: typed undefined-able) and an
   * undefined body; a response without a body also gives an undefined body.
   */
  export type HttpCallback = (
    statusCode: number,
    headers: Record<string, string> | undefined,
    body: string | undefined,
  ) => void;

  /** Callback form: `callback(statusCode, headers, body)` runs when the request ends. */
  export function sendHttpRequest(
    url: string,
    callback: HttpCallback,
    options?: HttpRequestOptions,
    body?: string,
  ): void;
  /** Promise form: resolves with the response, rejects with `{reason: 'failed' | 'timed_out'}`. */
  export function sendHttpRequest(
    url: string,
    options?: HttpRequestOptions,
    body?: string,
  ): SandboxPromise<HttpResponse, HttpRequestFailure>;

  /** A GET request, promise form only. Permission: send_http. */
  export function sendHttpGet(
    url: string,
    options?: Omit<HttpRequestOptions, 'method'>,
  ): SandboxPromise<HttpResponse, HttpRequestFailure>;

  /** Asks the browser that sent the request to load `url`; false when it cannot. Permission: send_pixel_from_browser. */
  export function sendPixelFromBrowser(url: string): boolean;

  /** Permission: use_google_credentials. */
  export function getGoogleAuth(options: { scopes: string[] }): GoogleAuth;

  // ---------------------------------------------------------------- event data

  /** A GA4-style event object. Every value is untrusted: check it with `getType` before use. */
  export interface EventData {
    [key: string]: unknown;
  }

  /** A copy of the event. Permission: read_event_data. */
  export function getAllEventData(): EventData;
  /** The value at a dotted key path (`items.0.price`), or undefined. Permission: read_event_data. */
  export function getEventData(keyPath: string): unknown;

  export interface TagResult {
    id: string;
    status: 'success' | 'failure' | 'exception' | 'timeout';
    executionTime: number;
  }
  /** Runs `callback` when every tag of the event has finished. Permission: read_event_metadata. */
  export function addEventCallback(
    callback: (containerId: string, eventData: { tags: TagResult[] }) => void,
  ): void;

  // ---------------------------------------------------------------- cookies

  /** Every value of the named cookie (empty when absent), URI-decoded unless `noDecode`. Permission: get_cookies. */
  export function getCookieValues(name: string, noDecode?: boolean): string[];

  export interface CookieOptions {
    /** `'auto'` lets GTM pick the widest domain it may set. */
    domain?: string;
    path?: string;
    'max-age'?: number;
    /** A date string in the `Expires` attribute format. */
    expires?: string;
    secure?: boolean;
    httpOnly?: boolean;
    /** Browsers read the attribute case-insensitively; a published template writes 'strict'. */
    samesite?: 'Strict' | 'Lax' | 'None' | 'strict' | 'lax' | 'none';
  }
  /** Adds a Set-Cookie header to the response. Permission: set_cookies. */
  export function setCookie(
    name: string,
    value: string,
    options?: CookieOptions,
    noEncode?: boolean,
  ): void;

  // ---------------------------------------------------------------- the incoming request (read_request)
  // Google documents the header, a query parameter and the body as possibly undefined.

  export function getRequestHeader(headerName: string): string | undefined;
  export function getRequestQueryParameter(name: string): string | undefined;
  /** Parameters by name; a repeated parameter gives an array. */
  export function getRequestQueryParameters(): Record<string, string | string[]>;
  export function getRequestQueryString(): string;
  export function getRequestPath(): string;
  export function getRequestMethod(): string;
  export function getRequestBody(): string | undefined;
  export function getRemoteAddress(): string;
  /** True when the request is a Measurement Protocol v1 (Universal Analytics) hit. */
  export function isRequestMpv1(): boolean;
  /** True when the request is a Measurement Protocol v2 (GA4) hit. */
  export function isRequestMpv2(): boolean;
  /** The request's hits as event data; throws when it is not one. Permission: read_request (body, query parameters). */
  export function extractEventsFromMpv1(): EventData[];
  /** The request's events (one per body line, over the query's shared parameters). Permission: read_request (body, query parameters). */
  export function extractEventsFromMpv2(): EventData[];
  /** The name of the client that claimed the request. Permission: read_container_data. */
  export function getClientName(): string;

  // ---------------------------------------------------------------- client templates: the response

  /** Claims the request for this client, so no other client runs (client templates only). */
  export function claimRequest(): void;
  /** Hands a fresh event to the container's tags. Permission: run_container. */
  export function runContainer(
    event: EventData,
    onComplete?: (bindToEvent: <F>(fn: F) => F) => void,
    onStart?: (bindToEvent: <F>(fn: F) => F) => void,
  ): void;
  /** Sends the response. Permission: return_response. */
  export function returnResponse(): void;
  /** Permission: access_response. */
  export function setResponseStatus(statusCode: number): void;
  export function setResponseHeader(name: string, value: string): void;
  export function setResponseBody(
    body: string,
    encoding?: 'utf8' | 'ascii' | 'utf16le' | 'ucs2' | 'base64' | 'latin1' | 'binary' | 'hex',
  ): void;
  /** Sets the response to a 1x1 GIF. */
  export function setPixelResponse(): void;

  // ---------------------------------------------------------------- messages between tags and clients
  // Permission: use_message. [unsure] message shapes: typed unknown.

  /** Runs `callback` for each message of `messageType` another tag or client sends in this event. */
  export function addMessageListener(
    messageType: string,
    callback: (messageType: string, message: unknown) => void,
  ): void;
  export function hasMessageListener(messageType: string): boolean;
  export function sendMessage(messageType: string, message: unknown): void;

  /** Fetches one of Google's scripts for a client to serve, with its caching metadata (a Google service: mock it in tests). Permission: send_http (Google domains). */
  export function getGoogleScript(
    script: 'ANALYTICS' | 'GTAG' | 'GTM',
    options?: { id?: string; debug?: boolean; timeout?: number },
  ): SandboxPromise<{ script: string; metadata: Record<string, string> }, { reason: string }>;

  // ---------------------------------------------------------------- container, logging, permissions

  export interface ContainerVersion {
    containerId: string;
    debugMode: boolean;
    environmentName: string;
    environmentMode: boolean;
    previewMode: boolean;
    version: string;
  }
  /** Permission: read_container_data. */
  export function getContainerVersion(): ContainerVersion;

  /** Writes to the preview console / server log. Permission: logging. */
  export function logToConsole(...args: unknown[]): void;

  /**
   * True when the template's permissions allow the call described by `permission` and its arguments,
   * e.g. `queryPermission('get_cookies', name)`; lets a tag avoid a call that would throw.
   */
  export function queryPermission(permission: string, ...args: unknown[]): boolean;

  /** A per-template cache shared across executions; values are copied in and out. Permission: access_template_storage. */
  export const templateDataStorage: {
    getItemCopy(key: string): unknown;
    setItemCopy(key: string, value: unknown): void;
    removeItem(key: string): void;
    clear(): void;
  };

  // ---------------------------------------------------------------- types and conversions (no permission)

  export type SandboxType =
    'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object' | 'function';
  export function getType(value: unknown): SandboxType;
  export function makeString(value: unknown): string;
  /** May be NaN. */
  export function makeNumber(value: unknown): number;
  /** May be NaN. */
  export function makeInteger(value: unknown): number;
  /** Turns SIMPLE_TABLE rows into `{ [row[keyColumn]]: row[valueColumn] }`; null when it cannot. */
  export function makeTableMap(
    table: unknown,
    keyColumnName: string,
    valueColumnName: string,
  ): Record<string, unknown> | null;

  /** `require('JSON')`. */
  export const JSON: {
    /** undefined when the text is not JSON. */
    parse(text: string): unknown;
    /** undefined when the value cannot be serialized (e.g. a cycle). */
    stringify(value: unknown): string | undefined;
  };

  /** `require('Math')`. [unsure] Math.random is not documented: use generateRandom. */
  export const Math: {
    abs(x: number): number;
    ceil(x: number): number;
    floor(x: number): number;
    max(...values: number[]): number;
    min(...values: number[]): number;
    pow(base: number, exponent: number): number;
    round(x: number): number;
    sqrt(x: number): number;
  };

  /** `require('Object')`. */
  export const Object: {
    keys(obj: object): string[];
    values<T>(obj: { [key: string]: T }): T[];
    values(obj: object): unknown[];
    entries<T>(obj: { [key: string]: T }): [string, T][];
    entries(obj: object): [string, unknown][];
    freeze<T>(obj: T): Readonly<T>;
    /** Removes `key` and returns the object (the sandbox has no `delete` operator). */
    delete<T extends object>(obj: T, key: string): T;
  };

  // ---------------------------------------------------------------- time and randomness

  export function getTimestampMillis(): number;
  /** Deprecated by Google: use getTimestampMillis. */
  export function getTimestamp(): number;
  /** A random integer from min to max, both included. */
  export function generateRandom(min: number, max: number): number;
  /** Runs `fn` asynchronously, after the current code. */
  export function callLater(fn: () => void): void;

  // ---------------------------------------------------------------- strings, URLs, encodings

  export function encodeUri(uri: string): string;
  export function encodeUriComponent(str: string): string;
  /** undefined on malformed input. */
  export function decodeUri(encodedUri: string): string | undefined;
  /** undefined on malformed input. */
  export function decodeUriComponent(encodedUriComponent: string): string | undefined;

  export interface ParsedUrl {
    href: string;
    origin: string;
    protocol: string;
    username: string;
    password: string;
    host: string;
    hostname: string;
    port: string;
    pathname: string;
    search: string;
    /** Query parameters by name; a repeated parameter gives an array. */
    searchParams: Record<string, string | string[]>;
    hash: string;
  }
  /** undefined when `url` is not an absolute URL. */
  export function parseUrl(url: string): ParsedUrl | undefined;

  /** The registrable domain (eTLD+1); '' when the argument is not a valid domain or URL. */
  export function computeEffectiveTldPlusOne(domainOrUrl: string): string;

  export function toBase64(input: string, options?: { urlEncoding?: boolean }): string;
  /** undefined on input that is not base64. */
  export function fromBase64(input: string): string | undefined;

  export interface DigestOptions {
    outputEncoding?: 'base64' | 'hex';
  }
  /** Calls `onSuccess(digest)`; base64 unless `outputEncoding: 'hex'`. */
  export function sha256(
    input: string,
    onSuccess: (digest: string) => void,
    options?: DigestOptions,
  ): void;
  export function sha256Sync(input: string, options?: DigestOptions): string;
  /** HMAC with a key the server admin configured. Permission: use_custom_private_keys. */
  export function hmacSha256(
    data: string,
    keyId: string,
    options?: { outputEncoding?: 'base64url' | 'base64' | 'hex' },
  ): string;

  /** An RE2 regex for testRegex and String match/replace/search/split; flags 'g', 'i'; null when invalid. */
  export function createRegex(pattern: string, flags?: string): RegExp | null;
  export function testRegex(regex: RegExp, str: string): boolean;

  // ---------------------------------------------------------------- Google Cloud

  export interface BigQueryConnection {
    projectId?: string;
    datasetId: string;
    tableId: string;
  }
  /** Permission: access_bigquery. Rejects with the insert errors ([unsure] shape: typed unknown). */
  export const BigQuery: {
    insert(
      connection: BigQueryConnection,
      rows: object[],
      options?: { ignoreUnknownValues?: boolean; skipInvalidRows?: boolean },
    ): SandboxPromise<void>;
  };

  export interface FirestoreDocument {
    id: string;
    data: Record<string, unknown>;
  }
  /** [unsure] operators beyond those listed. */
  export type FirestoreOperator =
    '<' | '<=' | '==' | '>' | '>=' | 'array-contains' | 'in' | 'not-in' | '!=';
  /** Permission: access_firestore. */
  export const Firestore: {
    read(
      path: string,
      options?: { projectId?: string; disableCache?: boolean; transaction?: string },
    ): SandboxPromise<FirestoreDocument>;
    write(
      path: string,
      input: object,
      options?: { projectId?: string; merge?: boolean; transaction?: string },
    ): SandboxPromise<string>;
    query(
      collection: string,
      conditions: [string, FirestoreOperator, unknown][],
      options?: {
        projectId?: string;
        disableCache?: boolean;
        limit?: number;
        transaction?: string;
      },
    ): SandboxPromise<FirestoreDocument[]>;
    runTransaction(
      callback: (transaction: string) => SandboxPromise<unknown>,
      options?: { projectId?: string },
    ): SandboxPromise<string[]>;
  };

  /** Forwards an event to Google Analytics (a Google service: mock it in tests). [unsure] no permission is documented; result shape. */
  export function sendEventToGoogleAnalytics(
    event: EventData,
  ): SandboxPromise<{ location?: string }, { reason: string }>;
}
