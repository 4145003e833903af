// This tag under `npm start`: the recorded purchase hit end to end through the project's serve setup
// (dev/serve-setup.ts: the mock LiveRamp, the adapter schema, the Snap type and the tag's outcome), the
// JSON API with the tag's fields, consent denied as `skipped`, and the tag's failures.
import * as http from 'node:http';
import { rawRequest } from '../../build/test/support/raw-request';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { ProcessedEvent } from '../../build/serve/event-log';
import { serveOptions } from '../../build/serve/serve-options';
import { builtTemplate } from '../support/built-template';
import {
  RECORDED_PURCHASE,
  projectSetup,
  readCurlConfig,
  startPreview,
  type RunningPreview,
} from '../support/preview';

const ROOT = path.resolve(__dirname, '../..');
const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
const SCID = '123e4567-e89b-12d3-a456-426614174000';
const COOKIES = `_lr_env=${ENVELOPE}; _scid=${SCID}`;
const PAGE = encodeURIComponent('https://www.example-store.com/p?ScCid=click-1');

let preview: RunningPreview;

beforeAll(async () => {
  preview = await startPreview();
});
afterAll(() => preview.app.close());

const raw = (
  method: string,
  pathAndQuery: string,
  body = '',
  headers: Record<string, string> = {},
) => rawRequest(preview.url, method, pathAndQuery, body, headers);

async function events(): Promise<ProcessedEvent[]> {
  return (await (await fetch(`${preview.url}/api/events`)).json()) as ProcessedEvent[];
}

/** Sends a hit and returns the events it added. */
async function send(query: string, body = '', cookie = COOKIES): Promise<ProcessedEvent[]> {
  const before = (await events()).length;
  const res = await raw('POST', `/g/collect?${query}`, body, { cookie });
  expect(res.status).toBe(200);
  return (await events()).slice(before);
}

const adapterBody = (e: ProcessedEvent) =>
  e.requests.find((r) => r.url.includes('/send-events/'))?.bodyJson as {
    events: {
      event_type: string;
      user_data: { partner_id?: string };
      custom_data: { key: string; value: unknown }[];
    }[];
  };
const customData = (e: ProcessedEvent) =>
  Object.fromEntries(adapterBody(e).events[0].custom_data.map((p) => [p.key, p.value]));

describe('the recorded purchase hit (examples/ga4-hits/purchase.curl)', () => {
  let answer: Awaited<ReturnType<typeof raw>>;
  let event: ProcessedEvent;

  beforeAll(async () => {
    const hit = readCurlConfig(RECORDED_PURCHASE);
    answer = await raw(hit.method, hit.pathAndQuery, hit.body, hit.headers);
    [event] = await events();
  });

  it('is answered 200 and shows as one successful PURCHASE with items, currency, uuid_c1 and the envelope', async () => {
    expect(answer.status).toBe(200);
    expect(answer.headers['x-preview-events']).toBe(String(event.id));
    expect(await events()).toHaveLength(1);
    expect(event.outcome).toBe('success');
    expect(event.type).toBe('PURCHASE');
    expect(event.reason).toBe('sent');
    const body = adapterBody(event);
    expect(body.events[0].event_type).toBe('PURCHASE');
    expect(body.events[0].user_data).toEqual({ partner_id: ENVELOPE });
    expect(customData(event)).toMatchObject({
      item_ids: ['sku_123', 'sku_456'],
      currency: 'EUR',
      cart_total: '139.49',
      uuid_c1: SCID,
      click_id: 'b9a1c3d2-5f7e-4e21-9c11-7a3b2d4e6f80',
    });
  });

  it('has exactly the API shape, with the request and the mock answer', () => {
    expect(Object.keys(event)).toEqual([
      'id',
      'receivedAt',
      'hit',
      'eventData',
      'outcome',
      'type',
      'reason',
      'logs',
      'requests',
      'cookiesSet',
    ]);
    expect(Object.keys(event.hit)).toEqual(['method', 'path', 'query']);
    expect(event.hit).toMatchObject({ method: 'POST', path: '/g/collect' });
    expect(event.hit.query.en).toBe('purchase');
    for (const request of event.requests) {
      expect(Object.keys(request)).toEqual([
        'url',
        'method',
        'headers',
        'body',
        'bodyJson',
        'response',
      ]);
    }
    const adapter = event.requests[1];
    expect(adapter.url).toBe('https://capi.analytics.rlcdn.com/send-events/demo-ats-config');
    expect(adapter.response).toEqual({ status: 200, body: '{}' });
    expect(JSON.parse(adapter.body as string)).toEqual(adapter.bodyJson);
  });

  it('refreshes the envelope that has no timestamp: refresh call, log line and Set-Cookie', () => {
    const [refresh] = event.requests;
    expect(refresh.url).toBe(
      `https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=demo-ats-config&it=19&iv=${ENVELOPE}`,
    );
    expect(JSON.parse(refresh.response.body)).toEqual({
      envelopes: [{ type: 19, source: 'envelopeLiveramp', value: ENVELOPE }],
    });
    expect(JSON.parse(event.logs[0])).toMatchObject({
      refresh: 'refreshed',
      from: 'call',
      cookie: 'written',
      reason: 'envelope has no timestamp; envelope refreshed',
    });
    const setCookie = answer.headers['set-cookie'] ?? [];
    expect(setCookie).toHaveLength(1);
    const m = /^_lr_env=([^;]+); Path=\/; Max-Age=2592000; Secure; SameSite=Lax$/.exec(
      setCookie[0],
    );
    expect(m).not.toBeNull();
    const written = JSON.parse(Buffer.from(decodeURIComponent(m![1]), 'base64').toString('utf8'));
    expect(written).toEqual({
      timestamp: expect.any(Number),
      version: '1.0.0',
      envelope: ENVELOPE,
    });
    expect(Math.abs(written.timestamp - Date.now())).toBeLessThan(60_000);
    expect(event.cookiesSet[0].header).toBe(setCookie[0]);
  });

  it('maps the hit into GA4 event data', () => {
    expect(event.eventData).toMatchObject({
      event_name: 'purchase',
      currency: 'EUR',
      value: 139.49,
      transaction_id: 'T-1001',
      page_location:
        'https://www.example-store.com/checkout/confirmation?ScCid=b9a1c3d2-5f7e-4e21-9c11-7a3b2d4e6f80',
      'x-ga-gcs': 'G111',
      ip_override: '127.0.0.1',
      items: [
        {
          item_id: 'sku_123',
          item_name: 'Black running shoes',
          item_brand: 'Nike',
          item_category: 'Shoes',
          price: 89.99,
          quantity: 1,
        },
        {
          item_id: 'sku_456',
          item_name: 'Running socks',
          item_brand: 'Adidas',
          item_category: 'Running',
          price: 49.5,
          quantity: 1,
        },
      ],
      client_hints: { platform: 'Windows', mobile: false },
    });
  });
});

