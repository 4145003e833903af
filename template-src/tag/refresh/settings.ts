// The refresh fields, normalised. Any TEXT field can hold a GTM variable that resolves to any type
// at run time, so every value is checked here and falls back to the field's default: a bad value
// never stops the event from being sent.
import { Math, makeNumber, makeString } from 'sgtm';
import { MS_PER_MINUTE } from './decision';

export type RefreshConsentType = 'none' | 'tcf' | 'ccpa' | 'gpp';

export interface RefreshSettings {
  enabled: boolean;
  placementId: string;
  refreshAfterMs: number;
  consentType: RefreshConsentType;
  consentString: string;
  gppString: string;
  gppSid: string;
  timeoutMs: number;
  cookieDomain: string;
  cookieLifetimeDays: number;
}

/** The raw field values as `data` delivers them (names as in the template definition). */
export interface RefreshFieldValues {
  refreshEnvelope?: unknown;
  placementId?: unknown;
  refreshAfterMinutes?: unknown;
  refreshConsentType?: unknown;
  refreshConsentString?: unknown;
  gppString?: unknown;
  gppSid?: unknown;
  refreshTimeoutMs?: unknown;
  cookieDomain?: unknown;
  cookieLifetimeDays?: unknown;
}

export const REFRESH_DEFAULTS = {
  refreshAfterMinutes: 30,
  timeoutMs: 2000,
  cookieDomain: 'auto',
  cookieLifetimeDays: 30,
};

// Bounds keep a mistyped value from doing harm: a 0-minute interval would refresh on every event,
// and the refresh delays the adapter request, so its timeout stays well inside the sandbox's
// 5-second promise limit.
export const REFRESH_LIMITS = {
  minMinutes: 1,
  maxMinutes: 43200,
  minTimeoutMs: 100,
  maxTimeoutMs: 5000,
  minLifetimeDays: 1,
  // Browsers cap cookie lifetimes at 400 days.
  maxLifetimeDays: 400,
};

function textValue(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return (value as string).trim();
  // A number field value (e.g. a numeric placement ID from a variable) is used as its digits.
  if (type === 'number') return value === value ? makeString(value) : '';
  return '';
}

function numberIn(value: unknown, fallback: number, min: number, max: number): number {
  const type = typeof value;
  if (type !== 'number' && type !== 'string') return fallback;
  if (type === 'string' && (value as string).trim() === '') return fallback;
  const n = makeNumber(value);
  // NaN is the only value not equal to itself; Infinity fails the bounds below.
  if (n !== n) return fallback;
  if (n < min) return min;
  if (n > max) return max;
  return n;
}

function checkboxValue(value: unknown, fallback: boolean): boolean {
  const type = typeof value;
  if (type === 'boolean') return value as boolean;
  if (type === 'string') {
    const text = (value as string).trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return fallback;
}

function consentTypeValue(value: unknown): RefreshConsentType {
  const text = textValue(value).toLowerCase();
  if (text === 'tcf' || text === 'ccpa' || text === 'gpp') return text;
  return 'none';
}

/**
 * Normalises the refresh fields. `atsConfigId` is the tag's (already validated) ATS Configuration
 * ID, which an empty placement ID stands for.
 */
export function readRefreshSettings(
  fields: RefreshFieldValues,
  atsConfigId: string,
): RefreshSettings {
  const placementId = textValue(fields.placementId);
  const domain = textValue(fields.cookieDomain);
  return {
    // A missing value means a tag saved before the field existed: the field's default (on) applies.
    enabled: checkboxValue(fields.refreshEnvelope, true),
    placementId: placementId === '' ? atsConfigId : placementId,
    refreshAfterMs:
      numberIn(
        fields.refreshAfterMinutes,
        REFRESH_DEFAULTS.refreshAfterMinutes,
        REFRESH_LIMITS.minMinutes,
        REFRESH_LIMITS.maxMinutes,
      ) * MS_PER_MINUTE,
    consentType: consentTypeValue(fields.refreshConsentType),
    consentString: textValue(fields.refreshConsentString),
    gppString: textValue(fields.gppString),
    gppSid: textValue(fields.gppSid),
    timeoutMs: Math.floor(
      numberIn(
        fields.refreshTimeoutMs,
        REFRESH_DEFAULTS.timeoutMs,
        REFRESH_LIMITS.minTimeoutMs,
        REFRESH_LIMITS.maxTimeoutMs,
      ),
    ),
    cookieDomain: domain === '' ? REFRESH_DEFAULTS.cookieDomain : domain,
    cookieLifetimeDays: numberIn(
      fields.cookieLifetimeDays,
      REFRESH_DEFAULTS.cookieLifetimeDays,
      REFRESH_LIMITS.minLifetimeDays,
      REFRESH_LIMITS.maxLifetimeDays,
    ),
  };
}
