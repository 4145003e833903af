// sendHttpRequest in both forms. Recorded mode answers from scripted responses (longest URL prefix wins);
// live mode does real HTTP, optionally sending a host's requests to another base URL (a local server);
// handler mode hands each request to a function (`sgtm-template serve`'s in-process answers).
import * as http from 'node:http';
import * as https from 'node:https';
import type { Host } from '../host';
import { enforce } from '../permissions';
import type { HttpMode, RecordedResponse, TraceRequest, TraceResponse } from '../types';
import { SandboxPromise } from './promise';

export const DEFAULT_HTTP_TIMEOUT_MS = 15000;

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export type HttpOutcome =
  | { ok: true; result: HttpResult }
  /** `afterMs`: when it ended (virtual time when recorded); `detail`: a live request's network error. */
  | { ok: false; reason: 'failed' | 'timed_out'; afterMs: number; detail?: string };

export interface HttpExchange {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  timeoutMs: number;
}

type Schedule = (fn: () => void, ms: number) => void;

export function findRecorded(
  responses: RecordedResponse[],
  url: string,
): RecordedResponse | undefined {
  let best: RecordedResponse | undefined;
  for (const r of responses) {
    if (url.startsWith(r.urlPrefix) && (!best || r.urlPrefix.length > best.urlPrefix.length))
      best = r;
  }
  return best;
}

/** A scripted answer, delivered in the execution's queue after its delay (virtual time). */
function recorded(
  responses: RecordedResponse[],
  ex: HttpExchange,
  schedule: Schedule,
  deliver: (o: HttpOutcome) => void,
  onUnmatched: (url: string) => void,
): void {
  const match = findRecorded(responses, ex.url);
  if (!match) {
    onUnmatched(ex.url);
    schedule(() => deliver({ ok: false, reason: 'failed', afterMs: 0 }), 0);
    return;
  }
  const delay = match.delayMs ?? 0;
  if (match.fail === 'timed_out' || delay >= ex.timeoutMs) {
    schedule(
      () => deliver({ ok: false, reason: 'timed_out', afterMs: ex.timeoutMs }),
      ex.timeoutMs,
    );
    return;
  }
  schedule(() => {
    if (match.fail) deliver({ ok: false, reason: 'failed', afterMs: delay });
    else {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(match.headers ?? {})) headers[k.toLowerCase()] = v;
      deliver({
        ok: true,
        result: { statusCode: match.status, headers, body: match.body ?? '' },
      });
    }
  }, delay);
}

/** The URL actually contacted: a mapped host is replaced by its base URL (path and query kept). */
export function mapUrl(url: string, hostMap: Record<string, string> | undefined): string {
  if (!hostMap) return url;
  const u = new URL(url);
  const base = hostMap[u.host] ?? hostMap[u.hostname];
  if (!base) return url;
  return base.replace(/\/$/, '') + u.pathname + u.search;
}

/** Node's header object as one string per name: repeated headers joined with ", " (as fetch does). */
export function joinHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export function sendLive(
  hostMap: Record<string, string> | undefined,
  ex: HttpExchange,
): Promise<HttpOutcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    let target: URL;
    try {
      target = new URL(mapUrl(ex.url, hostMap));
    } catch {
      resolve({ ok: false, reason: 'failed', afterMs: 0, detail: 'not a valid URL' });
      return;
    }
    const lib = target.protocol === 'https:' ? https : http;
    let settled = false;
    const failed = (error: Error) =>
      finish({ ok: false, reason: 'failed', afterMs: Date.now() - started, detail: error.message });
    const finish = (o: HttpOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    const req = lib.request(target, { method: ex.method, headers: ex.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers = joinHeaders(res.headers);
        finish({
          ok: true,
          result: {
            statusCode: res.statusCode ?? 0,
            headers,
            body: Buffer.concat(chunks).toString('utf8'),
          },
        });
      });
      res.on('error', failed);
    });
    const timer = setTimeout(() => {
      finish({ ok: false, reason: 'timed_out', afterMs: Date.now() - started });
      req.destroy();
    }, ex.timeoutMs);
    req.on('error', failed);
    if (ex.body !== undefined) req.write(ex.body);
    req.end();
  });
}

