// The edge module: exact log lines, the dry run, and "never throws, exactly one callback" on random
// event data and field values (fast-check, fixed seed).
import fc from 'fast-check';
import type { TemplateData } from 'sgtm';
import { createHost, data as sgtmData, setExecution } from '../../build/runtime/sgtm-module';
import type { ExecutionInput } from '../../build/runtime/types';
import { gtmEnvironment, runTag } from '../../template-src/tag/run-tag';

const NOW = 1744873500000;

async function run(fields: Record<string, unknown>, input: Partial<ExecutionInput>) {
  const host = createHost({ nowMs: NOW, containerVersion: { debugMode: true }, ...input });
  setExecution(host);
  const data = {
    ...fields,
    gtmOnSuccess: sgtmData.gtmOnSuccess,
    gtmOnFailure: sgtmData.gtmOnFailure,
  };
  runTag(data as unknown as TemplateData, gtmEnvironment);
  await host.tasks.idle(5000);
  return host.trace;
}

describe('runTag', () => {
  it('logs one exact result line for a sent event, with the pixel ID', async () => {
    const trace = await run(
      {
        atsConfigId: 'cfg',
        pixelId: 'px-9',
        envelopeSource: 'value',
        envelopeValue: 'envelope-123',
        // The send's own log line; the refresh's lines are tested in test/refresh.
        refreshEnvelope: false,
      },
      { event: { event_name: 'login', event_id: 'id-1', method: 'sso' } },
    );
    expect(trace.outcome).toBe('success');
    expect(trace.logs).toEqual([
      '{"source":"snapchat-capi-ats","event":"login","eventType":"LOGIN","pixelId":"px-9",' +
        '"outcome":"success","reason":"sent","status":200,' +
        '"url":"https://capi.analytics.rlcdn.com/send-events/cfg","body":{"events":[{' +
        '"event_manager":["snapchat"],"event_id":"id-1","event_type":"LOGIN","event_time":1744873500,' +
        '"user_data":{"partner_id":"envelo…"},"custom_data":[{"key":"sign_up_method","value":"sso"}]}]}}',
    ]);
  });

  it('logs the body of a dry run and sends nothing', async () => {
    const trace = await run(
      { atsConfigId: 'cfg', dryRun: true, requireIdentity: false },
      { event: { event_name: 'page_view', event_id: 'p' } },
    );
    expect(trace.requests).toEqual([]);
    expect(trace.outcome).toBe('success');
    expect(trace.logs).toEqual([
      '{"source":"snapchat-capi-ats","event":"page_view","eventType":"PAGE_VIEW","outcome":"skipped",' +
        '"reason":"dry run: request built and logged, not sent",' +
        '"url":"https://capi.analytics.rlcdn.com/send-events/cfg","body":{"events":[{' +
        '"event_manager":["snapchat"],"event_id":"p","event_type":"PAGE_VIEW","event_time":1744873500}]}}',
    ]);
  });

  it('reports a failed request with status 0', async () => {
    const trace = await run(
      { atsConfigId: 'cfg', requireIdentity: false, logging: 'always', timeoutMs: '300' },
      {
        event: { event_name: 'page_view', event_id: 'p' },
        containerVersion: {},
        http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 0, fail: 'failed' }] },
      },
    );
    expect(trace.outcome).toBe('failure');
    expect(JSON.parse(trace.logs[0])).toMatchObject({
      outcome: 'failure',
      status: 0,
      reason: 'the request failed or timed out after 300 ms',
    });
  });

  it('never throws and calls exactly one callback, whatever the event and fields hold', async () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.constantFrom('', ' ', 'NaN', '1e3', 'G100', '{"envelope":"x"}', 'eyJlbnZlbG9wZSI6'),
    );
    const event = fc.record(
      {
        event_name: fc.oneof(fc.constantFrom('purchase', 'page_view', 'scroll', 'SAVE'), junk),
        items: fc.oneof(
          fc.array(fc.oneof(junk, fc.record({ item_id: junk, price: junk, quantity: junk }))),
          junk,
        ),
        value: junk,
        currency: junk,
        page_location: fc.oneof(fc.webUrl({ withQueryParameters: true }), junk),
        consent_state: fc.oneof(fc.record({ ad_storage: junk }), junk),
        'x-ga-gcs': junk,
        user_data: fc.oneof(fc.record({ address: junk }), junk),
        event_id: junk,
        transaction_id: junk,
      },
      { requiredKeys: [] },
    );
    const fields = fc.record(
      {
        atsConfigId: fc.oneof(fc.constant('cfg-1'), junk),
        eventTypeMode: junk,
        fixedEventType: junk,
        eventTypeOverrides: junk,
        unmappedEvents: junk,
        envelopeSource: fc.oneof(fc.constantFrom('cookie', 'value'), junk),
        envelopeValue: junk,
        envelopeCookieName: junk,
        envelopeMaxAgeDays: junk,
        customData: fc.oneof(fc.array(fc.record({ key: junk, value: junk })), junk),
        timeoutMs: junk,
        requireIdentity: junk,
        logging: fc.constantFrom('always', 'never', 'debug'),
      },
      { requiredKeys: ['atsConfigId'] },
    );
    const cookies = fc.dictionary(
      fc.constantFrom('_lr_env', '_scid', '_scclid'),
      fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
    );
    await fc.assert(
      fc.asyncProperty(event, fields, cookies, async (e, f, c) => {
        const trace = await run(f as Record<string, unknown>, {
          event: e as Record<string, unknown>,
          request: { cookies: c },
        });
        expect(trace.errors).toEqual([]);
        expect(trace.callbacks).toBe(1);
        expect(trace.requests.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300, seed: 20260129 },
    );
  });
});
