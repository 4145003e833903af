// One execution of the template for one GA4 event, as an sGTM container in preview mode runs a tag:
// the hit's cookies, headers, query and remote address, the tag's fields, a shared template storage,
// and every outgoing request answered by `send` (--respond, the setup's mocks, or the real hosts).
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
import type { Send } from './answer-requests';
import type { EventSummary, SummaryInput } from './setup';
import { parseJsonBody } from './json-body';
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
  /** The project's reading of an event (its setup's summarise). */
  summarise?: (event: SummaryInput) => EventSummary;
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

/** success: the tag succeeded and sent a request; skipped: it succeeded and sent nothing (or its
 * setup says it skipped the event); failure: gtmOnFailure, an error or the ceiling; none: no callback. */
export type EventOutcome = 'success' | 'failure' | 'skipped' | 'none';

export interface EventRun {
  outcome: EventOutcome;
  /** The destination's name for the event, as the project's setup reads it; null without one. */
  type: string | null;
  reason: string;
  logs: string[];
  requests: EventRequest[];
  cookiesSet: (TraceCookie & { header: string })[];
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return null;
  const parsed = parseJsonBody(text);
  return parsed.ok ? parsed.value : null;
}

const endedByError = (trace: Trace) => trace.outcome === 'none' && trace.errors.length > 0;

/** A tag that threw, broke a permission or timed out failed, as GTM reports it. */
function outcomeOf(trace: Trace, summary: EventSummary): EventOutcome {
  if (endedByError(trace)) return 'failure';
  if (trace.outcome !== 'success') return trace.outcome;
  return summary.skipped || trace.requests.length === 0 ? 'skipped' : 'success';
}

function reasonOf(trace: Trace, outcome: EventOutcome, summary: EventSummary): string {
  if (endedByError(trace)) return trace.errors[0];
  if (summary.reason !== undefined) return summary.reason;
  const sent = trace.requests.length === 1 ? '1 request' : `${trace.requests.length} requests`;
  return {
    success: `the tag called gtmOnSuccess after ${sent}`,
    skipped: 'the tag called gtmOnSuccess and sent nothing',
    failure: 'the tag called gtmOnFailure',
    none: 'the tag called neither gtmOnSuccess nor gtmOnFailure',
  }[outcome];
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

/** The setup's summary; one that throws is shown, never a crash of the server. */
function summaryOf(runner: TagRunner, input: SummaryInput, notes: string[]): EventSummary {
  if (!runner.summarise) return {};
  try {
    return runner.summarise(input);
  } catch (error) {
    notes.push(`the serve setup's summarise threw: ${String(error)}`);
    return {};
  }
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
    // The page shows no API call counts: the APIs run without a recording wrapper.
    { fileName: runner.fileName, codeLine: runner.codeLine, pool: runner.pool, countCalls: false },
  );
  const requests: EventRequest[] = trace.requests.map((r) => ({
    url: r.url,
    method: r.method,
    headers: r.headers,
    body: r.body ?? null,
    bodyJson: parseJson(r.body),
    response: responseOf(r.response),
  }));
  const summary = summaryOf(runner, { logs: trace.logs, requests }, notes);
  const outcome = outcomeOf(trace, summary);
  const problems = [...notes, ...trace.errors.slice(endedByError(trace) ? 1 : 0)];
  return {
    outcome,
    type: summary.type ?? null,
    reason: [reasonOf(trace, outcome, summary), ...problems].join('; '),
    logs: [
      ...trace.logs,
      ...trace.errors.map((e) => `error: ${e}`),
      ...trace.requests.flatMap(noAnswer),
      ...notes,
    ],
    requests,
    cookiesSet: trace.cookiesSet.map((c) => ({ ...c, header: setCookieHeader(c) })),
  };
}
