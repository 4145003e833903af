// The LiveRamp ATS envelope.
// From `_lr_env` cookie values, or a configured value. ATS.js stores base64 of
// `{"envelope": "...", "timestamp": <ms>, "version": "..."}` (standard or URL-safe alphabet, `envelope`
// sometimes a list); older integrations store the raw envelope. Each value gives an envelope or the
// reason it is not one, so the tag can log why a value was ignored and never throws on a bad cookie.
import { JSON, fromBase64 } from 'sgtm';
import { floor, toNumber } from './numbers';
import { isArray, isObject, isString, stringOf } from './values';
import type { Dict } from './values';

export interface Envelope {
  /** The envelope string: what the event sends as user_data.partner_id. */
  partnerId: string;
  /** When ATS stored the envelope (ms); absent for raw envelopes and timestamp-less records. */
  timestampMs?: number;
  version?: string;
}

/** Standard base64 with padding from either alphabet; undefined when the text cannot be base64. */
export function decodeBase64(text: string): string | undefined {
  // The URL-safe alphabet is rare: most values need no rewriting.
  const std = (
      text.indexOf('-') + text.indexOf('_') > -2
        ? text.split('-').join('+').split('_').join('/')
        : text
    ).split('=')[0],
    rest = std.length % 4;
  return rest === 1 ? undefined : fromBase64(std + (rest === 2 ? '==' : rest === 3 ? '=' : ''));
}

/** An ATS record's envelope (a string, or the first of a list), or why it has none. */
function fromRecord(json: string): Envelope | string {
  const record = JSON.parse(json),
    isRecord = isObject(record),
    list = isRecord ? record.envelope : undefined,
    envelope =
      typeof list === 'string'
        ? stringOf(list)
        : isArray(list)
          ? list.map(stringOf).filter(isString)[0]
          : undefined,
    // Timestamps below 1e12 are taken as seconds (milliseconds that small would predate 2001).
    stamp = envelope ? (record as Dict).timestamp : undefined,
    ts = typeof stamp === 'number' && stamp - stamp === 0 ? stamp : toNumber(stamp);
  if (!isRecord) return 'not a JSON object';
  if (!envelope) return 'a JSON object without an "envelope" string';
  // Keys left undefined are absent from what is serialised.
  return {
    partnerId: envelope,
    timestampMs: ts !== undefined && ts > 0 ? (ts < 1e12 ? ts * 1000 : ts) : undefined,
    version: stringOf(record.version) ? (record.version as string) : undefined,
  };
}

/** One stored value → an envelope, or why it is not one. */
export function parseEnvelopeValue(value: unknown): Envelope | string {
  if (typeof value !== 'string') return 'not a string';
  const text = value.trim();
  if (text === '') return 'empty';
  if (text.charAt(0) === '{') return fromRecord(text);
  // What a raw envelope or an encoded ATS record looks like: base64 of either alphabet.
  if (!text.match('^[A-Za-z0-9+/_-]+=*$')) {
    return 'neither base64 ATS data nor a raw envelope (unexpected characters)';
  }
  // Decoded text that opens like JSON was meant as an ATS record; anything else is a raw envelope (raw
  // envelopes are themselves base64-like, so decoding them gives binary noise, not "{").
  const decoded = ('' + decodeBase64(text)).trim(),
    record = decoded.charAt(0) === '{' ? fromRecord(decoded) : { partnerId: text };
  return typeof record === 'string' ? 'base64 of ' + record : record;
}

// A browser sends a cookie name twice only by accident (several domains or paths); beyond this many
// values something is wrong, and one warning per value would flood the log.
export const MAX_ENVELOPE_CANDIDATES = 10;

/**
 * The first usable envelope among `values` (from `origin`, for the warnings), and a warning for each
 * value not used. `maxAgeDays` 0 means no limit; a value without a timestamp cannot be aged.
 */
export function chooseEnvelope(
  values: unknown[],
  origin: string,
  nowMs: number,
  maxAgeDays: number,
  warn: (warning: string) => void,
): Envelope | undefined {
  const max = MAX_ENVELOPE_CANDIDATES;
  let chosen: Envelope | undefined,
    count = values.length;
  if (count > max) {
    warn(origin + ': only the first ' + max + ' of ' + count + ' values were considered');
    count = max;
  }
  for (let i = 0; i < count; i++) {
    const parsed = parseEnvelopeValue(values[i]),
      stamp = typeof parsed === 'string' ? undefined : parsed.timestampMs,
      days = stamp ? (nowMs - stamp) / 86400000 : 0;
    let reason = typeof parsed === 'string' ? parsed : undefined;
    if (maxAgeDays > 0 && days > maxAgeDays) {
      reason =
        'expired: stored ' + floor(days) + ' days ago, the maximum age is ' + maxAgeDays + ' days';
    } else if (!reason && chosen) reason = 'not used: an earlier value is valid';
    else if (!reason) chosen = parsed as Envelope;
    if (reason) warn(origin + ' value ' + (i + 1) + ' of ' + count + ' ignored: ' + reason);
  }
  return chosen;
}
