// The shapes a runtime execution takes in and gives back.
import type { HttpExchange, HttpOutcome } from './apis/http';
import type { TemplateStorage } from './apis/storage';

export interface RecordedResponse {
  urlPrefix: string;
  status: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /**
   * Answer with a network failure instead of a response ('failed', at once or after `delayMs`), or
   * let the request time out after the timeout the template gave it ('timed_out').
   */
  fail?: 'failed' | 'timed_out';
}

export type HttpMode =
  | { mode: 'recorded'; responses: RecordedResponse[] }
  | { mode: 'live'; hostMap?: Record<string, string> }
  /** Every request goes to a function in the same process (a mock server without sockets). */
  | { mode: 'handler'; handle: (request: HttpExchange) => Promise<HttpOutcome> };

export interface RequestInput {
  headers?: Record<string, string>;
  /** Raw (still URI-encoded) cookie values, as the browser sent them. */
  cookies?: Record<string, string | string[]>;
  query?: Record<string, string | string[]>;
  path?: string;
  method?: string;
  body?: string;
  remoteAddress?: string;
}

export interface ContainerVersion {
  containerId?: string;
  debugMode?: boolean;
  environmentName?: string;
  environmentMode?: boolean;
  previewMode?: boolean;
  version?: string;
}

export interface ExecutionInput {
  /** Field values; the runtime adds gtmOnSuccess/gtmOnFailure. */
  data: Record<string, unknown>;
  event: Record<string, unknown>;
  request?: RequestInput;
  nowMs?: number;
  random?: () => number;
  http: HttpMode;
  storage?: TemplateStorage;
  containerVersion?: ContainerVersion;
  /** How long to wait for the execution to settle (default 5000 ms plus a margin). */
  timeoutMs?: number;
  /** After how long a pending Promise.create promise rejects (GTM: 5000 ms). */
  promiseTimeoutMs?: number;
  /**
   * Record what GTM's Preview shows beyond the basic trace: each request's response (or why there
   * was none), and how often each API was called (`calls`, `cookieReads`). Off by default: it costs
   * a wrapper per API call.
   */
  inspect?: boolean;
}

export interface TraceRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** The request's timeout option (GTM's default when it gave none). */
  timeoutMs: number;
  /** With `inspect`: the response, or why none came, once the request has ended. */
  response?: TraceResponse;
}

export type TraceResponse =
  | { statusCode: number; headers: Record<string, string>; body: string }
  /** `detail`: the network error of a live request (e.g. "connect ECONNREFUSED 127.0.0.1:443"). */
  | { error: 'failed' | 'timed out'; detail?: string; afterMs: number };

export interface TraceCookie {
  name: string;
  value: string;
  options: Record<string, unknown>;
}

export interface Trace {
  outcome: 'success' | 'failure' | 'none';
  requests: TraceRequest[];
  cookiesSet: TraceCookie[];
  logs: string[];
  errors: string[];
  /** How many times gtmOnSuccess/gtmOnFailure were called in total. */
  callbacks: number;
  /** Client templates only: the response, once returnResponse() was called. */
  response?: { status: number; headers: Record<string, string>; body: string };
  /** With `inspect`: calls per API (`getAllEventData`, `JSON.parse`, `templateDataStorage.getItemCopy`). */
  calls?: Record<string, number>;
  /** With `inspect`: getCookieValues calls per cookie name. */
  cookieReads?: Record<string, number>;
}

export function emptyTrace(): Trace {
  return { outcome: 'none', requests: [], cookiesSet: [], logs: [], errors: [], callbacks: 0 };
}
