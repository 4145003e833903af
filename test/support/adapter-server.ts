// A local stand-in for LiveRamp's two endpoints the tag talks to, for end-to-end and fault tests:
// the Snapchat CAPI adapter (`POST /send-events/:configId`) and the ATS envelope refresh API
// (`GET /api/identity/v2/envelope/refresh`). It records what arrives and answers with a scripted
// behaviour, including the broken ones (slow, reset, huge, not JSON) a real network produces.
import * as http from 'http';
import type { AddressInfo, Socket } from 'net';
import { adapterRequestErrors } from './adapter-schema';

/** How the server answers one request. */
export type Behaviour =
  /** A complete answer, optionally after `delayMs` (use a delay past the tag's timeout for timeouts). */
  | {
      kind: 'respond';
      status: number;
      body?: string;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  /** A 200-style answer whose body is `bytes` long (filler JSON-ish text). */
  | { kind: 'huge'; status: number; bytes: number }
  /** Status line and headers promise a body, then the socket is destroyed before any body byte. */
  | { kind: 'reset-after-headers'; status: number }
  /** Headers and part of the promised body, then the socket is destroyed. */
  | { kind: 'reset-mid-body'; status: number; partialBody: string }
  /** The socket is destroyed as soon as the request has been read: no status line at all. */
  | { kind: 'reset-before-headers' }
  /** Never answers (until `close()`). */
  | { kind: 'hang' };

export type Route = 'send-events' | 'refresh' | 'unknown';

export interface RecordedRequest {
  route: Route;
  method: string;
  /** Path with query string, exactly as received. */
  url: string;
  path: string;
  query: Record<string, string>;
  /** `/send-events/:configId`'s configId, URL-decoded; undefined on other routes. */
  configId?: string;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  /** The parsed JSON body; undefined when empty or not JSON (see `parseError`). */
  body?: unknown;
  parseError?: string;
  /** Schema complaints for send-events bodies (empty = valid); undefined on other routes. */
  validationErrors?: string[];
}

export type Script = Behaviour | ((req: RecordedRequest) => Behaviour);

export interface AdapterServer {
  /** `http://127.0.0.1:PORT`, for the runtime's hostMap. */
  readonly origin: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Requests to one route only. */
  requestsTo(route: Route): RecordedRequest[];
  /** Sets the answer for `POST /send-events/...` (default: 200 with `{"status":"ok"}`). */
  onSendEvents(script: Script): void;
  /** Sets the answer for the refresh API (default: 204, no body). */
  onRefresh(script: Script): void;
  /** Forgets recorded requests and restores the default scripts. */
  reset(): void;
  /** Closes the listener, destroys every open socket and cancels pending delayed answers. */
  close(): Promise<void>;
}

export const SEND_EVENTS_PREFIX = '/send-events/';
export const REFRESH_PATH = '/api/identity/v2/envelope/refresh';

const DEFAULT_SEND_EVENTS: Behaviour = {
  kind: 'respond',
  status: 200,
  body: '{"status":"ok"}',
  headers: { 'content-type': 'application/json' },
};
const DEFAULT_REFRESH: Behaviour = { kind: 'respond', status: 204 };

function routeOf(method: string, pathname: string): Route {
  if (method === 'POST' && pathname.startsWith(SEND_EVENTS_PREFIX)) return 'send-events';
  if (method === 'GET' && pathname === REFRESH_PATH) return 'refresh';
  return 'unknown';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function record(req: http.IncomingMessage, rawBody: string): RecordedRequest {
  const parsedUrl = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const route = routeOf(method, parsedUrl.pathname);
  const recorded: RecordedRequest = {
    route,
    method,
    url: req.url ?? '/',
    path: parsedUrl.pathname,
    query: Object.fromEntries(parsedUrl.searchParams.entries()),
    headers: req.headers,
    rawBody,
  };
  if (route === 'send-events') {
    // Taken from the raw path: URL() would re-encode characters the tag may have left as they are.
    const rawPath = (req.url ?? '').split('?')[0];
    recorded.configId = safeDecode(rawPath.slice(SEND_EVENTS_PREFIX.length));
  }
  if (rawBody.length > 0) {
    try {
      recorded.body = JSON.parse(rawBody);
    } catch (e) {
      recorded.parseError = (e as Error).message;
    }
  }
  if (route === 'send-events') {
    recorded.validationErrors =
      recorded.body === undefined
        ? [`body is not JSON: ${recorded.parseError ?? 'empty body'}`]
        : validateQuietly(recorded.body);
  }
  return recorded;
}

// The server must keep answering even when the schema cannot be loaded; the reason is recorded instead.
function validateQuietly(body: unknown): string[] {
  try {
    return adapterRequestErrors(body);
  } catch (e) {
    return [(e as Error).message];
  }
}

export function hugeBody(bytes: number): string {
  const unit = '{"filler":"0123456789abcdef"},';
  return ('[' + unit.repeat(Math.ceil(bytes / unit.length))).slice(0, bytes);
}

/** Starts the server on 127.0.0.1 with an OS-chosen port. */
export async function startAdapterServer(): Promise<AdapterServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const requests: RecordedRequest[] = [];
  let sendEventsScript: Script = DEFAULT_SEND_EVENTS;
  let refreshScript: Script = DEFAULT_REFRESH;

  const answer = (behaviour: Behaviour, req: http.IncomingMessage, res: http.ServerResponse) => {
    switch (behaviour.kind) {
      case 'respond': {
        const send = () => {
          const body = behaviour.body ?? '';
          res.writeHead(behaviour.status, {
            'content-length': String(Buffer.byteLength(body)),
            ...behaviour.headers,
          });
          res.end(body);
        };
        if (behaviour.delayMs && behaviour.delayMs > 0) {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed) send();
          }, behaviour.delayMs);
          timers.add(timer);
        } else {
          send();
        }
        return;
      }
      case 'huge': {
        const body = hugeBody(behaviour.bytes);
        res.writeHead(behaviour.status, { 'content-length': String(body.length) });
        res.end(body);
        return;
      }
      case 'reset-after-headers':
        res.writeHead(behaviour.status, { 'content-length': '1000' });
        res.flushHeaders();
        // Let the headers reach the client first, so this is a reset mid-answer, not a refusal.
        setImmediate(() => req.socket.destroy());
        return;
      case 'reset-mid-body':
        res.writeHead(behaviour.status, {
          'content-length': String(Buffer.byteLength(behaviour.partialBody) + 1000),
        });
        res.write(behaviour.partialBody, () => req.socket.destroy());
        return;
      case 'reset-before-headers':
        req.socket.destroy();
        return;
      case 'hang':
        return;
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = record(req, Buffer.concat(chunks).toString('utf8'));
      requests.push(recorded);
      const script =
        recorded.route === 'send-events'
          ? sendEventsScript
          : recorded.route === 'refresh'
            ? refreshScript
            : ({ kind: 'respond', status: 404, body: 'no such route' } as Behaviour);
      answer(typeof script === 'function' ? script(recorded) : script, req, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A reset socket can surface as a client error on the server side too; it is expected here.
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    requestsTo: (route) => requests.filter((r) => r.route === route),
    onSendEvents: (script) => {
      sendEventsScript = script;
    },
    onRefresh: (script) => {
      refreshScript = script;
    },
    reset: () => {
      requests.length = 0;
      sendEventsScript = DEFAULT_SEND_EVENTS;
      refreshScript = DEFAULT_REFRESH;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}

/**
 * An origin on 127.0.0.1 where nothing listens (connections are refused): a port the OS just
 * handed out and that was closed again at once.
 */
export async function refusedOrigin(): Promise<string> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