describe('the JSON API', () => {
  it('streams one data line per processed event', async () => {
    const res = await fetch(`${preview.url}/api/stream`);
    const reader = res.body!.getReader();
    await reader.read(); // the comment line sent on connect
    const [sent] = await send(`v=2&en=page_view&dl=${PAGE}&gcs=G111`);
    let text = '';
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text.startsWith('data: ')).toBe(true);
    expect(JSON.parse(text.slice('data: '.length).trim())).toEqual(sent);
  });

  it('runs a batch as one event per line, in order, with the hit answered once all are done', async () => {
    const added = await send(
      `v=2&dl=${PAGE}&gcs=G111&en=page_view`,
      'en=view_item&pr1=idsku_1\nen=add_to_cart&pr1=idsku_1\nen=sign_up',
    );
    expect(added.map((e) => [e.eventData.event_name, adapterBody(e).events[0].event_type])).toEqual(
      [
        ['view_item', 'VIEW_CONTENT'],
        ['add_to_cart', 'ADD_CART'],
        ['sign_up', 'SIGN_UP'],
      ],
    );
    expect(added.map((e) => e.id)).toEqual([added[0].id, added[0].id + 1, added[0].id + 2]);
  });

  it('GET and PUT /api/fields replace the fields for the events that follow', async () => {
    const fields = (await (await fetch(`${preview.url}/api/fields`)).json()) as Record<
      string,
      unknown
    >;
    expect(fields).toMatchObject({
      atsConfigId: 'demo-ats-config',
      unmappedEvents: 'skip',
      logging: 'debug',
    });
    const [skipped] = await send(`v=2&en=request_quote&dl=${PAGE}&gcs=G111`);
    expect(skipped.requests).toEqual([]);
    expect(skipped.outcome).toBe('skipped');
    expect(skipped.reason).toMatch(/^unmapped event/);

    const put = await fetch(`${preview.url}/api/fields`, {
      method: 'PUT',
      body: JSON.stringify({ ...fields, unmappedEvents: 'CUSTOM_EVENT_1' }),
    });
    expect(put.status).toBe(200);
    const [custom] = await send(`v=2&en=request_quote&dl=${PAGE}&gcs=G111`);
    expect(adapterBody(custom).events[0].event_type).toBe('CUSTOM_EVENT_1');
    expect([custom.outcome, custom.type]).toEqual(['success', 'CUSTOM_EVENT_1']);

    await fetch(`${preview.url}/api/fields`, { method: 'PUT', body: JSON.stringify(fields) });
  });

  it('PUT /api/fields refuses what is not a JSON object, with the reason', async () => {
    const notJson = await fetch(`${preview.url}/api/fields`, { method: 'PUT', body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(await notJson.text()).toMatch(/^the fields are not JSON: /);
    const list = await fetch(`${preview.url}/api/fields`, { method: 'PUT', body: '[1]' });
    expect(list.status).toBe(400);
    expect(await list.text()).toBe('the fields must be a JSON object of field values\n');
  });

  it('a consent-denied purchase is skipped (no request, the reason says why); a granted one is success', async () => {
    const [denied] = await send(`v=2&en=purchase&dl=${PAGE}&gcs=G100`);
    expect(denied.requests).toEqual([]);
    expect(denied.outcome).toBe('skipped');
    expect(denied.type).toBeNull();
    expect(denied.reason).toBe('consent denied: x-ga-gcs "G100" denies ad_storage; nothing sent');
    const [granted] = await send(`v=2&en=purchase&dl=${PAGE}&gcs=G111&pr1=idsku_1~pr5`);
    expect([granted.outcome, granted.type, granted.reason]).toEqual([
      'success',
      'PURCHASE',
      'sent',
    ]);
  });

  it('GET /api/send-panel gives the setup’s identity controls, the ATS cookie stamped now', async () => {
    const before = Date.now();
    const panel = (await (await fetch(`${preview.url}/api/send-panel`)).json()) as {
      identity: { id: string; cookie?: { name: string; value: string } }[];
    };
    expect(panel.identity.map((c) => c.id)).toEqual(['with-lr-env', 'with-scid', 'with-sccid']);
    const ats = JSON.parse(
      Buffer.from(decodeURIComponent(panel.identity[0].cookie!.value), 'base64').toString('utf8'),
    );
    expect(ats).toEqual({ timestamp: expect.any(Number), version: '1.5.0', envelope: ENVELOPE });
    expect(ats.timestamp).toBeGreaterThanOrEqual(before);
    expect(panel.identity[1].cookie).toEqual({ name: '_scid', value: SCID });
  });
});

describe('failures of the template or the adapter', () => {
  it('a template that throws is an event with outcome failure and the error', async () => {
    const broken = await startPreview({
      tpl: {
        ...builtTemplate(),
        code: "const getAllEventData = require('getAllEventData');\ngetAllEventData().missing.field;",
      },
    });
    try {
      await fetch(`${broken.url}/g/collect?en=page_view`);
      const [e] = (await (await fetch(`${broken.url}/api/events`)).json()) as ProcessedEvent[];
      expect(e.outcome).toBe('failure');
      expect(e.reason).toMatch(
        /^Uncaught TypeError: Cannot read properties of undefined \(reading 'field'\)/,
      );
    } finally {
      await broken.app.close();
    }
  });

  it('a tag that never finishes is answered after the ceiling, as a failure', async () => {
    const hanging = await startPreview({
      send: () => new Promise(() => undefined),
      ceilingMs: 200,
    });
    try {
      const res = await fetch(`${hanging.url}/g/collect?en=page_view&dl=${PAGE}&gcs=G111`, {
        headers: { cookie: COOKIES },
      });
      expect(res.status).toBe(200);
      const [e] = (await (await fetch(`${hanging.url}/api/events`)).json()) as ProcessedEvent[];
      expect(e.outcome).toBe('failure');
      expect(e.reason).toMatch(
        /called neither data.gtmOnSuccess nor data.gtmOnFailure within 200 ms/,
      );
    } finally {
      await hanging.app.close();
    }
  });

  it("--respond the adapter's URL with 503: the tag fails with the adapter status", async () => {
    const failing = await startPreview({
      respond: [
        { urlPrefix: 'https://capi.analytics.rlcdn.com/send-events/', status: 503, body: '{}' },
      ],
    });
    try {
      await fetch(`${failing.url}/g/collect?en=page_view&dl=${PAGE}&gcs=G111`, {
        headers: { cookie: `_scid=${SCID}` },
      });
      const [e] = (await (await fetch(`${failing.url}/api/events`)).json()) as ProcessedEvent[];
      expect(e.outcome).toBe('failure');
      expect(e.reason).toBe('the adapter answered HTTP 503: {}');
      expect(e.requests[0].response).toEqual({ status: 503, body: '{}' });
    } finally {
      await failing.app.close();
    }
  });
});

it('--live sends the requests to the real hosts (here a local server), unchecked', async () => {
  const target = http.createServer((req, res) =>
    res.writeHead(202).end(`got ${req.method} ${req.url}`),
  );
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  try {
    const { options, requestsLabel } = serveOptions({
      file: path.join(ROOT, 'dist/template.tpl'),
      fields: {},
      live: true,
      setup: projectSetup(),
    });
    expect([options.requests, requestsLabel]).toEqual([
      'live',
      'live: requests go to the real hosts (LiveRamp)',
    ]);
    const { port } = target.address() as AddressInfo;
    const notes: string[] = [];
    const outcome = await options.send(
      {
        url: `http://127.0.0.1:${port}/send-events/x`,
        method: 'POST',
        headers: {},
        body: '{}',
        timeoutMs: 2000,
      },
      notes,
    );
    expect(outcome).toMatchObject({
      ok: true,
      result: { statusCode: 202, body: 'got POST /send-events/x' },
    });
    expect(notes).toEqual([]);
  } finally {
    target.close();
  }
});
