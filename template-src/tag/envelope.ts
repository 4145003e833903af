// The LiveRamp ATS envelope.
// From `_lr_env` cookie values, or a configured value.
// ATS.js stores base64 of `{"envelope": "...", "timestamp": <ms>, "version": "..."}` (standard or URL-safe
// alphabet, `envelope` sometimes a list); older integrations store the raw envelope. Every candidate gives
// an envelope or a reason, so the tag can log why a value was ignored and never throws on a bad cookie.
import { JSON, fromBase64 } from 'sgtm';
import { floor, toNumber } from './numbers';
import { isArray, isObject, isString } from './values';

export interface Envelope {
  envelope: string;
  /** When ATS stored the envelope (ms); absent for raw envelopes and timestamp-less records. */
  timestampMs?: number;
  version?: string;
}

export type ParsedEnvelope = ({ ok: true } & Envelope) | { ok: false; reason: string };

const DAY_MS = 86400000;
// Base64 (either alphabet) with optional padding: what a raw envelope or an encoded ATS record looks like.
const BASE64ISH = '^[A-Za-z0-9+/_-]+=*$';
// Timestamps below this are taken as seconds (ms values this small would predate 2001).
const SECONDS_LIMIT = 1e12;

/** Standard base64 with padding from either alphabet; undefined when the text cannot be base64. */
export function decodeBase64(text: string): string | undefined {
  // The URL-safe alphabet is rare: most values need no rewriting.
  let std = text;
  if (std.indexOf('-') >= 0 || std.indexOf('_') >= 0)
    std = std.split('-').join('+').split('_').join('/');
  const eq = std.indexOf('=');
  if (eq >= 0) std = std.substring(0, eq);
  if (std.length % 4 === 1) return undefined;
  while (std.length % 4 !== 0) std = std + '=';
  return fromBase64(std);
}

function firstEnvelope(value: unknown): string | undefined {
  if (isString(value)) {
    const t = value.trim();
    return t === '' ? undefined : t;
  }
  if (isArray(value)) {
    for (const entry of value) {
      const e = firstEnvelope(entry);
      if (e) return e;
    }
  }
  return undefined;
}

function fromRecord(json: string): ParsedEnvelope {
  const record = JSON.parse(json);
  if (!isObject(record)) return { ok: false, reason: 'not a JSON object' };
  const envelope = firstEnvelope(record.envelope);
  if (!envelope) return { ok: false, reason: 'a JSON object without an "envelope" string' };
  const parsed: ParsedEnvelope = { ok: true, envelope: envelope };
  const ts = toNumber(record.timestamp);
  if (ts !== undefined && ts > 0) parsed.timestampMs = ts < SECONDS_LIMIT ? ts * 1000 : ts;
  const version = record.version;
  if (isString(version) && version !== '') parsed.version = version;
  return parsed;
}

/** One stored value → an envelope, or why it is not one. */
export function parseEnvelopeValue(value: unknown): ParsedEnvelope {
  if (!isString(value)) return { ok: false, reason: 'not a string' };
  const text = value.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.charAt(0) === '{') return fromRecord(text);
  if (!text.match(BASE64ISH)) {
    return {
      ok: false,
      reason: 'neither base64 ATS data nor a raw envelope (unexpected characters)',
    };
  }
  const decoded = decodeBase64(text);
  // Decoded text that opens like JSON was meant as an ATS record; anything else is a raw envelope (raw
  // envelopes are themselves base64-like, so decoding them gives binary noise, not "{").
  if (isString(decoded) && decoded.trim().charAt(0) === '{') {
    const record = fromRecord(decoded.trim());
    return record.ok ? record : { ok: false, reason: 'base64 of ' + record.reason };
  }
  return { ok: true, envelope: text };
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
  notes: string[],
): Envelope | undefined {
  const count = values.length;
  if (count > MAX_ENVELOPE_CANDIDATES) {
    notes.push(
      origin +
        ': only the first ' +
        MAX_ENVELOPE_CANDIDATES +
        ' of ' +
        count +
        ' values were considered',
    );
    values = values.slice(0, MAX_ENVELOPE_CANDIDATES);
  }
  let chosen: Envelope | undefined;
  for (let i = 0; i < values.length; i++) {
    const parsed = parseEnvelopeValue(values[i]);
    let reason = parsed.ok ? undefined : parsed.reason;
    const ageMs = parsed.ok && parsed.timestampMs !== undefined ? nowMs - parsed.timestampMs : 0;
    if (maxAgeDays > 0 && ageMs > maxAgeDays * DAY_MS) {
      reason =
        'expired: stored ' +
        floor(ageMs / DAY_MS) +
        ' days ago, the maximum age is ' +
        maxAgeDays +
        ' days';
    } else if (parsed.ok && chosen) {
      reason = 'not used: an earlier value is valid';
    } else if (parsed.ok) {
      chosen = {
        envelope: parsed.envelope,
        timestampMs: parsed.timestampMs,
        version: parsed.version,
      };
    }
    if (reason !== undefined) {
      notes.push(origin + ' value ' + (i + 1) + ' of ' + values.length + ' ignored: ' + reason);
    }
  }
  return chosen;
}
