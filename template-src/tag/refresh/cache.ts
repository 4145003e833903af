// The refresh cache in templateDataStorage, shared by every tag of this template on the server
// instance: several tags fire per page, and each would otherwise call LiveRamp for the same envelope.
import { getType, sha256Sync, templateDataStorage } from 'sgtm';
import type { RefreshOutcome } from './response';

export interface RefreshCacheEntry {
  /** `pending` while a call is in flight; concurrent events then use the old envelope. */
  state: 'pending' | 'done';
  outcome?: RefreshOutcome;
  /** When the refresh happened: the timestamp written into the cookie. */
  refreshedAtMs?: number;
  expiresAtMs: number;
}

const KEY_PREFIX = 'lr_env_refresh_';
// A pending entry outlives its call's timeout by this much, then stops blocking other events even
// if the call never reported back (the sandbox drops promises after 5 seconds).
const PENDING_MARGIN_MS = 1000;

/**
 * Keyed by a hash of placement and envelope: envelopes are identifiers and must not sit in server
 * memory in clear, and two tags with different placements must not share a result.
 */
export function refreshCacheKey(placementId: string, envelope: string): string {
  return KEY_PREFIX + sha256Sync(placementId + '\n' + envelope, { outputEncoding: 'hex' });
}

function validOutcome(value: unknown): boolean {
  if (getType(value) !== 'object') return false;
  const outcome = value as { kind?: unknown; envelope?: unknown; reason?: unknown };
  if (typeof outcome.reason !== 'string') return false;
  if (outcome.kind === 'refreshed') return typeof outcome.envelope === 'string';
  return outcome.kind === 'expired' || outcome.kind === 'kept';
}

/** The entry as stored, if it is one of ours and still fresh at `nowMs`. Pure. */
export function liveCacheEntry(value: unknown, nowMs: number): RefreshCacheEntry | undefined {
  if (getType(value) !== 'object') return undefined;
  const entry = value as RefreshCacheEntry;
  if (typeof entry.expiresAtMs !== 'number' || entry.expiresAtMs <= nowMs) return undefined;
  if (entry.state === 'pending') return entry;
  if (entry.state !== 'done' || !validOutcome(entry.outcome)) return undefined;
  if (
    entry.outcome &&
    entry.outcome.kind === 'refreshed' &&
    typeof entry.refreshedAtMs !== 'number'
  ) {
    return undefined;
  }
  return entry;
}

/** Reads the entry; expired or foreign entries are removed so the storage does not grow. */
export function readRefreshCache(key: string, nowMs: number): RefreshCacheEntry | undefined {
  const stored = templateDataStorage.getItemCopy(key);
  if (stored === undefined || stored === null) return undefined;
  const entry = liveCacheEntry(stored, nowMs);
  if (entry === undefined) templateDataStorage.removeItem(key);
  return entry;
}

export function markRefreshPending(key: string, nowMs: number, timeoutMs: number): void {
  const entry: RefreshCacheEntry = {
    state: 'pending',
    expiresAtMs: nowMs + timeoutMs + PENDING_MARGIN_MS,
  };
  templateDataStorage.setItemCopy(key, entry);
}

/**
 * Every outcome is kept for the whole interval, failures included: at most one call per envelope
 * per interval, and a LiveRamp outage does not turn into a call per event.
 */
export function storeRefreshOutcome(
  key: string,
  outcome: RefreshOutcome,
  nowMs: number,
  intervalMs: number,
): RefreshCacheEntry {
  const entry: RefreshCacheEntry = {
    state: 'done',
    outcome: outcome,
    expiresAtMs: nowMs + intervalMs,
  };
  if (outcome.kind === 'refreshed') entry.refreshedAtMs = nowMs;
  templateDataStorage.setItemCopy(key, entry);
  return entry;
}
