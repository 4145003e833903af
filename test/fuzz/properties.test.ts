// The fuzz properties must be able to fail: each violation is detected on a hand-made trace.
import fc from 'fast-check';
import type { Trace } from '../../build/runtime/types';
import { USER_AGENT_SAMPLES } from '../support/device-samples';
import { encodeEnvelopeCookie, fuzzCase, objectFromEntries } from './arbitraries';
import type { FuzzCase } from './arbitraries';
import { executionInput, inputViolations, leakedWindow, traceViolations } from './properties';

const SECRET = 'AEnvQ2x9ZkT7mW4pL8cV1bN6hJ3sD5fG0aR';

function trace(over: Partial<Trace> = {}): Trace {
  return {
    outcome: 'success',
    requests: [],
    cookiesSet: [],
    logs: [],
    errors: [],
    callbacks: 1,
    ...over,
  };
}

describe('traceViolations', () => {
  test('a clean skip has no violations', () => {
    expect(traceViolations(trace({ logs: ['{"reason":"consent denied"}'] }), [SECRET])).toEqual([]);
  });

  test('no callback, two callbacks', () => {
    expect(traceViolations(trace({ outcome: 'none', callbacks: 0 }), [])).toEqual([
      'expected exactly one callback, got 0 (outcome none)',
    ]);
    expect(traceViolations(trace({ callbacks: 2 }), [])).toEqual([
      'expected exactly one callback, got 2 (outcome success)',
    ]);
  });

  test('errors in the trace', () => {
    expect(traceViolations(trace({ errors: ['TypeError: x is undefined'] }), [])).toEqual([
      'error: TypeError: x is undefined',
    ]);
  });

  test('URLs outside the two prefixes, including look-alikes', () => {
    const urls = [
      'https://capi.analytics.rlcdn.com/send-event/x',
      'https://capi.analytics.rlcdn.com.evil.example/send-events/x',
      'https://api.rlcdn.com/api/identity/v2/envelope/refreshX?a=1',
      'http://api.rlcdn.com/api/identity/v2/envelope/refresh?a=1',
    ];
    const got = traceViolations(
      trace({
        requests: urls.map((url) => ({
          url,
          method: 'GET',
          headers: {},
          body: undefined,
          timeoutMs: 2000,
        })),
      }),
      [],
    );
    expect(got).toEqual(urls.map((u) => `request to a URL outside the allowed prefixes: ${u}`));
  });

  test('a refresh call and a send are allowed once each, not twice', () => {
    const refresh = {
      url: 'https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=1&it=19&iv=x',
      method: 'GET',
      headers: {},
      body: undefined,
      timeoutMs: 2000,
    };
    expect(traceViolations(trace({ requests: [refresh] }), [])).toEqual([]);
    expect(traceViolations(trace({ requests: [refresh, refresh] }), [])).toEqual([
      '2 refresh requests (at most 1 per event)',
    ]);
  });

  test('a body that is not JSON', () => {
    const req = {
      url: 'https://capi.analytics.rlcdn.com/send-events/abc',
      method: 'POST',
      headers: {},
      body: '{"events":',
      timeoutMs: 5000,
    };
    expect(traceViolations(trace({ requests: [req] }), [])).toEqual([
      'send-events body is not JSON: {"events":',
    ]);
  });

  test('a body that fails the schema', () => {
    const req = {
      url: 'https://capi.analytics.rlcdn.com/send-events/abc',
      method: 'POST',
      headers: {},
      body: '{"events":[{"event_type":"NOT_A_TYPE"}]}',
      timeoutMs: 5000,
    };
    const got = traceViolations(trace({ requests: [req] }), []);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((v) => v.startsWith('send-events body fails the schema: '))).toBe(true);
  });

  test('a secret in a log line, whole or in part, is a leak; its redacted form is not', () => {
    const redacted = `{"partner_id":"${SECRET.slice(0, 6)}…"}`;
    expect(traceViolations(trace({ logs: [redacted] }), [SECRET])).toEqual([]);
    const whole = `{"partner_id":"${SECRET}"}`;
    expect(traceViolations(trace({ logs: [whole] }), [SECRET])).toEqual([
      `log line shows an identifier unredacted (AEnvQ2x9Zk…, found "AEnvQ2x9ZkT7mW4p"): ${whole}`,
    ]);
    expect(leakedWindow(SECRET, 'x' + SECRET.slice(10, 26) + 'y')).toBe(SECRET.slice(10, 26));
    expect(leakedWindow('short-secret', 'short-secret')).toBeUndefined();
  });
});

