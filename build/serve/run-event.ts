// One execution of the template for one GA4 event, as an sGTM container in preview mode runs a tag:
// the hit's cookies, headers, query and remote address, the tag's fields, a shared template storage,
// and every outgoing request answered by `send` (the mock LiveRamp, or the real hosts with --live).
import type { TplFile } from '../tpl/model';
import type { TemplateStorage } from '../runtime/apis/storage';
import { runTemplate } from '../runtime/run-template';
import type { SandboxPool } from '../runtime/sandbox-pool';
import type {
  RequestInput,
  Trace,
  TraceCookie,
  TraceRequest,
  TraceResponse,
} from '../runtime/types';
import type { Ga4Event } from './ga4-client';
import type { Send } from './mock-liveramp';
import { setCookieHeader } from './set-cookie';

/** The hit is answered once every event's tag has settled, or after this long. */
export const EVENT_CEILING_MS = 10_000;

export interface TagRunner {
  tpl: Pick<TplFile, 'code' | 'permissions'>;
  /** The .tpl file's name and the 0-based line of its code, for error locations. */
  fileName: string;
  codeLine: number;
  storage: TemplateStorage;
  /** The server's prepared sandboxes, reused from firing to firing. */
  pool?: SandboxPool;
  send: Send;
  /** How long an execution may run before the hit is answered anyway (default EVENT_CEILING_MS). */
  ceilingMs?: number;
}

export interface EventRequest extends Omit<TraceRequest, 'body' | 'response' | 'timeoutMs'> {
  /** null for a request without a body (a GET). */
  body: string | null;
  bodyJson: unknown;
  /** status 0: the request failed; -1: it timed out (what a callback-form caller gets). */
  response: { status: number; body: string };
}

export interface EventRun {
  outcome: 'success' | 'failure' | 'none';
  reason: string;
  logs: string[];
  requests: EventRequest[];
  cookiesSet: (TraceCookie & { header: string })[];
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The tag's own words when it logs JSON lines with a `reason` (ours does): the last one. */
function loggedReason(logs: string[]): string | undefined {
  for (let i = logs.length - 1; i >= 0; i--) {
    const line = parseJson(logs[i]);
    if (
      line &&
      typeof line === 'object' &&
      typeof (line as { reason?: unknown }).reason === 'string'
    )
      return (line as { reason: string }).reason;
  }
  return undefined;
}

const endedByError = (trace: Trace) => trace.outcome === 'none' && trace.errors.length > 0;

/** A tag that threw, broke a permission or timed out failed, as GTM reports it. */
function outcomeOf(trace: Trace): EventRun['outcome'] {
  return endedByError(trace) ? 'failure' : trace.outcome;
}

function reasonOf(trace: Trace, outcome: EventRun['outcome']): string {
  if (endedByError(trace)) return trace.errors[0];
  return (
    loggedReason(trace.logs) ??
    {
      success: 'the tag called gtmOnSuccess',
      failure: 'the tag called gtmOnFailure',
      none: 'the tag called neither gtmOnSuccess nor gtmOnFailure',
    }[outcome]
  );
}

function responseOf(response: TraceResponse | undefined): EventRequest['response'] {
  if (response && 'statusCode' in response)
    return { status: response.statusCode, body: response.body };
  return { status: response?.error === 'timed out' ? -1 : 0, body: '' };
}

/** Why a request got no answer, for the log lines: the runtime knows, the status alone does not say. */
function noAnswer(request: TraceRequest): string[] {
  const r = request.response;
  if (r && 'statusCode' in r) return [];
  const why = r
    ? `${r.error}${r.detail ? ` (${r.detail})` : ''} after ${r.afterMs} ms`
    : 'no answer';
  return [`${request.method} ${request.url}: ${why}`];
}

export async function runEvent(
  runner: TagRunner,
  fields: Record<string, unknown>,
  event: Ga4Event,
  request: RequestInput,
): Promise<EventRun> {
  const notes = [...event.notes];
  const trace = await runTemplate(
    runner.tpl,
    {
      data: fields,
      event: event.eventData,
      request,
      http: { mode: 'handler', handle: (exchange) => runner.send(exchange, notes) },
      storage: runner.storage,
      containerVersion: { previewMode: true, debugMode: true },
      timeoutMs: runner.ceilingMs ?? EVENT_CEILING_MS,
      // Each request's response (or why there was none) recorded in the trace.
      inspect: true,
    },
    { fileName: runner.fileName, codeLine: runner.codeLine, pool: runner.pool },
  );
  const outcome = outcomeOf(trace);
  const problems = [...notes, ...trace.errors.slice(endedByError(trace) ? 1 : 0)];
  return {
    outcome,
    reason: [reasonOf(trace, outcome), ...problems].join('; '),
    logs: [
      ...trace.logs,
      ...trace.errors.map((e) => `error: ${e}`),
      ...trace.requests.flatMap(noAnswer),
      ...notes,
    ],
    requests: trace.requests.map((r) => ({
      url: r.url,
      method: r.method,
      headers: r.headers,
      body: r.body ?? null,
      bodyJson: parseJson(r.body),
      response: responseOf(r.response),
    })),
    cookiesSet: trace.cookiesSet.map((c) => ({ ...c, header: setCookieHeader(c) })),
  };
}
