// A simulated browsing session through the BUILT template: 50 users, 1,000 events, a simulated
// clock, one templateDataStorage shared by every execution (as on one sGTM instance), and each
// user's browser keeping the `_lr_env` cookie the tag writes back. Several tags fire per page, so
// the events of one page run concurrently. It counts outbound requests per event and compares the
// refresh calls with the refreshes that are due (one per envelope per interval).
//
//   npm run bench:refresh            (or: node build/run-ts.js bench/refresh-session.ts [dist/template.tpl])
import { readFileSync } from 'node:fs';
import { createTemplateStorage } from '../build/runtime/apis/storage';
import { runTemplate } from '../build/runtime/run-template';
import type { RecordedResponse, Trace } from '../build/runtime/types';
import { readTpl } from '../build/tpl/read';
import type { TplFile } from '../build/tpl/model';
import { seededRandom } from './event-mix';

export const REFRESH_PREFIX = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';
export const ADAPTER_PREFIX = 'https://capi.analytics.rlcdn.com/send-events/';
const MINUTE = 60000;
const START_MS = Date.UTC(2025, 3, 18, 9, 0, 0);

export interface SessionOptions {
  users: number;
  eventsPerUser: number;
  tagsPerPage: number;
  refreshAfterMinutes: number;
  seed: number;
}

export const DEFAULT_SESSION: SessionOptions = {
  users: 50,
  eventsPerUser: 20,
  tagsPerPage: 2,
  refreshAfterMinutes: 30,
  seed: 20250418,
};

/** How LiveRamp answers for a user: most refresh; some are in an outage or have expired envelopes. */
type Behaviour = 'refresh' | 'error' | 'expired';

interface User {
  id: number;
  behaviour: Behaviour;
  /** The raw `_lr_env` cookie the browser sends (already URI-encoded), or none. */
  cookie?: string;
  /** The envelope inside it and its timestamp, as the bench's own oracle tracks them. */
  envelope?: string;
  timestampMs?: number;
  generation: number;
}

interface Page {
  user: User;
  atMs: number;
  events: string[];
}

export interface EventRecord {
  user: number;
  atMs: number;
  adapterRequests: number;
  refreshRequests: number;
  refreshEnvelopes: string[];
  /** The bench's own view: the envelope the browser sent was stale (or had no timestamp). */
  due: boolean;
  envelopeSent?: string;
  outcome: Trace['outcome'];
  errors: string[];
}

export interface SessionReport {
  events: EventRecord[];
  refreshCalls: number;
  /** Due events, and the refreshes allowed by "one per envelope per interval". */
  dueEvents: number;
  refreshesDue: number;
  duplicates: number;
  maxRequestsPerEvent: number;
  histogram: Record<string, number>;
  /** Set-Cookie of `_lr_env` with a refreshed envelope, and with max-age 0 (after a 204). */
  cookiesWritten: number;
  cookiesExpired: number;
  wallMs: number;
}

function atsCookie(envelope: string, timestampMs: number | undefined): string {
  if (timestampMs === undefined) return envelope;
  const json = JSON.stringify({ timestamp: timestampMs, version: '1.5.0', envelope });
  return encodeURIComponent(Buffer.from(json).toString('base64'));
}

function makeUsers(options: SessionOptions, rand: () => number): User[] {
  const users: User[] = [];
  for (let id = 0; id < options.users; id++) {
    const behaviour: Behaviour = id % 10 === 3 ? 'error' : id % 10 === 7 ? 'expired' : 'refresh';
    const user: User = { id, behaviour, generation: 0 };
    const kind = id % 5;
    if (kind !== 4) {
      user.envelope = 'Env' + String(id).padStart(3, '0') + 'g0' + 'x'.repeat(60);
      // A mix: fresh, stale, much older, and raw envelopes without a timestamp.
      user.timestampMs =
        kind === 0
          ? START_MS - Math.floor(rand() * 25) * MINUTE
          : kind === 1
            ? START_MS - (35 + Math.floor(rand() * 60)) * MINUTE
            : kind === 2
              ? START_MS - 3 * 24 * 60 * MINUTE
              : undefined;
      user.cookie = atsCookie(user.envelope, user.timestampMs);
    }
    users.push(user);
  }
  return users;
}

