// Shared by the fixture-driven tests: turns a tag fixture into a runtime ExecutionInput and compares
// what happened (requests, callback, log lines) with what the fixture expects.
import type { ExecutionInput, RecordedResponse, Trace } from '../../build/runtime/types';
import type { TagFixture } from '../support/fixtures';
import {
  DEFAULT_CONTAINER_VERSION,
  DEFAULT_RANDOM,
  DEFAULT_TIMEOUT_MS,
  fieldValues,
} from '../support/fixtures';
import { RANDOM_MAX, RANDOM_MIN } from '../../template-src/tag/gtm';

/** A random() whose generateRandom(RANDOM_MIN, RANDOM_MAX) is exactly `value`. */
export function randomFor(value: number): () => number {
  return () => (value - RANDOM_MIN + 0.5) / (RANDOM_MAX - RANDOM_MIN + 1);
}

export function recordedResponse(fixture: TagFixture): RecordedResponse {
  const r = fixture.response ?? {};
  const timeout = fixture.expect.request?.timeout ?? DEFAULT_TIMEOUT_MS;
  if (r.fail === 'timed_out') return { urlPrefix: '', status: 200, delayMs: timeout + 50 };
  if (r.fail === 'failed') return { urlPrefix: '', status: 0, fail: 'failed' };
  return { urlPrefix: '', status: r.status ?? 200, body: '{"status":"ok"}' };
}

export function executionInput(
  fixture: TagFixture,
  defaults: Record<string, unknown>,
): ExecutionInput {
  return {
    data: fieldValues(fixture, defaults),
    event: fixture.event,
    request: { cookies: fixture.request?.cookies ?? {}, headers: fixture.request?.headers ?? {} },
    nowMs: fixture.nowMs,
    random: randomFor(fixture.random ?? DEFAULT_RANDOM),
    http: { mode: 'recorded', responses: [recordedResponse(fixture)] },
    containerVersion: fixture.containerVersion ?? DEFAULT_CONTAINER_VERSION,
  };
}

export interface Observed {
  outcome: Trace['outcome'];
  callbacks: number;
  errors: string[];
  request: {
    url: string;
    method: string;
    headers: Record<string, string>;
    timeout: number;
    body: unknown;
  } | null;
  requestCount: number;
  logReason: string | null;
  warnings: string[];
  logLines: Record<string, unknown>[];
}

/** What a trace shows, in the fixture's terms. */
export function observe(trace: Trace): Observed {
  const logLines = trace.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
  const results = logLines.filter((l) => 'outcome' in l);
  const first = trace.requests[0];
  return {
    outcome: trace.outcome,
    callbacks: trace.callbacks,
    errors: trace.errors,
    request: first
      ? {
          url: first.url,
          method: first.method,
          headers: first.headers,
          timeout: first.timeoutMs,
          body: first.body === undefined ? undefined : JSON.parse(first.body),
        }
      : null,
    requestCount: trace.requests.length,
    logReason: results.length > 0 ? String(results[results.length - 1].reason) : null,
    warnings: logLines.filter((l) => 'warning' in l).map((l) => String(l.warning)),
    logLines,
  };
}

/** What the fixture says should be observed. */
export function expected(fixture: TagFixture): Omit<Observed, 'logLines'> {
  const e = fixture.expect;
  return {
    outcome: e.outcome,
    callbacks: 1,
    errors: [],
    request: e.request
      ? {
          url: e.request.url,
          method: 'POST',
          headers: e.request.headers,
          timeout: e.request.timeout ?? DEFAULT_TIMEOUT_MS,
          body: e.request.body,
        }
      : null,
    requestCount: e.request ? 1 : 0,
    logReason: e.logReason,
    warnings: e.warnings ?? [],
  };
}

type ExpectedBody = {
  events: { user_data?: Record<string, string>; custom_data?: { key: string; value: unknown }[] }[];
};

/** The envelope and Snap IDs of the expected body (longer than the 6 characters logs may show). */
export function identifiersOf(fixture: TagFixture): string[] {
  const body = fixture.expect.request?.body as ExpectedBody | undefined;
  const event = body?.events[0];
  return [
    ...Object.values(event?.user_data ?? {}),
    ...(event?.custom_data ?? [])
      .filter((kv) => kv.key === 'uuid_c1' || kv.key === 'click_id')
      .map((kv) => String(kv.value)),
  ].filter((id) => id.length > 6);
}

/** Identifiers that appear whole in the log lines (should be none). */
export function leakedIdentifiers(fixture: TagFixture, logLines: unknown[]): string[] {
  const text = JSON.stringify(logLines);
  return identifiersOf(fixture).filter((id) => text.includes(id));
}
