// What a refresh answer means for the event. Pure.
import { JSON, getType, makeString } from 'sgtm';

export type RefreshOutcome =
  /** 200 with a type-19 envelope: send the new one and write it back to the cookie. */
  | { kind: 'refreshed'; envelope: string; reason: string }
  /** 204: LiveRamp says the envelope expired; send without it and expire the cookie. */
  | { kind: 'expired'; reason: string }
  /** Anything else: the old envelope is still the best we have. */
  | { kind: 'kept'; reason: string };

// Envelopes are a few hundred characters; anything far larger is not one and would bloat the
// cookie past what browsers accept (4096 bytes per cookie).
const MAX_ENVELOPE_LENGTH = 3000;

function typeNineteen(entry: unknown): boolean {
  if (getType(entry) !== 'object') return false;
  const type = (entry as { type?: unknown }).type;
  // The documented answer has the number 19; a string "19" is accepted as the same type.
  return (typeof type === 'number' || typeof type === 'string') && makeString(type) === '19';
}

function envelopeFromBody(body: unknown): { envelope?: string; reason: string } {
  if (typeof body !== 'string' || body === '')
    return { reason: 'refresh answered 200 with an empty body' };
  const parsed = JSON.parse(body as string);
  if (getType(parsed) !== 'object')
    return { reason: 'refresh answered 200 with a body that is not a JSON object' };
  const envelopes = (parsed as { envelopes?: unknown }).envelopes;
  if (getType(envelopes) !== 'array')
    return { reason: 'refresh answered 200 without an envelopes list' };
  const list = envelopes as unknown[];
  for (let i = 0; i < list.length; i++) {
    if (!typeNineteen(list[i])) continue;
    const value = (list[i] as { value?: unknown }).value;
    if (typeof value !== 'string') continue;
    const envelope = (value as string).trim();
    if (envelope === '' || envelope.length > MAX_ENVELOPE_LENGTH) continue;
    return { envelope: envelope, reason: 'envelope refreshed' };
  }
  return { reason: 'refresh answered 200 without a usable type-19 envelope' };
}

export function interpretRefreshResponse(statusCode: unknown, body: unknown): RefreshOutcome {
  if (statusCode === 200) {
    const found = envelopeFromBody(body);
    if (found.envelope !== undefined) {
      return { kind: 'refreshed', envelope: found.envelope, reason: found.reason };
    }
    return { kind: 'kept', reason: found.reason + '; keeping the old envelope' };
  }
  if (statusCode === 204) {
    return { kind: 'expired', reason: 'refresh answered 204: the envelope expired' };
  }
  return {
    kind: 'kept',
    reason: 'refresh answered ' + makeString(statusCode) + '; keeping the old envelope',
  };
}

/** A rejected refresh request: the sandbox rejects with `{reason: 'failed' | 'timed_out'}`. */
export function interpretRefreshFailure(rejection: unknown): RefreshOutcome {
  const reason =
    getType(rejection) === 'object' ? (rejection as { reason?: unknown }).reason : undefined;
  if (reason === 'timed_out')
    return { kind: 'kept', reason: 'refresh timed out; keeping the old envelope' };
  return { kind: 'kept', reason: 'refresh request failed; keeping the old envelope' };
}
