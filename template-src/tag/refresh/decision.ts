// Whether this event should refresh its ATS envelope. Pure: the caller reads the inputs.
import { Math } from 'sgtm';

export interface RefreshDecisionInput {
  enabled: boolean;
  dryRun: boolean;
  /** ad_storage denied, as the tag's consent check found it (whatever the consent mode field says). */
  consentDenied: boolean;
  /** The request carried `Sec-GPC: 1`. */
  gpc: boolean;
  /** The request carried `DNT: 1`. */
  dnt: boolean;
  envelope: string | undefined;
  timestampMs: number | undefined;
  nowMs: number;
  refreshAfterMs: number;
}

export interface RefreshDecision {
  due: boolean;
  reason: string;
}

export const MS_PER_MINUTE = 60000;

/** `Sec-GPC` and `DNT` are on only when their value is exactly 1 (both specs define no other "on"). */
export function privacySignalOn(headerValue: unknown): boolean {
  return typeof headerValue === 'string' && (headerValue as string).trim() === '1';
}

function minutes(ms: number): number {
  return Math.floor(ms / MS_PER_MINUTE);
}

export function refreshDecision(input: RefreshDecisionInput): RefreshDecision {
  // Opt-outs come before staleness: a refresh extends the user's identity, so none of them may be
  // overridden by an old timestamp.
  if (!input.enabled) return { due: false, reason: 'refresh disabled' };
  if (input.dryRun) return { due: false, reason: 'dry run: no refresh call' };
  if (input.consentDenied) return { due: false, reason: 'no refresh: ad_storage consent denied' };
  if (input.gpc) return { due: false, reason: 'no refresh: the request carries Sec-GPC: 1' };
  if (input.dnt) return { due: false, reason: 'no refresh: the request carries DNT: 1' };
  if (typeof input.envelope !== 'string' || input.envelope === '') {
    return { due: false, reason: 'no envelope to refresh' };
  }
  const after = minutes(input.refreshAfterMs);
  if (typeof input.timestampMs !== 'number' || input.timestampMs !== input.timestampMs) {
    return { due: true, reason: 'envelope has no timestamp' };
  }
  const ageMs = input.nowMs - (input.timestampMs as number);
  // A timestamp far in the future is a broken or forged cookie; trusting it would stop refreshes
  // for good, so it counts as stale. Small clock skew between browser and server is tolerated.
  if (ageMs < -input.refreshAfterMs) {
    return { due: true, reason: 'envelope timestamp is in the future' };
  }
  if (ageMs >= input.refreshAfterMs) {
    return {
      due: true,
      reason: 'envelope is ' + minutes(ageMs) + ' minutes old (refresh after ' + after + ')',
    };
  }
  return {
    due: false,
    reason:
      'envelope is fresh: ' +
      minutes(ageMs < 0 ? 0 : ageMs) +
      ' minutes old (refresh after ' +
      after +
      ')',
  };
}
