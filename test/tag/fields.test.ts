import { fields } from '../../template-src/fields';
import { fieldDefaults } from '../../template-src/tests/load';
import {
  DEFAULTS,
  maxAgeDaysOf,
  overridesOf,
  readConfig,
  timeoutOf,
} from '../../template-src/tag/fields';
import { listFields } from '../../build/definition';

describe('the fields', () => {
  it('have exactly the names issues 3 and 5 list (groups aside)', () => {
    const names = listFields(fields)
      .map((f) => f.field as { type: string; name: string })
      .filter((f) => f.type !== 'GROUP')
      .map((f) => f.name)
      .sort();
    expect(names).toEqual(
      [
        'atsConfigId',
        'pixelId',
        'eventTypeMode',
        'fixedEventType',
        'eventTypeOverrides',
        'unmappedEvents',
        'envelopeSource',
        'envelopeCookieName',
        'envelopeValue',
        'envelopeMaxAgeDays',
        'sendSnapIds',
        'snapIdPlacement',
        'eventIdOverride',
        'eventSourceUrlOverride',
        'eventTag',
        'customData',
        'consentMode',
        'limitedDataUse',
        'requireIdentity',
        'timeoutMs',
        'dryRun',
        'logging',
        // issue 5: the envelope refresh
        'refreshEnvelope',
        'placementId',
        'refreshAfterMinutes',
        'refreshConsentType',
        'refreshConsentString',
        'gppString',
        'gppSid',
        'refreshTimeoutMs',
        'cookieDomain',
        'cookieLifetimeDays',
      ].sort(),
    );
  });

  it('all have help text with an example', () => {
    for (const { field } of listFields(fields)) {
      const f = field as { type: string; name: string; help?: string };
      if (f.type === 'GROUP') continue;
      expect([f.name, /example/i.test(f.help ?? '')]).toEqual([f.name, true]);
    }
  });

  it('declare the same defaults the code falls back to', () => {
    expect(fieldDefaults(fields)).toEqual({
      atsConfigId: '',
      pixelId: '',
      eventTypeOverrides: [],
      envelopeValue: '',
      placementId: '',
      refreshConsentString: '',
      gppString: '',
      gppSid: '',
      eventIdOverride: '',
      eventSourceUrlOverride: '',
      eventTag: '',
      customData: [],
      eventTypeMode: 'auto',
      fixedEventType: 'PURCHASE',
      unmappedEvents: 'skip',
      envelopeSource: 'cookie',
      envelopeCookieName: '_lr_env',
      envelopeMaxAgeDays: '30',
      requireIdentity: true,
      sendSnapIds: true,
      snapIdPlacement: 'custom_data',
      consentMode: 'respect',
      limitedDataUse: false,
      timeoutMs: '5000',
      dryRun: false,
      logging: 'debug',
      refreshEnvelope: true,
      refreshAfterMinutes: '30',
      refreshConsentType: 'none',
      refreshTimeoutMs: '2000',
      cookieDomain: 'auto',
      cookieLifetimeDays: '30',
    });
    const fromDefaults = readConfig(fieldDefaults(fields) as never);
    const fromNothing = readConfig({});
    expect(fromDefaults).toEqual(fromNothing);
    expect(fromNothing).toMatchObject({ ...DEFAULTS, overrides: [], customData: [] });
  });
});

describe('normalising field values', () => {
  it('clamps the timeout and falls back on junk', () => {
    expect(timeoutOf('2500')).toBe(2500);
    expect(timeoutOf(12.6)).toBe(100);
    expect(timeoutOf(99999)).toBe(15000);
    expect(timeoutOf('1234.4')).toBe(1234);
    expect(timeoutOf('soon')).toBe(5000);
  });

  it('reads the maximum age in days', () => {
    expect(maxAgeDaysOf('0')).toBe(0);
    expect(maxAgeDaysOf('7.5')).toBe(7.5);
    expect(maxAgeDaysOf(-1)).toBe(30);
    expect(maxAgeDaysOf('')).toBe(30);
  });

  it('keeps override rows with a name and a Snap type', () => {
    expect(
      overridesOf([
        { ga4Event: ' Quote ', snapEvent: 'sign_up' },
        { ga4Event: '', snapEvent: 'LOGIN' },
        { ga4Event: 'x', snapEvent: 'NOT_A_TYPE' },
        'junk',
      ]),
    ).toEqual([{ ga4Event: 'quote', snapEvent: 'SIGN_UP' }]);
  });

  it('reads checkboxes from booleans or "true"/"false" text', () => {
    expect(readConfig({ dryRun: 'true' as never }).dryRun).toBe(true);
    expect(readConfig({ sendSnapIds: 'false' as never }).sendSnapIds).toBe(false);
    expect(readConfig({ requireIdentity: 0 as never }).requireIdentity).toBe(true);
  });
});
