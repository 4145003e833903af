import {
  adapterUrl,
  requestBody,
  requestOptions,
  snapEvent,
  validConfigId,
} from '../../template-src/tag/request';

describe('the ATS Configuration ID', () => {
  it.each([['abc'], ['A-1_b'], ['0'], ['a'.repeat(128)], [' padded ']])('%p is valid', (id) => {
    expect(validConfigId(id)).toBe(id.trim());
  });

  it.each([[''], ['-abc'], ['_abc'], ['a b'], ['a/b'], ['a'.repeat(129)], ['é'], [123], [null]])(
    '%p is not valid',
    (id) => {
      expect(validConfigId(id)).toBeUndefined();
    },
  );

  it('goes into the URL path', () => {
    expect(adapterUrl('cfg-1_x')).toBe('https://capi.analytics.rlcdn.com/send-events/cfg-1_x');
  });
});

describe('the request', () => {
  it('POSTs JSON with the timeout', () => {
    expect(requestOptions(2500)).toEqual({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      timeout: 2500,
    });
  });

  it('orders the event keys as LiveRamp examples do and omits empty parts', () => {
    const event = snapEvent({
      eventId: 'id',
      eventType: 'PAGE_VIEW',
      eventTime: 1,
      userData: {},
      customData: [],
    });
    expect(requestBody(event)).toBe(
      '{"events":[{"event_manager":["snapchat"],"event_id":"id","event_type":"PAGE_VIEW","event_time":1}]}',
    );
    const full = snapEvent({
      eventId: 'id',
      eventType: 'PURCHASE',
      eventTime: 2,
      eventSourceUrl: 'https://x.example/',
      userData: { partner_id: 'env' },
      customData: [{ key: 'currency', value: 'EUR' }],
    });
    expect(Object.keys(full)).toEqual([
      'event_manager',
      'event_id',
      'event_type',
      'event_time',
      'event_source_url',
      'user_data',
      'custom_data',
    ]);
  });
});
