// readConfig: every field the tag reads, with its one set of coercion rules (template-src/tag/config.ts),
// and the UI fields it reads them from (template-src/fields.ts), whose defaults come from rules.ts.
import { listFields } from '../../build/definition';
import { fields } from '../../template-src/fields';
import { readConfig } from '../../template-src/tag/config';
import type { Config } from '../../template-src/tag/config';
import { DEFAULTS, LIMITS } from '../../template-src/tag/rules';
import { fieldDefaults } from '../../template-src/tests/load';

/** Field values as a variable may deliver them: any type. */
const read = (values: Record<string, unknown>): Config => readConfig(values as never);

describe('the UI fields', () => {
  it('have exactly the names issues 3, 5 and 11 list (groups aside)', () => {
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
        // issue 11: device information
        'sendDeviceInfo',
      ].sort(),
    );
  });

  it('all have help text with an example', () => {
    const withoutExample = listFields(fields)
      .map((f) => f.field as { type: string; name: string; help?: string })
      .filter((f) => f.type !== 'GROUP' && !/example/i.test(f.help ?? ''))
      .map((f) => f.name);
    expect(withoutExample).toEqual([]);
  });

  it('keep the documented defaults', () => {
    expect(fieldDefaults(fields)).toEqual({
      atsConfigId: '',
      pixelId: '',
      envelopeValue: '',
      placementId: '',
      refreshConsentString: '',
      gppString: '',
      gppSid: '',
      eventIdOverride: '',
      eventSourceUrlOverride: '',
      eventTag: '',
      eventTypeMode: 'auto',
      fixedEventType: 'PURCHASE',
      unmappedEvents: 'skip',
      envelopeSource: 'cookie',
      envelopeCookieName: '_lr_env',
      envelopeMaxAgeDays: '30',
      requireIdentity: true,
      sendSnapIds: true,
      sendDeviceInfo: true,
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
  });

  it('take every default from rules.ts DEFAULTS (numbers as the text GTM stores); the rest start blank', () => {
    const ui = fieldDefaults(fields);
    for (const [name, value] of Object.entries(DEFAULTS)) {
      expect([name, ui[name]]).toEqual([name, typeof value === 'number' ? String(value) : value]);
    }
    const others = Object.keys(ui).filter((name) => !(name in DEFAULTS));
    expect(others.map((name) => [name, ui[name]])).toEqual(others.map((name) => [name, '']));
  });
});

