// The embedded mock LiveRamp: the adapter's answer and schema check, the refresh API's documented
// shape, and what it does with any other URL.
import type { HttpExchange } from '../../runtime/apis/http';
import { mockLiveRamp } from '../../serve/mock-liveramp';
import { adapterRequestErrors } from '../../../test/support/adapter-schema';

const SCHEMA = 'schema/adapter-request.schema.json';
const send = mockLiveRamp({
  adapterStatus: 200,
  schemaCheck: adapterRequestErrors,
  schemaFile: SCHEMA,
});

const exchange = (url: string, method = 'GET', body?: string): HttpExchange => ({
  url,
  method,
  headers: {},
  body,
  timeoutMs: 1000,
});

const VALID = {
  events: [
    {
      event_manager: ['snapchat'],
      event_id: 'e1',
      event_type: 'PAGE_VIEW',
      event_time: 1754906400,
      event_source_url: 'https://shop.example/',
      user_data: { partner_id: 'partner_12345' },
    },
  ],
};

async function call(ex: HttpExchange) {
  const notes: string[] = [];
  return { outcome: await send(ex, notes), notes };
}

const ADAPTER = 'https://capi.analytics.rlcdn.com/send-events/cfg-1';

describe('the adapter', () => {
  it('answers 200 {} to a valid body, with no note', async () => {
    expect(await call(exchange(ADAPTER, 'POST', JSON.stringify(VALID)))).toEqual({
      outcome: {
        ok: true,
        result: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' },
      },
      notes: [],
    });
  });

  it('shows every schema failure, and still answers as configured', async () => {
    const broken = { events: [{ ...VALID.events[0], event_time: 'soon', user_data: {} }] };
    const { outcome, notes } = await call(exchange(ADAPTER, 'POST', JSON.stringify(broken)));
    expect(outcome.ok).toBe(true);
    expect(notes).toContain(
      `mock LiveRamp: the adapter body breaks ${SCHEMA}: /events/0/event_time must be integer`,
    );
    expect(notes.length).toBeGreaterThan(1);
  });

  it('says when the body is not JSON', async () => {
    const { notes } = await call(exchange(ADAPTER, 'POST', 'not json'));
    expect(notes).toEqual([
      expect.stringMatching(/^mock LiveRamp: the adapter body is not JSON \(Unexpected token/),
    ]);
  });

  it('answers --adapter-status N, and says when no schema was found', async () => {
    const notes: string[] = [];
    const failing = mockLiveRamp({ adapterStatus: 503, schemaFile: 'missing.json' });
    const outcome = await failing(exchange(ADAPTER, 'POST', JSON.stringify(VALID)), notes);
    expect(outcome).toMatchObject({ ok: true, result: { statusCode: 503, body: '{}' } });
    expect(notes).toEqual([
      'mock LiveRamp: missing.json not found, the adapter body was not validated',
    ]);
  });
});

describe('the refresh API', () => {
  const REFRESH = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';

  it("answers in LiveRamp's documented shape, renewing the envelope it is given", async () => {
    const { outcome, notes } = await call(
      exchange(`${REFRESH}?pid=13332&it=19&iv=AbC%2B1&ct=4&cv=x`),
    );
    expect(notes).toEqual([]);
    expect(outcome.ok && JSON.parse(outcome.result.body)).toEqual({
      envelopes: [{ type: 19, source: 'envelopeLiveramp', value: 'AbC+1' }],
    });
  });

  it('answers 400 to a call without pid, it=19 or iv', async () => {
    const { outcome, notes } = await call(exchange(`${REFRESH}?pid=1&it=4`));
    expect(outcome).toMatchObject({ ok: true, result: { statusCode: 400 } });
    expect(notes).toEqual([
      'mock LiveRamp: refresh answered 400: pid, it=19 and iv are required (missing or wrong: iv, it)',
    ]);
  });
});

it('fails any other URL, saying that --live sends it', async () => {
  expect(await call(exchange('https://api.example.com/x', 'POST', '{}'))).toEqual({
    outcome: { ok: false, reason: 'failed', afterMs: 0 },
    notes: [
      'mock LiveRamp: nothing answers POST https://api.example.com/x here; the request failed (--live sends it)',
    ],
  });
});