function traceResponse(o: HttpOutcome): TraceResponse {
  if (o.ok)
    return { statusCode: o.result.statusCode, headers: o.result.headers, body: o.result.body };
  const error = o.reason === 'timed_out' ? 'timed out' : 'failed';
  return o.detail === undefined
    ? { error, afterMs: o.afterMs }
    : { error, detail: o.detail, afterMs: o.afterMs };
}

/** Makes the request; `deliver` runs as a task of the execution's queue when the outcome is known. */
function perform(host: Host, ex: HttpExchange, deliver: (o: HttpOutcome) => void): void {
  const mode: HttpMode = host.http;
  if (mode.mode === 'live') {
    host.tasks.external(sendLive(mode.hostMap, ex), deliver);
    return;
  }
  if (mode.mode === 'handler') {
    // A handler that throws is a network failure to the template, never a crash of the host.
    const answer = Promise.resolve()
      .then(() => mode.handle({ ...ex, headers: { ...ex.headers } }))
      .catch((error: unknown) => ({
        ok: false as const,
        reason: 'failed' as const,
        afterMs: 0,
        detail: `the handler threw: ${String(error)}`,
      }));
    host.tasks.external(answer, deliver);
    return;
  }
  recorded(
    mode.responses,
    ex,
    (fn, ms) => host.tasks.timer(fn, ms),
    deliver,
    (url) =>
      host.trace.errors.push(`sendHttpRequest: no recorded response for ${url}; answered "failed"`),
  );
}

function readOptions(options: unknown): {
  method: string;
  headers: Record<string, string>;
  timeoutMs: number;
} {
  const o = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
  const headers: Record<string, string> = {};
  if (o.headers && typeof o.headers === 'object') {
    for (const [k, v] of Object.entries(o.headers as Record<string, unknown>))
      headers[k] = String(v);
  }
  const timeout = Number(o.timeout);
  return {
    method: typeof o.method === 'string' ? o.method.toUpperCase() : 'GET',
    headers,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_HTTP_TIMEOUT_MS,
  };
}

/**
 * sendHttpRequest(url, callback, options, body) calls callback(statusCode, headers, body);
 * sendHttpRequest(url, options, body) returns a promise of {statusCode, headers, body} that rejects
 * with {reason: 'failed' | 'timed_out'}.
 */
export const createHttpApis = (host: Host, onUnhandledError?: (e: unknown) => void) => ({
  sendHttpRequest: (url: unknown, ...rest: unknown[]): SandboxPromise | undefined => {
    const target = String(url);
    enforce(host.permissions, 'send_http', target);
    const callbackForm = typeof rest[0] === 'function';
    const callback = callbackForm ? (rest[0] as (...a: unknown[]) => void) : undefined;
    const options = callbackForm ? rest[1] : rest[0];
    const body = callbackForm ? rest[2] : rest[1];
    const { method, headers, timeoutMs } = readOptions(options);
    const ex: HttpExchange = {
      url: target,
      method,
      headers,
      body: body === undefined || body === null ? undefined : String(body),
      timeoutMs,
    };
    const traced: TraceRequest = {
      url: ex.url,
      method: ex.method,
      headers: { ...ex.headers },
      body: ex.body,
      timeoutMs: ex.timeoutMs,
    };
    host.trace.requests.push(traced);
    const record = (o: HttpOutcome) => {
      if (host.inspect) traced.response = traceResponse(o);
    };
    if (callback) {
      // [doc] "If the request failed (e.g. invalid URL, no route to host, SSL negotiation failure,
      // etc.), the callback will be invoked with a response status code of zero, no headers, and an
      // undefined body"; on a timeout "a response status code of -1, no headers, and an undefined
      // body". [unsure] whether "no headers" is {} or undefined: undefined, so code that reads a
      // header without checking fails here as it could in GTM.
      perform(host, ex, (o) => {
        record(o);
        if (o.ok) callback(o.result.statusCode, o.result.headers, o.result.body);
        else callback(o.reason === 'timed_out' ? -1 : 0, undefined, undefined);
      });
      return undefined;
    }
    // [doc] The promise resolves to {statusCode, headers, body} and rejects with {reason: 'failed'}
    // or {reason: 'timed_out'}; a non-2xx answer is a response, so it resolves.
    const native = new Promise<HttpResult>((resolve, reject) =>
      perform(host, ex, (o) => {
        record(o);
        if (o.ok) resolve(o.result);
        else reject({ reason: o.reason });
      }),
    );
    return new SandboxPromise(native, onUnhandledError);
  },
});
