// `sgtm-template serve`'s HTTP server: the GA4 client on /g/collect, one execution of the template per
// event, the JSON API the preview page reads, and the page itself.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { joinHeaders } from '../runtime/apis/http';
import { createTemplateStorage } from '../runtime/apis/storage';
import { createSandboxPool } from '../runtime/sandbox-pool';
import { isPlainObject } from '../runtime/values';
import type { RequestInput } from '../runtime/types';
import { checkFieldValues } from '../definition/field-values-check';
import { fieldDefaults } from '../tpl/field-defaults';
import type { TplFile } from '../tpl/model';
import { EventLog, type ProcessedEvent } from './event-log';
import { eventsFromHit } from './ga4-client';
import { MAX_BODY_BYTES, readBody, TOO_LARGE } from './http-body';
import type { Send } from './answer-requests';
import type { LoadedSetup } from './setup';
import { runEvent, type TagRunner } from './run-event';
import { createLimiter } from './limiter';
import { loadAssets } from './static-assets';

/** Executions running at once; more wait (mock answers are instant, so the work is CPU-bound). */
export const MAX_CONCURRENT_EXECUTIONS = 8;

export interface PreviewServerOptions {
  tpl: TplFile;
  /** The template file as given on the command line (shown on the page, used in error locations). */
  fileName: string;
  /** 0-based line of the code's first line in the file. */
  codeLine: number;
  /** The tag's field values; fields not given keep their defaults, as in a new tag. */
  fields: Record<string, unknown>;
  send: Send;
  /** `mock` or `live`, for the page's header. */
  requests: string;
  /** The project's serve setup: the send panel's identity controls, how events are summarised. */
  setup?: LoadedSetup;
  /** How long one execution may run before the hit is answered anyway (default 10 s). */
  ceilingMs?: number;
  /** Executions at once (default MAX_CONCURRENT_EXECUTIONS). */
  maxConcurrent?: number;
}

export interface PreviewServer {
  readonly log: EventLog;
  /** Resolves with the base URL, e.g. `http://127.0.0.1:8080` (port 0 picks a free port). */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

type Respond = (status: number, body: string, headers?: http.OutgoingHttpHeaders) => void;

/** One request as a route's handler gets it. */
interface Call {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  respond: Respond;
}

type Route = Partial<Record<string, (call: Call) => unknown>>;

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** HTTP's Warning header (code 199, "miscellaneous"): printable ASCII only, as headers must be. */
const warningHeader = (messages: string[]) =>
  messages.map((m) => `199 - "${m.replace(/[^\x20-\x7e]|"/g, '?')}"`).join(', ');
const TEXT_TYPE = { 'content-type': 'text/plain; charset=utf-8' };

/** The send panel's identity controls, their cookie values made now (a fresh timestamp…). */
function sendPanel(setup: LoadedSetup | undefined, nowMs: number) {
  return {
    identity: (setup?.identity ?? []).map((c) => ({
      id: c.id,
      label: c.label,
      checked: c.checked ?? true,
      ...(c.cookie ? { cookie: { name: c.cookie.name, value: c.cookie.value(nowMs) } } : {}),
      ...(c.pageParameter ? { pageParameter: c.pageParameter } : {}),
    })),
  };
}

export function createPreviewServer(options: PreviewServerOptions): PreviewServer {
  const assets = loadAssets();
  const log = new EventLog();
  const defaults = fieldDefaults(options.tpl.parameters);
  let fields: Record<string, unknown> = { ...defaults, ...options.fields };
  let nextId = 1;
  const limit = createLimiter(options.maxConcurrent ?? MAX_CONCURRENT_EXECUTIONS);
  const streams = new Set<http.ServerResponse>();
  const runner: TagRunner = {
    tpl: options.tpl,
    fileName: options.fileName,
    codeLine: options.codeLine,
    storage: createTemplateStorage(),
    pool: createSandboxPool(options.maxConcurrent ?? MAX_CONCURRENT_EXECUTIONS),
    send: options.send,
    summarise: options.setup?.summarise?.bind(options.setup),
    ceilingMs: options.ceilingMs,
  };

  /** The body, or undefined once the request was answered 413. */
  async function bodyOf({ req, respond }: Call): Promise<string | undefined> {
    const body = await readBody(req);
    if (body !== TOO_LARGE) return body;
    respond(413, `the body is over ${MAX_BODY_BYTES} bytes\n`, TEXT_TYPE);
    return undefined;
  }

  async function collect(call: Call): Promise<void> {
    const { req, url, respond } = call;
    const body = req.method === 'POST' ? await bodyOf(call) : '';
    if (body === undefined) return;
    const hit = eventsFromHit({
      query: url.search.slice(1),
      body,
      headers: req.headers,
      remoteAddress: req.socket.remoteAddress,
    });
    if ('error' in hit) return respond(400, `${hit.error}\n`, TEXT_TYPE);
    const receivedAt = new Date().toISOString();
    const request: RequestInput = {
      headers: joinHeaders(req.headers),
      query: hit.query,
      path: url.pathname,
      method: req.method,
      body,
      remoteAddress: req.socket.remoteAddress,
    };
    const data = fields;
    const processed = await Promise.all(
      hit.events.map(async (event) => {
        const id = nextId++;
        const run = await limit(() => runEvent(runner, data, event, request));
        const entry: ProcessedEvent = {
          id,
          receivedAt,
          hit: { method: req.method ?? 'GET', path: url.pathname, query: event.params },
          eventData: event.eventData,
          ...run,
        };
        log.add(entry);
        return entry;
      }),
    );
    const cookies = processed.flatMap((e) => e.cookiesSet.map((c) => c.header));
    const origin = req.headers.origin;
    respond(200, '', {
      ...TEXT_TYPE,
      // The preview page's send panel reads what became of its hit (sGTM's answer has no body).
      'x-preview-events': processed.map((e) => e.id).join(','),
      ...(cookies.length ? { 'set-cookie': cookies } : {}),
      // gtag on another origin (a site's server_container_url) sends its hits with credentials.
      ...(origin
        ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' }
        : {}),
    });
  }

  async function putFields(call: Call): Promise<void> {
    const { respond } = call;
    const body = await bodyOf(call);
    if (body === undefined) return;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      return respond(400, `the fields are not JSON: ${(error as Error).message}\n`, TEXT_TYPE);
    }
    if (!isPlainObject(value)) {
      return respond(400, 'the fields must be a JSON object of field values\n', TEXT_TYPE);
    }
    const problems = checkFieldValues(options.tpl.parameters, value);
    const refused = problems.filter((p) => p.severity === 'error').map((p) => p.message);
    if (refused.length > 0) return respond(400, `${refused.join('; ')}\n`, TEXT_TYPE);
    fields = { ...defaults, ...value };
    respond(200, JSON.stringify(fields), {
      ...JSON_TYPE,
      // A name no field has is kept, and said: the nearest field name is likely what was meant.
      ...(problems.length > 0 ? { warning: warningHeader(problems.map((p) => p.message)) } : {}),
    });
  }

