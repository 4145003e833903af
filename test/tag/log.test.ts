import { createHost, resetExecution, setExecution } from '../../build/runtime/sgtm-module';
import type { SnapEvent } from '../../template-src/tag/types';
import { loggingOn } from '../../template-src/tag/gtm';
import {
  redact,
  redactEvent,
  refreshLine,
  resultLine,
  warningLine,
} from '../../template-src/tag/log';

const event: SnapEvent = {
  event_manager: ['snapchat'],
  event_id: 'e-1',
  event_type: 'PAGE_VIEW',
  event_time: 1744873500,
  user_data: {
    partner_id: 'AnMtR07xnEC7ry',
    sc_cookie1: '123e4567-e89b',
    sc_click_id: 'click-abcdef',
  },
  custom_data: [
    { key: 'uuid_c1', value: '123e4567-e89b' },
    { key: 'click_id', value: 'abc' },
    { key: 'currency', value: 'EUR' },
  ],
};

describe('redaction', () => {
  it('keeps the first 6 characters', () => {
    expect(redact('AnMtR07xnEC7ry')).toBe('AnMtR0…');
    expect(redact('abc')).toBe('abc…');
    expect(redact(5)).toBe('…');
  });

  it('redacts the envelope and the Snap IDs in a copy of the event', () => {
    expect(redactEvent(event)).toEqual({
      ...event,
      user_data: { partner_id: 'AnMtR0…', sc_cookie1: '123e45…', sc_click_id: 'click-…' },
      custom_data: [
        { key: 'uuid_c1', value: '123e45…' },
        { key: 'click_id', value: 'abc…' },
        { key: 'currency', value: 'EUR' },
      ],
    });
    expect(event.user_data?.partner_id).toBe('AnMtR07xnEC7ry');
  });
});

describe('log lines', () => {
  it('writes the result as one JSON object', () => {
    expect(
      resultLine('page_view', 'px-1', {
        eventType: 'PAGE_VIEW',
        outcome: 'success',
        reason: 'sent',
        status: 200,
        url: 'https://capi.analytics.rlcdn.com/send-events/cfg',
        event: { ...event, user_data: { partner_id: 'AnMtR07xnEC7ry' }, custom_data: undefined },
      }),
    ).toBe(
      '{"source":"snapchat-capi-ats","event":"page_view","eventType":"PAGE_VIEW","pixelId":"px-1",' +
        '"outcome":"success","reason":"sent","status":200,' +
        '"url":"https://capi.analytics.rlcdn.com/send-events/cfg","body":{"events":[{"event_manager":' +
        '["snapchat"],"event_id":"e-1","event_type":"PAGE_VIEW","event_time":1744873500,' +
        '"user_data":{"partner_id":"AnMtR0…"}}]}}',
    );
    expect(resultLine('', undefined, { outcome: 'skipped', reason: 'why' })).toBe(
      '{"source":"snapchat-capi-ats","event":"","outcome":"skipped","reason":"why"}',
    );
    expect(warningLine('x', 'careful')).toBe(
      '{"source":"snapchat-capi-ats","event":"x","warning":"careful"}',
    );
    expect(
      refreshLine('page_view', {
        action: 'kept',
        source: 'cache',
        cookie: 'none',
        reason: 'refresh answered 500; keeping the old envelope (cached)',
      }),
    ).toBe(
      '{"source":"snapchat-capi-ats","event":"page_view","refresh":"kept","from":"cache",' +
        '"cookie":"none","reason":"refresh answered 500; keeping the old envelope (cached)"}',
    );
  });
});

describe('the logging mode (gtm.ts)', () => {
  afterEach(() => resetExecution());
  const inContainer = (containerVersion: object | undefined, permissions?: []) =>
    setExecution(createHost({ containerVersion }, { permissions }));

  it('debug logs in preview and debug modes only', () => {
    inContainer({ debugMode: false, previewMode: true });
    expect(loggingOn('debug')).toBe(true);
    inContainer({ debugMode: true, previewMode: false });
    expect(loggingOn('debug')).toBe(true);
    inContainer({ debugMode: false, previewMode: false });
    expect(loggingOn('debug')).toBe(false);
    inContainer(undefined);
    expect(loggingOn('debug')).toBe(false);
  });

  it('always and never do not ask the container (no read_container_data needed)', () => {
    inContainer({ debugMode: true }, []);
    expect(loggingOn('never')).toBe(false);
    expect(loggingOn('always')).toBe(true);
    // 'debug' asks the container; read_container_data has no settings, so a file without it may.
    expect(loggingOn('debug')).toBe(true);
  });
});

describe('redacting the page URL', () => {
  it('cuts the ScCid value in event_source_url', () => {
    const withUrl = { ...event, event_source_url: 'https://s.example/?a=1&ScCid=click-123456#top' };
    expect((redactEvent(withUrl) as SnapEvent).event_source_url).toBe(
      'https://s.example/?a=1&ScCid=click-…#top',
    );
  });
});
