import { adStorageDenial, signalOn } from '../../template-src/tag/consent';

describe('adStorageDenial', () => {
  it.each([
    [{ consent_state: { ad_storage: false } }, 'consent_state.ad_storage is false'],
    [{ consent_state: { ad_storage: 'denied' } }, 'consent_state.ad_storage is "denied"'],
    [{ 'x-ga-gcs': 'G100' }, 'x-ga-gcs "G100" denies ad_storage'],
    [{ 'x-ga-gcs': 'G101' }, 'x-ga-gcs "G101" denies ad_storage'],
    [
      { consent_state: { ad_storage: true }, 'x-ga-gcs': 'G101' },
      'x-ga-gcs "G101" denies ad_storage',
    ],
  ])('%p is denied', (event, reason) => {
    expect(adStorageDenial(event)).toBe(reason);
  });

  it.each([
    [{}],
    [{ consent_state: { ad_storage: true } }],
    [{ consent_state: { ad_storage: 'granted' } }],
    [{ consent_state: 'false' }],
    [{ consent_state: null }],
    [{ 'x-ga-gcs': 'G111' }],
    [{ 'x-ga-gcs': 'G110' }],
    [{ 'x-ga-gcs': 'G1' }],
    [{ 'x-ga-gcs': 100 }],
  ])('%p is not denied', (event) => {
    expect(adStorageDenial(event)).toBeUndefined();
  });
});

describe('signalOn (Sec-GPC, DNT)', () => {
  it('is on only for the value 1', () => {
    expect(['1', ' 1 '].map(signalOn)).toEqual([true, true]);
    expect(['0', '', 'true', 'yes', undefined, 1, null].map(signalOn)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
