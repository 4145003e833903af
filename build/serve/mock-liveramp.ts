// The embedded stand-in for LiveRamp's two endpoints, answering the tag's sendHttpRequest calls in the
// same process: the Snapchat CAPI adapter (every body checked against the adapter schema) and the ATS
// envelope refresh API (answered in LiveRamp's documented shape). Other URLs fail, with a note.
import type { HttpExchange, HttpOutcome } from '../runtime/apis/http';
import type { SchemaCheck } from './json-schema';

export const ADAPTER_URL_PREFIX = 'https://capi.analytics.rlcdn.com/send-events/';
export const REFRESH_URL_PREFIX = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';

export interface MockLiveRampOptions {
  /** The status the adapter answers (200 by default), always with the body `{}`. */
  adapterStatus: number;
  /** Checks adapter bodies; undefined when no schema file was found (then every body says so). */
  schemaCheck?: SchemaCheck;
  /** The schema file as the notes name it. */
  schemaFile: string;
}

/** Answers one request; what the caller should see about it (schema failures...) goes into `notes`. */
export type Send = (request: HttpExchange, notes: string[]) => Promise<HttpOutcome>;

const json = (statusCode: number, body: string): HttpOutcome => ({
  ok: true,
  result: { statusCode, headers: { 'content-type': 'application/json' }, body },
});

function adapter(
  options: MockLiveRampOptions,
  request: HttpExchange,
  notes: string[],
): HttpOutcome {
  let body: unknown;
  try {
    body = JSON.parse(request.body ?? '');
  } catch (error) {
    notes.push(`mock LiveRamp: the adapter body is not JSON (${(error as Error).message})`);
  }
  if (body !== undefined) {
    if (!options.schemaCheck) {
      notes.push(
        `mock LiveRamp: ${options.schemaFile} not found, the adapter body was not validated`,
      );
    } else {
      for (const problem of options.schemaCheck(body)) {
        notes.push(`mock LiveRamp: the adapter body breaks ${options.schemaFile}: ${problem}`);
      }
    }
  }
  return json(options.adapterStatus, '{}');
}

/**
 * LiveRamp answers a refresh with a new envelope; the mock renews the one it is given (same value), so
 * the envelope a user sent is the one that arrives as `partner_id`, whatever the date.
 */
function refresh(request: HttpExchange, notes: string[]): HttpOutcome {
  const query = new URL(request.url).searchParams;
  const wrong = ['pid', 'iv'].filter((name) => !query.get(name));
  if (query.get('it') !== '19') wrong.push('it');
  if (wrong.length) {
    notes.push(
      `mock LiveRamp: refresh answered 400: pid, it=19 and iv are required (missing or wrong: ${wrong.join(', ')})`,
    );
    return json(400, '');
  }
  const envelopes = [{ type: 19, source: 'envelopeLiveramp', value: query.get('iv') }];
  return json(200, JSON.stringify({ envelopes }));
}

export function mockLiveRamp(options: MockLiveRampOptions): Send {
  return async (request, notes) => {
    if (request.url.startsWith(ADAPTER_URL_PREFIX) && request.method === 'POST') {
      return adapter(options, request, notes);
    }
    if (request.url.startsWith(REFRESH_URL_PREFIX) && request.method === 'GET') {
      return refresh(request, notes);
    }
    notes.push(
      `mock LiveRamp: nothing answers ${request.method} ${request.url} here; the request failed (--live sends it)`,
    );
    return { ok: false, reason: 'failed', afterMs: 0 };
  };
}
