// Refresh fixtures (test/fixtures/refresh/*.json): the tag fixture format plus a `refresh` section
// with LiveRamp's answer, an optional entry already in the shared cache, and what the refresh must
// do (its request, the cookie written, its log line). Shared by the jest tests of the TypeScript
// tag and of the built template.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { createTemplateStorage } from '../../build/runtime/apis/storage';
import type { ExecutionInput, RecordedResponse, Trace } from '../../build/runtime/types';
import { loadFixtures } from '../support/fixtures';
import type { RefreshFixture } from '../support/fixtures';
import { DEFAULT_TIMEOUT_MS } from '../support/fixtures';
import { executionInput, randomFor } from '../tag/fixture-harness';

export const REFRESH_PREFIX = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';
export const ADAPTER_PREFIX = 'https://capi.analytics.rlcdn.com/send-events/';
export const REFRESH_FIXTURES_DIR = path.join(__dirname, '..', 'fixtures', 'refresh');
export const DEFAULT_REFRESH_TIMEOUT_MS = 2000;

export function loadRefreshFixtures() {
  return loadFixtures(REFRESH_FIXTURES_DIR) as {
    name: string;
    file: string;
    fixture: RefreshFixture;
  }[];
}

/** The cache key the tag uses: sha256 (hex) of placement and envelope. */
export function cacheKey(placementId: string, envelope: string): string {
  return (
    'lr_env_refresh_' +
    createHash('sha256')
      .update(placementId + '\n' + envelope)
      .digest('hex')
  );
}

function refreshResponse(fixture: RefreshFixture): RecordedResponse {
  const r = fixture.refresh.response ?? { status: 500 };
  const timeout = fixture.refresh.expect.request?.timeout ?? DEFAULT_REFRESH_TIMEOUT_MS;
  if (r.fail === 'timed_out')
    return { urlPrefix: REFRESH_PREFIX, status: 200, delayMs: timeout + 50 };
  if (r.fail === 'failed') return { urlPrefix: REFRESH_PREFIX, status: 0, fail: 'failed' };
  const body =
    r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  return { urlPrefix: REFRESH_PREFIX, status: r.status ?? 200, body };
}

/** The fixture's envelope as the tag reads it: the cookie (decoded ATS record or raw) or the value. */
function oldEnvelope(fixture: RefreshFixture, data: Record<string, unknown>): string {
  if (data.envelopeSource === 'value') return String(data.envelopeValue);
  const raw = fixture.request?.cookies?._lr_env;
  const text = decodeURIComponent(String(Array.isArray(raw) ? raw[0] : raw));
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  return decoded.startsWith('{') ? (JSON.parse(decoded) as { envelope: string }).envelope : text;
}

export function refreshExecutionInput(
  fixture: RefreshFixture,
  defaults: Record<string, unknown>,
): ExecutionInput {
  const input = executionInput(fixture, defaults);
  const adapter = input.http.mode === 'recorded' ? input.http.responses[0] : undefined;
  const storage = createTemplateStorage();
  if (fixture.refresh.cache) {
    const placement = String(input.data.placementId || input.data.atsConfigId);
    storage.items.set(cacheKey(placement, oldEnvelope(fixture, input.data)), fixture.refresh.cache);
  }
  return {
    ...input,
    request: { ...input.request, remoteAddress: fixture.request?.remoteAddress },
    random: randomFor(fixture.random ?? 123456789),
    http: {
      mode: 'recorded',
      responses: [
        refreshResponse(fixture),
        { ...(adapter as RecordedResponse), urlPrefix: ADAPTER_PREFIX },
      ],
    },
    storage,
  };
}

export interface RefreshObserved {
  outcome: Trace['outcome'];
  callbacks: number;
  errors: string[];
  adapterRequests: { url: string; headers: Record<string, string>; body: unknown }[];
  refreshRequests: {
    url: string;
    method: string;
    headers: Record<string, string>;
    timeout: number;
  }[];
  cookiesSet: Trace['cookiesSet'];
  logReason: string | null;
  refreshLogReason: string | null;
}

export function observeRefresh(trace: Trace): RefreshObserved {
  const lines = trace.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
  const results = lines.filter((l) => 'outcome' in l);
  const refreshLines = lines.filter((l) => 'refresh' in l);
  return {
    outcome: trace.outcome,
    callbacks: trace.callbacks,
    errors: trace.errors,
    adapterRequests: trace.requests
      .filter((r) => r.url.startsWith(ADAPTER_PREFIX))
      .map((r) => ({
        url: r.url,
        headers: r.headers,
        body: r.body === undefined ? undefined : JSON.parse(r.body),
      })),
    refreshRequests: trace.requests
      .filter((r) => r.url.startsWith(REFRESH_PREFIX))
      .map((r) => ({ url: r.url, method: r.method, headers: r.headers, timeout: r.timeoutMs })),
    cookiesSet: trace.cookiesSet,
    logReason: results.length > 0 ? String(results[results.length - 1].reason) : null,
    refreshLogReason:
      refreshLines.length > 0 ? String(refreshLines[refreshLines.length - 1].reason) : null,
  };
}

export function expectedRefresh(fixture: RefreshFixture): RefreshObserved {
  const e = fixture.expect;
  const r = fixture.refresh.expect;
  return {
    outcome: e.outcome,
    callbacks: 1,
    errors: [],
    adapterRequests: e.request
      ? [{ url: e.request.url, headers: e.request.headers, body: e.request.body }]
      : [],
    refreshRequests: r.request
      ? [
          {
            url: r.request.url,
            method: 'GET',
            headers: r.request.headers,
            timeout: r.request.timeout ?? DEFAULT_REFRESH_TIMEOUT_MS,
          },
        ]
      : [],
    cookiesSet: r.cookie ? [r.cookie] : [],
    logReason: e.logReason,
    refreshLogReason: r.logReason,
  };
}

export { DEFAULT_TIMEOUT_MS };
