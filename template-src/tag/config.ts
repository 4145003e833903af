// The tag's settings, read from `data` once per firing with one set of coercion rules.
// Any TEXT field may hold a variable that resolves to any type, and GTM's UI validators never run for
// those: every value is checked here and falls back to the field's default (rules.ts) when unusable.
// `data` is typed from the field definitions, so reading a field the template lacks is a compile error.
import { Math } from 'sgtm';
import type { TemplateFields } from 'sgtm';
import type { FieldValues } from '../../build/definition';
import type { fields } from '../fields';
import { asSnapEventType, normaliseEventName } from './event-type';
import type { EventTypeOverride } from './event-type';
import { toNumber } from './numbers';
import { CUSTOM_EVENT_TYPES, DEFAULTS, LIMITS } from './rules';
import { isString, objectsOf, textOf } from './values';

declare module 'sgtm' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateFields extends FieldValues<typeof fields> {}
}

export interface Config {
  /** As given: validated where it is used, so a bad value can be reported as it was. */
  atsConfigId: unknown;
  pixelId?: string;
  eventTypeMode: 'auto' | 'fixed';
  fixedEventType: string;
  overrides: EventTypeOverride[];
  /** 'skip' or CUSTOM_EVENT_1..5. */
  unmappedEvents: string;
  envelopeSource: 'cookie' | 'value';
  envelopeCookieName: string;
  envelopeValue: unknown;
  envelopeMaxAgeDays: number;
  requireIdentity: boolean;
  refresh: RefreshConfig;
  sendSnapIds: boolean;
  snapIdPlacement: 'custom_data' | 'user_data';
  eventIdOverride?: string;
  eventSourceUrlOverride?: string;
  eventTag?: string;
  customData: { [key: string]: unknown }[];
  consentMode: 'respect' | 'ignore';
  limitedDataUse: boolean;
  timeoutMs: number;
  dryRun: boolean;
  logging: 'debug' | 'always' | 'never';
}

export interface RefreshConfig {
  enabled: boolean;
  /** '' means: the ATS Configuration ID. */
  placementId: string;
  refreshAfterMs: number;
  consentType: 'none' | 'tcf' | 'ccpa' | 'gpp';
  consentString: string;
  gppString: string;
  gppSid: string;
  timeoutMs: number;
  cookieDomain: string;
  cookieLifetimeDays: number;
}

function oneOf<T extends string>(v: unknown, options: readonly T[], fallback: T): T {
  const i = options.indexOf(v as T);
  return i >= 0 ? options[i] : fallback;
}

/** A checkbox, or a variable in its place that resolves to the text "true"/"false" (any case). */
function flag(v: unknown, fallback: boolean): boolean {
  if (typeof v === 'boolean') return v;
  const t = isString(v) ? v.trim().toLowerCase() : '';
  return t === 'true' ? true : t === 'false' ? false : fallback;
}

/** A plain decimal number clamped into `range`; the default when not a number. */
function numberIn(v: unknown, fallback: number, range: readonly [number, number]): number {
  const n = toNumber(v);
  if (n === undefined) return fallback;
  return Math.min(range[1], Math.max(range[0], n));
}

function textOr(v: unknown, fallback: string): string {
  const t = textOf(v);
  return t === undefined ? fallback : t;
}

/** A value or variable field as given, except that '' (a field left blank) counts as not set. */
function given(v: unknown): unknown {
  return v === '' ? undefined : v;
}

/** Override rows with a GA4 name and a valid Snap type; the first row for a name wins. */
function overridesOf(v: unknown): EventTypeOverride[] {
  const out: EventTypeOverride[] = [];
  for (const row of objectsOf(v)) {
    const ga4Event = normaliseEventName(row.ga4Event);
    const snapEvent = asSnapEventType(row.snapEvent);
    if (ga4Event !== '' && snapEvent !== undefined) {
      out.push({ ga4Event: ga4Event, snapEvent: snapEvent });
    }
  }
  return out;
}

export function readConfig(values: Partial<TemplateFields>): Config {
  const maxAge = toNumber(values.envelopeMaxAgeDays);
  const consentType = textOr(values.refreshConsentType, DEFAULTS.refreshConsentType).toLowerCase();
  return {
    atsConfigId: given(values.atsConfigId),
    pixelId: textOf(values.pixelId),
    eventTypeMode: oneOf(values.eventTypeMode, ['auto', 'fixed'], DEFAULTS.eventTypeMode),
    fixedEventType: isString(values.fixedEventType)
      ? values.fixedEventType
      : DEFAULTS.fixedEventType,
    overrides: overridesOf(values.eventTypeOverrides),
    unmappedEvents: oneOf(
      values.unmappedEvents,
      ['skip'].concat(CUSTOM_EVENT_TYPES),
      DEFAULTS.unmappedEvents,
    ),
    envelopeSource: oneOf(values.envelopeSource, ['cookie', 'value'], DEFAULTS.envelopeSource),
    envelopeCookieName: textOr(values.envelopeCookieName, DEFAULTS.envelopeCookieName),
    envelopeValue: given(values.envelopeValue),
    // Days ≥ 0 (0 = no limit); a negative age is a mistake, not "no limit".
    envelopeMaxAgeDays: maxAge !== undefined && maxAge >= 0 ? maxAge : DEFAULTS.envelopeMaxAgeDays,
    requireIdentity: flag(values.requireIdentity, DEFAULTS.requireIdentity),
    refresh: {
      enabled: flag(values.refreshEnvelope, DEFAULTS.refreshEnvelope),
      placementId: textOr(values.placementId, ''),
      refreshAfterMs:
        numberIn(
          values.refreshAfterMinutes,
          DEFAULTS.refreshAfterMinutes,
          LIMITS.refreshAfterMinutes,
        ) * 60000,
      consentType: oneOf(consentType, ['tcf', 'ccpa', 'gpp'], 'none'),
      consentString: textOr(values.refreshConsentString, ''),
      gppString: textOr(values.gppString, ''),
      gppSid: textOr(values.gppSid, ''),
      timeoutMs: Math.round(
        numberIn(values.refreshTimeoutMs, DEFAULTS.refreshTimeoutMs, LIMITS.refreshTimeoutMs),
      ),
      cookieDomain: textOr(values.cookieDomain, DEFAULTS.cookieDomain),
      cookieLifetimeDays: numberIn(
        values.cookieLifetimeDays,
        DEFAULTS.cookieLifetimeDays,
        LIMITS.cookieLifetimeDays,
      ),
    },
    sendSnapIds: flag(values.sendSnapIds, DEFAULTS.sendSnapIds),
    snapIdPlacement: oneOf(
      values.snapIdPlacement,
      ['custom_data', 'user_data'],
      DEFAULTS.snapIdPlacement,
    ),
    eventIdOverride: textOf(values.eventIdOverride),
    eventSourceUrlOverride: textOf(values.eventSourceUrlOverride),
    eventTag: textOf(values.eventTag),
    customData: objectsOf(values.customData),
    consentMode: oneOf(values.consentMode, ['respect', 'ignore'], DEFAULTS.consentMode),
    limitedDataUse: flag(values.limitedDataUse, DEFAULTS.limitedDataUse),
    timeoutMs: Math.round(numberIn(values.timeoutMs, DEFAULTS.timeoutMs, LIMITS.timeoutMs)),
    dryRun: flag(values.dryRun, DEFAULTS.dryRun),
    logging: oneOf(values.logging, ['debug', 'always', 'never'], DEFAULTS.logging),
  };
}
