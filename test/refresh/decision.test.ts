import { privacySignalOn, refreshDecision } from '../../template-src/tag/refresh/decision';
import type { RefreshDecisionInput } from '../../template-src/tag/refresh/decision';

const NOW = 1_744_990_200_000;
const MIN = 60000;

function input(overrides: Partial<RefreshDecisionInput> = {}): RefreshDecisionInput {
  return {
    enabled: true,
    dryRun: false,
    consentDenied: false,
    gpc: false,
    dnt: false,
    envelope: 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c',
    timestampMs: NOW - 45 * MIN,
    nowMs: NOW,
    refreshAfterMs: 30 * MIN,
    ...overrides,
  };
}

describe('refreshDecision', () => {
  it('is due when the timestamp is older than the interval', () => {
    expect(refreshDecision(input())).toEqual({
      due: true,
      reason: 'envelope is 45 minutes old (refresh after 30)',
    });
  });

  it('is due exactly at the interval and not one millisecond before', () => {
    expect(refreshDecision(input({ timestampMs: NOW - 30 * MIN })).due).toBe(true);
    expect(refreshDecision(input({ timestampMs: NOW - 30 * MIN + 1 }))).toEqual({
      due: false,
      reason: 'envelope is fresh: 29 minutes old (refresh after 30)',
    });
  });

  it('is due when the envelope has no timestamp', () => {
    expect(refreshDecision(input({ timestampMs: undefined }))).toEqual({
      due: true,
      reason: 'envelope has no timestamp',
    });
    expect(refreshDecision(input({ timestampMs: NaN })).due).toBe(true);
  });

  it('tolerates small clock skew but treats a far-future timestamp as stale', () => {
    expect(refreshDecision(input({ timestampMs: NOW + 2 * MIN }))).toEqual({
      due: false,
      reason: 'envelope is fresh: 0 minutes old (refresh after 30)',
    });
    expect(refreshDecision(input({ timestampMs: NOW + 31 * MIN }))).toEqual({
      due: true,
      reason: 'envelope timestamp is in the future',
    });
  });

  it.each([
    [{ enabled: false }, 'refresh disabled'],
    [{ dryRun: true }, 'dry run: no refresh call'],
    [{ consentDenied: true }, 'no refresh: ad_storage consent denied'],
    [{ gpc: true }, 'no refresh: the request carries Sec-GPC: 1'],
    [{ dnt: true }, 'no refresh: the request carries DNT: 1'],
    [{ envelope: undefined }, 'no envelope to refresh'],
    [{ envelope: '' }, 'no envelope to refresh'],
  ] as [Partial<RefreshDecisionInput>, string][])(
    'is not due with %j even when stale: %s',
    (overrides, reason) => {
      expect(refreshDecision(input({ timestampMs: undefined, ...overrides }))).toEqual({
        due: false,
        reason,
      });
    },
  );

  it('checks opt-outs in a fixed order (the first one found is the reason)', () => {
    expect(refreshDecision(input({ consentDenied: true, gpc: true, dnt: true })).reason).toBe(
      'no refresh: ad_storage consent denied',
    );
    expect(refreshDecision(input({ gpc: true, dnt: true })).reason).toBe(
      'no refresh: the request carries Sec-GPC: 1',
    );
  });
});

describe('privacySignalOn', () => {
  it('is on only for the value 1', () => {
    expect(['1', ' 1 '].map(privacySignalOn)).toEqual([true, true]);
    expect(['0', '', 'true', 'yes', undefined, 1, null].map(privacySignalOn)).toEqual([
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
