// The tag's settings from `data`, normalised once. GTM hands over field values as typed in the UI, but
// any TEXT field may hold a variable that resolves to any type at run time, and the UI validators never
// run for those: every value is checked here and falls back to the field's default when unusable.
//
// `data` is typed from the field definitions (template-src/fields.ts), so reading a field that the
// template does not define is a compile error here.
import { Math } from 'sgtm';
import type { TemplateFields } from 'sgtm';
import type { FieldValues } from 'sgtm-template';
import type { fields } from '../fields';
import type { EventTypeOverride } from './event-type';
import { asSnapEventType, normaliseEventName } from './event-type';
import type { LoggingMode } from './log';
import { toNumber } from './numbers';
import { CUSTOM_EVENT_TYPES } from './snap-event-types';
import { isBoolean, isString, objectsOf, prop, setValueOf, stringOf, textOf } from './values';

declare module 'sgtm' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateFields extends FieldValues<typeof fields> {}
}

export interface TagConfig {
  /** Raw: validated where it is used, so a bad value can be reported as given. */
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
  sendSnapIds: boolean;
  snapIdPlacement: 'custom_data' | 'user_data';
  eventIdOverride: unknown;
  eventSourceUrlOverride: unknown;
  eventTag?: string;
  customData: { [key: string]: unknown }[];
  consentMode: 'respect' | 'ignore';
  limitedDataUse: boolean;
  requireIdentity: boolean;
  timeoutMs: number;
  dryRun: boolean;
  logging: LoggingMode;
}

/** The defaults a new tag gets in GTM (the template definition declares the same values). */
export const DEFAULTS = {
  eventTypeMode: 'auto',
  fixedEventType: 'PURCHASE',
  unmappedEvents: 'skip',
  envelopeSource: 'cookie',
  envelopeCookieName: '_lr_env',
  envelopeMaxAgeDays: 30,
  sendSnapIds: true,
  snapIdPlacement: 'custom_data',
  consentMode: 'respect',
  limitedDataUse: false,
  requireIdentity: true,
  timeoutMs: 5000,
  dryRun: false,
  logging: 'debug',
} as const;

export const MIN_TIMEOUT_MS = 100;
export const MAX_TIMEOUT_MS = 15000;

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  for (const a of allowed) {
    if (v === a) return a;
  }
  return fallback;
}

function flag(v: unknown, fallback: boolean): boolean {
  if (isBoolean(v)) return v;
  // A variable in a checkbox-like position may resolve to the text "true"/"false".
  if (v === 'true') return true;
  if (v === 'false') return false;
  return fallback;
}

/** Days as a number ≥ 0 (0 = no limit); anything else gives the default. */
export function maxAgeDaysOf(v: unknown): number {
  const n = toNumber(v);
  return n !== undefined && n >= 0 ? n : DEFAULTS.envelopeMaxAgeDays;
}

/** Whole milliseconds clamped to 100–15000; the default when not a number. */
export function timeoutOf(v: unknown): number {
  const n = toNumber(v);
  if (n === undefined) return DEFAULTS.timeoutMs;
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, Math.round(n)));
}

/** Override rows with a GA4 name and a valid Snap type; the first row for a name wins. */
export function overridesOf(v: unknown): EventTypeOverride[] {
  const out: EventTypeOverride[] = [];
  for (const row of objectsOf(v)) {
    const ga4Event = normaliseEventName(prop(row, 'ga4Event'));
    const snapEvent = asSnapEventType(prop(row, 'snapEvent'));
    if (ga4Event.length > 0 && snapEvent !== undefined)
      out.push({ ga4Event: ga4Event, snapEvent: snapEvent });
  }
  return out;
}

export function readConfig(data: Partial<TemplateFields>): TagConfig {
  const fixed = data.fixedEventType;
  const cookieName = stringOf(data.envelopeCookieName);
  return {
    atsConfigId: setValueOf(data.atsConfigId),
    pixelId: textOf(data.pixelId),
    eventTypeMode: oneOf(data.eventTypeMode, ['auto', 'fixed'], DEFAULTS.eventTypeMode),
    fixedEventType: isString(fixed) ? fixed : DEFAULTS.fixedEventType,
    overrides: overridesOf(data.eventTypeOverrides),
    unmappedEvents: oneOf(
      data.unmappedEvents,
      ['skip'].concat(CUSTOM_EVENT_TYPES),
      DEFAULTS.unmappedEvents,
    ),
    envelopeSource: oneOf(data.envelopeSource, ['cookie', 'value'], DEFAULTS.envelopeSource),
    envelopeCookieName: cookieName !== undefined ? cookieName : DEFAULTS.envelopeCookieName,
    envelopeValue: setValueOf(data.envelopeValue),
    envelopeMaxAgeDays: maxAgeDaysOf(data.envelopeMaxAgeDays),
    sendSnapIds: flag(data.sendSnapIds, DEFAULTS.sendSnapIds),
    snapIdPlacement: oneOf(
      data.snapIdPlacement,
      ['custom_data', 'user_data'],
      DEFAULTS.snapIdPlacement,
    ),
    eventIdOverride: setValueOf(data.eventIdOverride),
    eventSourceUrlOverride: setValueOf(data.eventSourceUrlOverride),
    eventTag: textOf(data.eventTag),
    customData: objectsOf(data.customData),
    consentMode: oneOf(data.consentMode, ['respect', 'ignore'], DEFAULTS.consentMode),
    limitedDataUse: flag(data.limitedDataUse, DEFAULTS.limitedDataUse),
    requireIdentity: flag(data.requireIdentity, DEFAULTS.requireIdentity),
    timeoutMs: timeoutOf(data.timeoutMs),
    dryRun: flag(data.dryRun, DEFAULTS.dryRun),
    logging: oneOf(data.logging, ['debug', 'always', 'never'], DEFAULTS.logging),
  };
}
