// The tag's serve setup (dev/serve-setup.ts) answering requests: the mock adapter and its schema check,
// the refresh API's documented shape, --respond before the mocks, and what happens to any other URL.
import type { HttpExchange } from '../../build/runtime/apis/http';
import { answerRequests } from '../../build/serve/answer-requests';
import { summarise } from '../../dev/serve-setup';
import { projectSetup } from '../support/preview';

const SCHEMA = 'schema/adapter-request.schema.json';
const { send, label } = answerRequests({ setup: projectSetup() });

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

async function call(ex: HttpExchange, answer = send) {
  const notes: string[] = [];
  return { outcome: await answer(ex, notes), notes };
}

const ADAPTER = 'https://capi.analytics.rlcdn.com/send-events/cfg-1';

it('names the setup in the start line', () => {
  expect(label).toBe('the mocks of dev/serve-setup.ts (--live sends them)');
});

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

  it('shows every schema failure, and still answers', async () => {
    const broken = { events: [{ ...VALID.events[0], event_time: 'soon', user_data: {} }] };
    const { outcome, notes } = await call(exchange(ADAPTER, 'POST', JSON.stringify(broken)));
    expect(outcome.ok).toBe(true);
    expect(notes).toContain(
      `the body sent to https://capi.analytics.rlcdn.com/send-events/ breaks ${SCHEMA}: /events/0/event_time must be integer`,
    );
    expect(notes.length).toBeGreaterThan(1);
  });

  it('says when the body is not JSON', async () => {
    const { notes } = await call(exchange(ADAPTER, 'POST', 'not json'));
    expect(notes).toEqual([
      expect.stringMatching(
        /^the body sent to https:\/\/capi\.analytics\.rlcdn\.com\/send-events\/ is not JSON \(Unexpected token/,
      ),
    ]);
  });

  it('--respond answers first, and the body is still checked', async () => {
    const failing = answerRequests({
      setup: projectSetup(),
      respond: [{ urlPrefix: 'https://capi.analytics.rlcdn.com/', status: 503, body: '{}' }],
    }).send;
    const { outcome, notes } = await call(exchange(ADAPTER, 'POST', '{}'), failing);
    expect(outcome).toMatchObject({ ok: true, result: { statusCode: 503, body: '{}' } });
    expect(notes).toEqual([
      `the body sent to https://capi.analytics.rlcdn.com/send-events/ breaks ${SCHEMA}: / must have required property 'events'`,
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

it('fails any other URL, saying how to answer it', async () => {
  expect(await call(exchange('https://api.example.com/x', 'POST', '{}'))).toEqual({
    outcome: { ok: false, reason: 'failed', afterMs: 0 },
    notes: [
      "nothing answers POST https://api.example.com/x here, so the request failed: answer it with --respond 'https://api.example.com/=200:{}' (or a mock in the project's serve setup), or send it with --live",
    ],
  });
});

describe("the timeline's summary of the tag's events", () => {
  const result = (fields: Record<string, unknown>) =>
    JSON.stringify({ source: 'snapchat-capi-ats', event: 'purchase', ...fields });

  it("a skipped result line is the tag's skip, with its type and reason", () => {
    const logs = [
      result({ eventType: 'PURCHASE', outcome: 'skipped', reason: 'dry run: not sent' }),
    ];
    expect(summarise({ logs, requests: [] })).toEqual({
      type: 'PURCHASE',
      skipped: true,
      reason: 'dry run: not sent',
    });
  });

  it('a sent event takes its type from the adapter body', () => {
    const body = { events: [{ event_type: 'SIGN_UP' }] };
    const request = {
      url: ADAPTER,
      method: 'POST',
      headers: {},
      body: JSON.stringify(body),
      bodyJson: body,
      response: { status: 200, body: '{}' },
    };
    const logs = ['not json', result({ outcome: 'success', reason: 'sent' })];
    expect(summarise({ logs, requests: [request] })).toEqual({
      type: 'SIGN_UP',
      skipped: false,
      reason: 'sent',
    });
  });
});