  // One listener for every open stream: each event is serialised once.
  log.listen((event) => {
    if (streams.size === 0) return;
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(line);
  });

  function stream({ req, res }: Call): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': one "data:" line per processed event\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  const json =
    (value: () => unknown) =>
    ({ respond }: Call) =>
      respond(200, JSON.stringify(value()), JSON_TYPE);
  const routes: Record<string, Route> = {
    '/g/collect': { GET: collect, POST: collect },
    '/api/events': { GET: json(() => log.list()) },
    '/api/stream': { GET: stream },
    '/api/fields': { GET: json(() => fields), PUT: putFields },
    '/api/template': {
      GET: json(() => ({
        file: options.fileName,
        displayName: options.tpl.info.displayName,
        requests: options.requests,
        parameters: options.tpl.parameters,
      })),
    },
    '/api/send-panel': { GET: json(() => sendPanel(options.setup, Date.now())) },
  };
  for (const [path, asset] of assets) {
    routes[path] = { GET: ({ respond }) => respond(200, asset.body, asset.headers) };
  }

  const server = http.createServer((req, res) => {
    const respond: Respond = (status, body, headers = TEXT_TYPE) => {
      if (res.headersSent) return;
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return respond(400, `cannot read the request target ${JSON.stringify(req.url)}\n`);
    }
    const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
    if (!route) return respond(404, `not found: ${url.pathname}\n`);
    const method = req.method ?? 'GET';
    const handle = Object.hasOwn(route, method) ? route[method] : undefined;
    if (!handle) {
      return respond(405, `${req.method} is not allowed on ${url.pathname}\n`, {
        ...TEXT_TYPE,
        allow: Object.keys(route).join(', '),
      });
    }
    Promise.resolve()
      .then(() => handle({ req, res, url, respond }))
      .catch((error: unknown) => respond(500, `internal error: ${String(error)}\n`));
  });

  return {
    log,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const { port: actual } = server.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${actual}`);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        for (const res of streams) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