describe('arbitraries', () => {
  test('objectFromEntries makes __proto__ an own key without touching the prototype', () => {
    const obj = objectFromEntries([
      ['__proto__', { polluted: true }],
      ['a', 1],
    ]);
    expect(Object.keys(obj)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an ATS cookie decodes back to its envelope and clock-relative timestamp', () => {
    const cookie = encodeEnvelopeCookie(
      {
        kind: 'json',
        encoding: 'uri-base64',
        shape: 'ats',
        envelope: SECRET,
        other: 'x',
        ageMs: 1000,
      },
      1_700_000_000_000,
    );
    const json = Buffer.from(decodeURIComponent(cookie.raw), 'base64').toString('utf8');
    expect(JSON.parse(json)).toEqual({
      timestamp: 1_699_999_999_000,
      version: '1.5.0',
      envelope: SECRET,
    });
    expect(cookie.secrets).toEqual([SECRET]);
  });

  test('every planted identifier is long enough for the leak check, and cases are deterministic', () => {
    const a = fc.sample(fuzzCase, { seed: 7, numRuns: 200 });
    const b = fc.sample(fuzzCase, { seed: 7, numRuns: 200 });
    expect(JSON.stringify(a.map((c) => c.secrets))).toBe(JSON.stringify(b.map((c) => c.secrets)));
    const secrets = a.flatMap((c) => c.secrets);
    expect(secrets.length).toBeGreaterThan(200);
    expect(secrets.every((s) => s.length >= 24)).toBe(true);
    const input = executionInput(a[0], { atsConfigId: 'default' });
    expect(input.http).toMatchObject({ mode: 'recorded' });
    expect(input.data.logging).toBe(a[0].fields.logging);
  });
});

describe('arbitraries: device information (issue 11)', () => {
  const cases = fc.sample(fuzzCase, { seed: 11, numRuns: 400 });
  const realAgents = new Set(USER_AGENT_SAMPLES.map((s) => s.userAgent));
  const count = (test: (c: FuzzCase) => boolean) => cases.filter(test).length;

  test('real user agents reach the tag both as event user_agent and as the User-Agent header', () => {
    expect(count((c) => realAgents.has(c.event.user_agent as string))).toBeGreaterThan(20);
    expect(count((c) => realAgents.has(c.headers['user-agent']))).toBeGreaterThan(20);
    const frozen = USER_AGENT_SAMPLES.filter((s) => s.device_model === undefined);
    expect(count((c) => frozen.some((s) => s.userAgent === c.event.user_agent))).toBeGreaterThan(5);
    expect(
      count((c) => typeof c.event.user_agent === 'string' && c.event.user_agent.length > 100_000),
    ).toBeGreaterThan(0);
  });

  test('client_hints with a model, and the four event parameters, valid and not', () => {
    const model = (c: FuzzCase) => (c.event.client_hints as { model?: unknown } | null)?.model;
    expect(count((c) => typeof model(c) === 'string' && model(c) !== '')).toBeGreaterThan(20);
    expect(
      count((c) => c.event.client_hints !== undefined && typeof c.event.client_hints !== 'object'),
    ).toBeGreaterThan(0);
    for (const key of ['description', 'device_model', 'os_version']) {
      expect(count((c) => typeof c.event[key] === 'string')).toBeGreaterThan(100);
    }
    expect(count((c) => c.event.delivery_method === 'curbside')).toBeGreaterThan(5);
    expect(count((c) => c.event.delivery_method === 'drone')).toBeGreaterThan(5);
    expect(count((c) => c.fields.sendDeviceInfo === false)).toBeGreaterThan(20);
  });
});

describe('inputViolations', () => {
  const base = fc.sample(fuzzCase, { seed: 3, numRuns: 1 })[0];
  const request = { url: 'https://x', method: 'POST', headers: {}, body: '', timeoutMs: 5000 };
  const cookie = { name: '_lr_env', value: 'v', options: {} };

  test('denied consent, respected: a request or a cookie is a violation', () => {
    const c = {
      ...base,
      fields: {
        ...base.fields,
        consentMode: 'respect',
        dryRun: false,
        envelopeCookieName: '_lr_env',
      },
      event: { consent_state: { ad_storage: false } },
    };
    expect(inputViolations(c, trace({ requests: [request], cookiesSet: [cookie] }))).toEqual([
      'ad_storage denied, yet 1 request(s) were made',
      'ad_storage denied, yet a cookie was written',
    ]);
    expect(
      inputViolations({ ...c, event: { 'x-ga-gcs': 'G101' } }, trace({ requests: [request] })),
    ).toEqual(['ad_storage denied, yet 1 request(s) were made']);
    expect(
      inputViolations(
        { ...c, fields: { ...c.fields, consentMode: 'ignore' } },
        trace({ requests: [request] }),
      ),
    ).toEqual([]);
  });

  test('dry run sends nothing; only the envelope cookie may be written', () => {
    const c = {
      ...base,
      fields: { ...base.fields, consentMode: 'ignore', dryRun: true, envelopeCookieName: 'my_env' },
      event: {},
    };
    expect(inputViolations(c, trace({ requests: [request] }))).toEqual([
      'dry run, yet 1 request(s) were made',
    ]);
    const wet = { ...c, fields: { ...c.fields, dryRun: false } };
    expect(
      inputViolations(
        wet,
        trace({
          cookiesSet: [
            { ...cookie, name: 'my_env' },
            { ...cookie, name: '_scid' },
          ],
        }),
      ),
    ).toEqual(['wrote cookie "_scid"']);
  });

  test('the envelope cookie name is read as the tag reads text fields: trimmed, blank = _lr_env', () => {
    const named = (envelopeCookieName: unknown, name: string) =>
      inputViolations(
        { ...base, fields: { ...base.fields, dryRun: false, envelopeCookieName }, event: {} },
        trace({ cookiesSet: [{ ...cookie, name }] }),
      );
    expect(named('\r\n', '_lr_env')).toEqual([]);
    expect(named(' my_env ', 'my_env')).toEqual([]);
    expect(named(' my_env ', '_lr_env')).toEqual(['wrote cookie "_lr_env"']);
  });
});
