// The tag's test cases as readable JSON files (test/fixtures/tag/*.json, test/fixtures/refresh/*.json):
// field values that differ from the defaults, GA4 event data, the incoming request, the clock, the
// random number, the adapter's answer, and the exact expected outcome. The same files drive the jest
// tests of the TypeScript modules and of the built template in our runtime.
import * as fs from 'fs';
import * as path from 'path';

export interface FixtureResponse {
  /** HTTP status the adapter answers with (default 200). */
  status?: number;
  /** A network failure or a timeout instead of an answer. */
  fail?: 'failed' | 'timed_out';
}

export interface ExpectedRequest {
  url: string;
  headers: Record<string, string>;
  /** The request's timeout option (default 5000). */
  timeout?: number;
  body: unknown;
}

export interface TagFixture {
  description: string;
  /** Only the fields that differ from the template's defaults. */
  fields?: Record<string, unknown>;
  event: Record<string, unknown>;
  request?: {
    /** Raw cookie values as the browser sends them (still URI-encoded); a list for repeated cookies. */
    cookies?: Record<string, string | string[]>;
    /** Lower-case header names. */
    headers?: Record<string, string>;
    /** What getRemoteAddress returns (the refresh's fallback for the user's IP). */
    remoteAddress?: string;
  };
  nowMs: number;
  /** What generateRandom returns (used for a generated event_id). */
  random?: number;
  response?: FixtureResponse;
  /** Default: preview mode, so the default logging setting ("debug") logs. */
  containerVersion?: { debugMode: boolean; previewMode: boolean };
  expect: {
    outcome: 'success' | 'failure';
    request: ExpectedRequest | null;
    /** The `reason` of the result log line; null when nothing is logged. */
    logReason: string | null;
    /** The warning lines' messages, in order (default none). */
    warnings?: string[];
  };
}

/**
 * A refresh fixture (test/fixtures/refresh/*.json): a tag fixture plus what the envelope refresh
 * (issue 5) meets and must do. A tag fixture without this section runs with the refresh off, so it
 * tests the send alone.
 */
export interface RefreshFixture extends TagFixture {
  refresh: {
    /** LiveRamp's answer to the refresh call (absent when no call is expected). */
    response?: {
      status?: number;
      /** A JSON value (sent serialised) or the exact body text. */
      body?: unknown;
      fail?: 'failed' | 'timed_out';
    };
    /** An entry already in the shared cache under this envelope's key (another event's result). */
    cache?: Record<string, unknown>;
    expect: {
      request: { url: string; headers: Record<string, string>; timeout?: number } | null;
      /** The setCookie call: name, value as sent (already URL-encoded), options; null for none. */
      cookie: { name: string; value: string; options: Record<string, unknown> } | null;
      /** The `reason` of the refresh log line; null when none is logged. */
      logReason: string | null;
    };
  };
}

export function isRefreshFixture(fixture: TagFixture): fixture is RefreshFixture {
  return (fixture as Partial<RefreshFixture>).refresh !== undefined;
}

export interface NamedFixture {
  /** The file name without `.json`. */
  name: string;
  file: string;
  fixture: TagFixture;
}

export const DEFAULT_CONTAINER_VERSION = { debugMode: true, previewMode: true };
export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_RANDOM = 123456789;

/** Every `*.json` of `dir`, sorted by name, with a message naming the file on bad JSON. */
export function loadFixtures(dir: string): NamedFixture[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      let fixture: TagFixture;
      try {
        fixture = JSON.parse(fs.readFileSync(file, 'utf8')) as TagFixture;
      } catch (error) {
        throw new Error(`${file}: not valid JSON (${(error as Error).message}); fix the fixture`);
      }
      for (const key of ['description', 'event', 'nowMs', 'expect'] as const) {
        if (fixture[key] === undefined) {
          throw new Error(
            `${file}: missing "${key}"; every tag fixture needs description, event, nowMs, expect`,
          );
        }
      }
      return { name: f.replace(/\.json$/, ''), file, fixture };
    });
}

/**
 * The data object GTM would pass: the defaults with the fixture's fields on top. A fixture without a
 * `refresh` section tests the send alone, so the envelope refresh (on by default) is off for it.
 */
export function fieldValues(
  fixture: TagFixture,
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  const refreshOff = isRefreshFixture(fixture) ? {} : { refreshEnvelope: false };
  return { ...defaults, ...refreshOff, ...(fixture.fields ?? {}) };
}