function makePages(users: User[], options: SessionOptions, rand: () => number): Page[] {
  const pages: Page[] = [];
  const names = ['view_item', 'add_to_cart', 'begin_checkout', 'purchase'];
  for (const user of users) {
    let at = START_MS + Math.floor(rand() * 20) * MINUTE;
    for (let e = 0; e < options.eventsPerUser; e += options.tagsPerPage) {
      const events = ['page_view'];
      while (events.length < options.tagsPerPage)
        events.push(names[Math.floor(rand() * names.length)]);
      pages.push({ user, atMs: at, events });
      // 1 to 20 minutes between pages: sessions long enough for envelopes to go stale mid-way.
      at += (1 + Math.floor(rand() * 20)) * MINUTE + Math.floor(rand() * 1000);
    }
  }
  return pages.sort((a, b) => a.atMs - b.atMs || a.user.id - b.user.id);
}

function refreshResponse(user: User): RecordedResponse {
  if (user.behaviour === 'error')
    return { urlPrefix: REFRESH_PREFIX, status: 500, body: 'unavailable' };
  if (user.behaviour === 'expired') return { urlPrefix: REFRESH_PREFIX, status: 204 };
  const value =
    'Env' + String(user.id).padStart(3, '0') + 'g' + (user.generation + 1) + 'x'.repeat(60);
  return {
    urlPrefix: REFRESH_PREFIX,
    status: 200,
    body: JSON.stringify({ envelopes: [{ type: 19, source: 'envelopeLiveramp', value }] }),
  };
}

/** The browser keeps what the server set: a new `_lr_env`, or none after max-age 0. */
function applyCookies(user: User, trace: Trace): void {
  for (const cookie of trace.cookiesSet) {
    if (cookie.name !== '_lr_env') continue;
    if (cookie.options['max-age'] === 0) {
      user.cookie = undefined;
      user.envelope = undefined;
      user.timestampMs = undefined;
      continue;
    }
    const json = JSON.parse(
      Buffer.from(decodeURIComponent(cookie.value), 'base64').toString('utf8'),
    );
    user.cookie = cookie.value;
    user.envelope = json.envelope;
    user.timestampMs = json.timestamp;
    user.generation++;
  }
}

function envelopeInUrl(url: string): string {
  return decodeURIComponent(new URL(url).searchParams.get('iv') ?? '');
}

export async function simulateSession(
  tpl: TplFile,
  options: SessionOptions = DEFAULT_SESSION,
): Promise<SessionReport> {
  const rand = seededRandom(options.seed);
  const users = makeUsers(options, rand);
  const pages = makePages(users, options, rand);
  const storage = createTemplateStorage();
  const intervalMs = options.refreshAfterMinutes * MINUTE;
  const events: EventRecord[] = [];
  let cookiesWritten = 0;
  let cookiesExpired = 0;
  const started = Date.now();

  for (const page of pages) {
    const user = page.user;
    const sentEnvelope = user.envelope;
    const due =
      sentEnvelope !== undefined &&
      (user.timestampMs === undefined || page.atMs - user.timestampMs >= intervalMs);
    const cookies: Record<string, string> = { _scid: 'scid-user-' + user.id };
    if (user.cookie !== undefined) cookies._lr_env = user.cookie;
    const traces = await Promise.all(
      page.events.map((name, i) =>
        runTemplate(tpl, {
          data: {
            atsConfigId: 'cfg-123',
            logging: 'never',
            refreshAfterMinutes: String(options.refreshAfterMinutes),
          },
          event: {
            event_name: name,
            event_id: 'u' + user.id + '-' + page.atMs + '-' + i,
            page_location: 'https://www.example-shop.com/p/' + (page.atMs % 97),
            ip_override: '203.0.113.' + (user.id + 1),
            client_id: 'client-' + user.id,
          },
          request: { cookies, headers: { referer: 'https://www.example-shop.com/' } },
          nowMs: page.atMs,
          storage,
          http: {
            mode: 'recorded',
            responses: [
              refreshResponse(user),
              { urlPrefix: ADAPTER_PREFIX, status: 200, body: '' },
            ],
          },
        }),
      ),
    );
    for (const trace of traces) {
      const refresh = trace.requests.filter((r) => r.url.startsWith(REFRESH_PREFIX));
      events.push({
        user: user.id,
        atMs: page.atMs,
        adapterRequests: trace.requests.filter((r) => r.url.startsWith(ADAPTER_PREFIX)).length,
        refreshRequests: refresh.length,
        refreshEnvelopes: refresh.map((r) => envelopeInUrl(r.url)),
        due,
        envelopeSent: sentEnvelope,
        outcome: trace.outcome,
        errors: trace.errors,
      });
    }
    for (const trace of traces) {
      for (const c of trace.cookiesSet) {
        if (c.name === '_lr_env' && c.options['max-age'] === 0) cookiesExpired++;
        else if (c.name === '_lr_env') cookiesWritten++;
      }
      applyCookies(user, trace);
    }
  }
  return { ...summarise(events, intervalMs, Date.now() - started), cookiesWritten, cookiesExpired };
}

