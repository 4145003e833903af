// The properties every execution of the built tag must have (issue 6 item 1), as a pure check of a
// trace: a list of violations, empty when all hold. Kept apart from the runner so it can be tested
// with hand-made traces (a property check that cannot fail proves nothing).
import type { ExecutionInput, Trace } from '../../build/runtime/types';
import { adapterRequestErrors } from '../support/adapter-schema';
import { REFRESH_URL_PREFIX, SEND_EVENTS_URL_PREFIX } from '../support/built-template';
import type { FuzzCase, ScriptedAnswer } from './arbitraries';

/** Secrets shorter than this are not checked: a short value may occur in a log by coincidence. */
const MIN_SECRET_LENGTH = 24;
/** A leak is any run of this many consecutive characters of a secret; redaction keeps 6. */
const LEAK_WINDOW = 16;

function isRefreshUrl(url: string): boolean {
  return (
    url.startsWith(REFRESH_URL_PREFIX) &&
    (url.length === REFRESH_URL_PREFIX.length || url[REFRESH_URL_PREFIX.length] === '?')
  );
}

/** The first window of `secret` found in `text`, or undefined. */
export function leakedWindow(secret: string, text: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH) return undefined;
  for (let i = 0; i + LEAK_WINDOW <= secret.length; i++) {
    const window = secret.slice(i, i + LEAK_WINDOW);
    if (text.includes(window)) return window;
  }
  return undefined;
}

export function traceViolations(trace: Trace, secrets: string[]): string[] {
  const violations: string[] = [];
  if (trace.callbacks !== 1 || trace.outcome === 'none') {
    violations.push(
      `expected exactly one callback, got ${trace.callbacks} (outcome ${trace.outcome})`,
    );
  }
  for (const error of trace.errors) violations.push(`error: ${error}`);

  let sends = 0;
  let refreshes = 0;
  for (const request of trace.requests) {
    if (request.url.startsWith(SEND_EVENTS_URL_PREFIX)) {
      sends++;
      if (request.method !== 'POST') violations.push(`send-events with method ${request.method}`);
      let body: unknown;
      try {
        body = JSON.parse(request.body ?? '');
      } catch {
        violations.push(`send-events body is not JSON: ${String(request.body).slice(0, 200)}`);
        continue;
      }
      for (const error of adapterRequestErrors(body)) {
        violations.push(`send-events body fails the schema: ${error}`);
      }
    } else if (isRefreshUrl(request.url)) {
      refreshes++;
      if (request.method !== 'GET') violations.push(`refresh with method ${request.method}`);
    } else {
      violations.push(
        `request to a URL outside the allowed prefixes: ${request.url.slice(0, 200)}`,
      );
    }
  }
  if (sends > 1) violations.push(`${sends} send-events requests (at most 1 per event)`);
  if (refreshes > 1) violations.push(`${refreshes} refresh requests (at most 1 per event)`);

  for (const secret of secrets) {
    for (const line of trace.logs) {
      const window = leakedWindow(secret, line);
      if (window !== undefined) {
        violations.push(
          `log line shows an identifier unredacted (${secret.slice(0, 10)}…, found "${window}"): ` +
            line.slice(0, 300),
        );
        break;
      }
    }
  }
  return violations;
}

/** Issue 3's consent rule: ad_storage denied by `consent_state` or by the third character of `x-ga-gcs`. */
export function adStorageDenied(event: Record<string, unknown>): boolean {
  const state = event.consent_state;
  if (
    state &&
    typeof state === 'object' &&
    (state as Record<string, unknown>).ad_storage === false
  ) {
    return true;
  }
  const gcs = event['x-ga-gcs'];
  return typeof gcs === 'string' && gcs.charAt(2) === '0';
}

/**
 * Properties that depend on the inputs: denied consent (when respected) or a dry run sends nothing
 * and writes no cookie; the only cookie ever written is the envelope cookie, never `_scid` /
 * `_scclid`.
 */
export function inputViolations(c: FuzzCase, trace: Trace): string[] {
  const violations: string[] = [];
  const silent = (why: string) => {
    if (trace.requests.length > 0) {
      violations.push(`${why}, yet ${trace.requests.length} request(s) were made`);
    }
    if (trace.cookiesSet.length > 0) violations.push(`${why}, yet a cookie was written`);
  };
  if (c.fields.consentMode !== 'ignore' && adStorageDenied(c.event)) silent('ad_storage denied');
  if (c.fields.dryRun === true) silent('dry run');
  // The rule for every text field (docs/tag.md): a number is its digits, text is trimmed, and a blank
  // field is the default.
  const given: unknown = c.fields.envelopeCookieName;
  const named =
    typeof given === 'number' && Number.isFinite(given)
      ? String(given)
      : typeof given === 'string'
        ? given.trim()
        : '';
  const envelopeCookie = named !== '' ? named : '_lr_env';
  for (const cookie of trace.cookiesSet) {
    if (cookie.name !== envelopeCookie) violations.push(`wrote cookie "${cookie.name}"`);
  }
  return violations;
}

function recorded(urlPrefix: string, answer: ScriptedAnswer) {
  return answer.fail
    ? { urlPrefix, status: 0, fail: answer.fail }
    : { urlPrefix, status: answer.status, body: answer.body ?? '' };
}

/** The runtime input for one fuzz case (recorded HTTP: both endpoints answer as scripted). */
export function executionInput(c: FuzzCase, defaults: Record<string, unknown>): ExecutionInput {
  return {
    data: { ...defaults, ...c.fields },
    event: c.event,
    request: { headers: c.headers, cookies: c.cookies, remoteAddress: c.remoteAddress },
    nowMs: c.nowMs,
    random: () => c.randomValue,
    containerVersion: { debugMode: c.debugMode, previewMode: c.debugMode },
    http: {
      mode: 'recorded',
      responses: [
        recorded(SEND_EVENTS_URL_PREFIX, c.sendEvents),
        recorded(REFRESH_URL_PREFIX, c.refresh),
      ],
    },
  };
}