describe('readConfig', () => {
  // Flat: the refresh fields sit beside the others under their UI names, in their UI units. The
  // values themselves are pinned by "keep the documented defaults" above.
  const defaults = {
    ...DEFAULTS,
    atsConfigId: undefined,
    pixelId: undefined,
    envelopeValue: undefined,
    overrides: [],
    customData: [],
  };

  it('gives every default to a tag saved before a field existed, and the same for a new tag', () => {
    expect(read({})).toEqual(defaults);
    expect(read(fieldDefaults(fields))).toEqual(defaults);
  });

  it('reads the values GTM stores (TEXT fields as strings, checkboxes as booleans)', () => {
    expect(
      read({
        atsConfigId: 'cfg-1',
        pixelId: 'px-9',
        eventTypeMode: 'fixed',
        fixedEventType: 'LOGIN',
        eventTypeOverrides: [{ ga4Event: 'quote', snapEvent: 'SIGN_UP' }],
        unmappedEvents: 'CUSTOM_EVENT_3',
        envelopeSource: 'value',
        envelopeCookieName: 'my_env',
        envelopeValue: 'env-1',
        envelopeMaxAgeDays: '7',
        requireIdentity: false,
        refreshEnvelope: false,
        placementId: ' 13332 ',
        refreshAfterMinutes: '45',
        refreshConsentType: 'tcf',
        refreshConsentString: 'CPXxRfA',
        gppString: 'DBABMA~1',
        gppSid: '7',
        refreshTimeoutMs: '750',
        cookieDomain: 'example.com',
        cookieLifetimeDays: '15',
        sendSnapIds: false,
        sendDeviceInfo: false,
        snapIdPlacement: 'user_data',
        eventIdOverride: 'id-1',
        eventSourceUrlOverride: 'https://shop.example/',
        eventTag: 'promo',
        customData: [{ key: 'description', value: 'Shoes' }],
        consentMode: 'ignore',
        limitedDataUse: true,
        timeoutMs: '2500',
        dryRun: true,
        logging: 'never',
      }),
    ).toEqual({
      atsConfigId: 'cfg-1',
      pixelId: 'px-9',
      eventTypeMode: 'fixed',
      fixedEventType: 'LOGIN',
      overrides: [{ ga4Event: 'quote', snapEvent: 'SIGN_UP' }],
      unmappedEvents: 'CUSTOM_EVENT_3',
      envelopeSource: 'value',
      envelopeCookieName: 'my_env',
      envelopeValue: 'env-1',
      envelopeMaxAgeDays: 7,
      requireIdentity: false,
      refreshEnvelope: false,
      placementId: '13332',
      refreshAfterMinutes: 45,
      refreshConsentType: 'tcf',
      refreshConsentString: 'CPXxRfA',
      gppString: 'DBABMA~1',
      gppSid: '7',
      refreshTimeoutMs: 750,
      cookieDomain: 'example.com',
      cookieLifetimeDays: 15,
      sendSnapIds: false,
      sendDeviceInfo: false,
      snapIdPlacement: 'user_data',
      eventIdOverride: 'id-1',
      eventSourceUrlOverride: 'https://shop.example/',
      eventTag: 'promo',
      customData: [{ key: 'description', value: 'Shoes' }],
      consentMode: 'ignore',
      limitedDataUse: true,
      timeoutMs: 2500,
      dryRun: true,
      logging: 'never',
    });
  });

  it('falls back to every default for values of the wrong type', () => {
    const junk = {
      eventTypeMode: 'Fixed',
      fixedEventType: ['LOGIN'],
      eventTypeOverrides: 'x',
      unmappedEvents: 'custom_event_1',
      envelopeSource: ['value'],
      envelopeCookieName: '   ',
      envelopeMaxAgeDays: -1,
      requireIdentity: 0,
      refreshEnvelope: 'maybe',
      placementId: { id: 1 },
      refreshAfterMinutes: 'soon',
      refreshConsentType: 'gdpr',
      refreshConsentString: ['a'],
      gppString: null,
      gppSid: true,
      refreshTimeoutMs: NaN,
      cookieDomain: '   ',
      cookieLifetimeDays: null,
      sendSnapIds: 1,
      sendDeviceInfo: 'on',
      snapIdPlacement: 'both',
      eventIdOverride: {},
      eventSourceUrlOverride: [],
      eventTag: '  ',
      customData: { key: 'a' },
      consentMode: 'RESPECT',
      limitedDataUse: 'yes',
      timeoutMs: Infinity,
      dryRun: '',
      logging: 'verbose',
    };
    expect(read(junk)).toEqual(defaults);
  });

  describe('flags: a boolean, or the text "true"/"false" in any case (a variable)', () => {
    const flags = [
      'requireIdentity',
      'refreshEnvelope',
      'sendSnapIds',
      'sendDeviceInfo',
      'limitedDataUse',
      'dryRun',
    ] as const;
    it.each(flags)('%s', (name) => {
      const fallback = DEFAULTS[name];
      const cases: [unknown, boolean][] = [
        [true, true],
        [false, false],
        ['true', true],
        ['false', false],
        [' TRUE ', true],
        ['False', false],
        ['yes', fallback as boolean],
        [1, fallback as boolean],
        [0, fallback as boolean],
        ['', fallback as boolean],
        [null, fallback as boolean],
      ];
      expect(cases.map(([v]) => read({ [name]: v })[name])).toEqual(cases.map(([, e]) => e));
    });
  });

  describe('numbers: plain decimals (numbers or text), clamped into rules.ts LIMITS, not rounded', () => {
    const numbers: [keyof Config, [unknown, number][]][] = [
      [
        'timeoutMs',
        [
          ['2500', 2500],
          [' 750 ', 750],
          ['1234.4', 1234.4],
          [12.6, LIMITS.timeoutMs[0]],
          ['-5', LIMITS.timeoutMs[0]],
          [99999, LIMITS.timeoutMs[1]],
          ['soon', 5000],
          ['1e3', 5000],
          ['0x10', 5000],
          [Infinity, 5000],
          ['', 5000],
        ],
      ],
      [
        // Minutes, as in the UI: the refresh multiplies by 60000 where it compares times.
        'refreshAfterMinutes',
        [
          ['45', 45],
          [5, 5],
          ['0', LIMITS.refreshAfterMinutes[0]],
          ['99999', LIMITS.refreshAfterMinutes[1]],
          ['1e9', 30],
          ['soon', 30],
        ],
      ],
      [
        'refreshTimeoutMs',
        [
          ['750', 750],
          [1200.7, 1200.7],
          ['5', LIMITS.refreshTimeoutMs[0]],
          ['60000', LIMITS.refreshTimeoutMs[1]],
          [NaN, 2000],
        ],
      ],
      [
        'cookieLifetimeDays',
        [
          ['15', 15],
          [1.5, 1.5],
          ['-3', LIMITS.cookieLifetimeDays[0]],
          ['401', LIMITS.cookieLifetimeDays[1]],
          ['Infinity', 30],
          [null, 30],
        ],
      ],
      [
        // 0 = no limit; no upper bound.
        'envelopeMaxAgeDays',
        [
          ['0', 0],
          ['7.5', 7.5],
          [100000, 100000],
          [-1, 30],
          ['', 30],
          ['1e3', 30],
        ],
      ],
    ];
    describe.each(numbers)('%s', (name, cases) => {
      it.each(cases)('%p → %p', (value, expected) => {
        expect(read({ [name]: value })[name]).toBe(expected);
      });
    });
  });

  it('takes text trimmed, numbers from variables as their digits, and nothing else', () => {
    const c = read({
      pixelId: ' px-1 ',
      eventTag: 12345,
      eventIdOverride: ' ',
      envelopeCookieName: ' my_env ',
      placementId: 13332,
      refreshConsentString: ' 1YNN ',
      fixedEventType: 5,
    });
    expect([
      c.pixelId,
      c.eventTag,
      c.eventIdOverride,
      c.envelopeCookieName,
      c.placementId,
      c.refreshConsentString,
      c.fixedEventType,
    ]).toEqual(['px-1', '12345', '', 'my_env', '13332', '1YNN', '5']);
  });

  it('takes a choice only as one of its exact values (no trimming, no case folding)', () => {
    expect(
      [' GPP ', 'ccpa', 'TCF', 'none', 7, 'gpp'].map(
        (v) => read({ refreshConsentType: v }).refreshConsentType,
      ),
    ).toEqual(['none', 'ccpa', 'none', 'none', 'none', 'gpp']);
  });

  it('keeps the ATS Configuration ID and the envelope value as given, a blank field as not set', () => {
    expect(read({ atsConfigId: ' cfg ', envelopeValue: ['a', 'b'] })).toMatchObject({
      atsConfigId: ' cfg ',
      envelopeValue: ['a', 'b'],
    });
    expect(read({ atsConfigId: 123 }).atsConfigId).toBe(123);
    expect(read({ atsConfigId: '', envelopeValue: '' })).toMatchObject({
      atsConfigId: undefined,
      envelopeValue: undefined,
    });
  });

  it('keeps override rows with a name and a Snap type, in order', () => {
    expect(
      read({
        eventTypeOverrides: [
          { ga4Event: ' Quote ', snapEvent: 'sign_up' },
          { ga4Event: '', snapEvent: 'LOGIN' },
          { ga4Event: 'x', snapEvent: 'NOT_A_TYPE' },
          'junk',
          { ga4Event: 'quote', snapEvent: 'LOGIN' },
        ],
      }).overrides,
    ).toEqual([
      { ga4Event: 'quote', snapEvent: 'SIGN_UP' },
      { ga4Event: 'quote', snapEvent: 'LOGIN' },
    ]);
  });

  it('keeps the custom data rows that are objects', () => {
    expect(read({ customData: [{ key: 'a', value: 'b' }, 'junk', null, [1]] }).customData).toEqual([
      { key: 'a', value: 'b' },
    ]);
  });
});