/**
 * The oracle: walking the due events in time order, a refresh is due when no call for that
 * envelope was allowed in the last interval. A call for an envelope within an interval of an
 * earlier call for the same envelope is a duplicate.
 */
export function summarise(
  events: EventRecord[],
  intervalMs: number,
  wallMs: number,
): Omit<SessionReport, 'cookiesWritten' | 'cookiesExpired'> {
  const allowedAt = new Map<string, number>();
  let refreshesDue = 0;
  let dueEvents = 0;
  for (const e of events) {
    if (!e.due || e.envelopeSent === undefined) continue;
    dueEvents++;
    const last = allowedAt.get(e.envelopeSent);
    if (last === undefined || e.atMs - last >= intervalMs) {
      allowedAt.set(e.envelopeSent, e.atMs);
      refreshesDue++;
    }
  }
  const calledAt = new Map<string, number>();
  let duplicates = 0;
  let refreshCalls = 0;
  const histogram: Record<string, number> = {};
  let maxRequestsPerEvent = 0;
  for (const e of events) {
    const total = e.adapterRequests + e.refreshRequests;
    histogram[String(total)] = (histogram[String(total)] ?? 0) + 1;
    maxRequestsPerEvent = Math.max(maxRequestsPerEvent, total);
    for (const envelope of e.refreshEnvelopes) {
      refreshCalls++;
      const last = calledAt.get(envelope);
      if (last !== undefined && e.atMs - last < intervalMs) duplicates++;
      calledAt.set(envelope, e.atMs);
    }
  }
  return {
    events,
    refreshCalls,
    dueEvents,
    refreshesDue,
    duplicates,
    maxRequestsPerEvent,
    histogram,
    wallMs,
  };
}

export function formatReport(r: SessionReport): string {
  const n = r.events.length;
  const adapter = r.events.reduce((s, e) => s + e.adapterRequests, 0);
  const overBudget = r.events.filter((e) => e.adapterRequests > 1 || e.refreshRequests > 1).length;
  const errors = r.events.reduce((s, e) => s + e.errors.length, 0);
  const outcomes = r.events.reduce<Record<string, number>>((acc, e) => {
    acc[e.outcome] = (acc[e.outcome] ?? 0) + 1;
    return acc;
  }, {});
  const users = new Set(r.events.map((e) => e.user)).size;
  const lines = [
    `refresh session: ${n} events from ${users} users through the built template (${r.wallMs} ms wall)`,
    `outbound requests per event: ${((adapter + r.refreshCalls) / n).toFixed(3)} mean, ${r.maxRequestsPerEvent} max; ` +
      `histogram ${Object.keys(r.histogram)
        .sort()
        .map((k) => `${k}: ${r.histogram[k]}`)
        .join(', ')}`,
    `adapter requests: ${adapter} (${n} events; at most 1 per event)`,
    `refresh calls: ${r.refreshCalls}; refreshes due: ${r.refreshesDue} (one per envelope per interval; ${r.dueEvents} events saw a stale envelope)`,
    `duplicate refresh calls (same envelope within the interval): ${r.duplicates}`,
    `_lr_env written back: ${r.cookiesWritten}; expired after a 204: ${r.cookiesExpired}`,
    `events over budget (more than 1 adapter or 1 refresh request): ${overBudget}`,
    `outcomes: ${JSON.stringify(outcomes)}; runtime errors: ${errors}`,
    r.duplicates === 0 && overBudget === 0 && r.refreshCalls <= r.refreshesDue && errors === 0
      ? 'goal met: at most 1 + refreshes due per event, no duplicates'
      : 'GOAL MISSED',
  ];
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const file = argv[0] ?? 'dist/template.tpl';
  const tpl = readTpl(readFileSync(file, 'utf8'), file);
  const report = await simulateSession(tpl);
  console.log(formatReport(report));
  return report.duplicates === 0 && report.refreshCalls <= report.refreshesDue ? 0 : 1;
}
