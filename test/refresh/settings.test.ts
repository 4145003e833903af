import { readRefreshSettings } from '../../template-src/tag/refresh/settings';

const CONFIG_ID = 'cfg-123';

describe('readRefreshSettings', () => {
  it('applies every default to a tag saved before the refresh fields existed', () => {
    expect(readRefreshSettings({}, CONFIG_ID)).toEqual({
      enabled: true,
      placementId: 'cfg-123',
      refreshAfterMs: 30 * 60000,
      consentType: 'none',
      consentString: '',
      gppString: '',
      gppSid: '',
      timeoutMs: 2000,
      cookieDomain: 'auto',
      cookieLifetimeDays: 30,
    });
  });

  it('reads the values GTM stores (TEXT fields as strings, checkbox as boolean)', () => {
    expect(
      readRefreshSettings(
        {
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
        },
        CONFIG_ID,
      ),
    ).toEqual({
      enabled: false,
      placementId: '13332',
      refreshAfterMs: 45 * 60000,
      consentType: 'tcf',
      consentString: 'CPXxRfA',
      gppString: 'DBABMA~1',
      gppSid: '7',
      timeoutMs: 750,
      cookieDomain: 'example.com',
      cookieLifetimeDays: 15,
    });
  });

  it('takes numbers from variables as numbers and a numeric placement ID as its digits', () => {
    const s = readRefreshSettings(
      {
        placementId: 13332,
        refreshAfterMinutes: 5,
        refreshTimeoutMs: 1200.7,
        cookieLifetimeDays: 1.5,
      },
      CONFIG_ID,
    );
    expect([s.placementId, s.refreshAfterMs, s.timeoutMs, s.cookieLifetimeDays]).toEqual([
      '13332',
      5 * 60000,
      1200,
      1.5,
    ]);
  });

  it('clamps numbers to their bounds', () => {
    const low = readRefreshSettings(
      { refreshAfterMinutes: '0', refreshTimeoutMs: '5', cookieLifetimeDays: '-3' },
      CONFIG_ID,
    );
    expect([low.refreshAfterMs, low.timeoutMs, low.cookieLifetimeDays]).toEqual([60000, 100, 1]);
    const high = readRefreshSettings(
      { refreshAfterMinutes: '1e9', refreshTimeoutMs: '60000', cookieLifetimeDays: 'Infinity' },
      CONFIG_ID,
    );
    expect([high.refreshAfterMs, high.timeoutMs, high.cookieLifetimeDays]).toEqual([
      43200 * 60000,
      5000,
      400,
    ]);
  });

  it('falls back to defaults for values of the wrong type or not numbers', () => {
    const s = readRefreshSettings(
      {
        refreshEnvelope: 'maybe',
        placementId: { id: 1 },
        refreshAfterMinutes: 'soon',
        refreshConsentType: 'gdpr',
        refreshConsentString: ['a'],
        refreshTimeoutMs: NaN,
        cookieDomain: '   ',
        cookieLifetimeDays: null,
      },
      CONFIG_ID,
    );
    expect(s).toEqual(readRefreshSettings({}, CONFIG_ID));
  });

  it('accepts the checkbox as the strings "true"/"false" (a variable) and consent types in any case', () => {
    expect(readRefreshSettings({ refreshEnvelope: 'false' }, CONFIG_ID).enabled).toBe(false);
    expect(readRefreshSettings({ refreshEnvelope: 'TRUE' }, CONFIG_ID).enabled).toBe(true);
    expect(readRefreshSettings({ refreshConsentType: ' GPP ' }, CONFIG_ID).consentType).toBe('gpp');
    expect(readRefreshSettings({ refreshConsentType: 'ccpa' }, CONFIG_ID).consentType).toBe('ccpa');
  });
});
