// The tag's settings, read once per firing.
// One set of coercion rules covers every field, the refresh fields included.
// Any TEXT field may hold a variable that resolves to any type, and GTM's UI validators never run for
// those: each value is checked by the type of its default (rules.ts) and falls back to that default
// when unusable. `data` is typed from the field definitions, so a field the template lacks is a
// compile error here.
import type { TemplateFields } from 'sgtm';
import type { FieldValues } from 'sgtm-template';
import type { fields } from '../fields';
import { asSnapEventType, normaliseEventName } from './event-type';
import type { EventTypeOverride } from './event-type';
import { toNumber } from './numbers';
import { CHOICES, DEFAULTS, LIMITS } from './rules';
import { isString, objectsOf, textOf } from './values';
import type { Dict } from './values';

declare module 'sgtm' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateFields extends FieldValues<typeof fields> {}
}

type Choices = typeof CHOICES;
type Defaults = typeof DEFAULTS;

/** Every field with a default, as its type: booleans, numbers, one of the choices, or text. */
export type Config = {
  -readonly [K in keyof Defaults]: K extends keyof Choices
    ? Choices[K][number]
    : Defaults[K] extends boolean
      ? boolean
      : Defaults[K] extends number
        ? number
        : string;
} & {
  /** As given: validated where it is used, so a bad value can be reported as it was. */
  atsConfigId: unknown;
  pixelId?: string;
  /** The envelope value or variable, as given (it may be a list). */
  envelopeValue: unknown;
  overrides: EventTypeOverride[];
  customData: Dict[];
};

/** A checkbox, or a variable in its place that resolves to the text "true"/"false" (any case). */
function flag(v: unknown, fallback: boolean): boolean {
  const t = isString(v) ? v.trim().toLowerCase() : '';
  return t === 'true' ? true : t === 'false' ? false : fallback;
}

/** A number field: plain decimals only, clamped into its range, else only negatives are refused. */
function count(name: keyof Defaults, v: unknown): number {
  const fallback = DEFAULTS[name] as number;
  const n = toNumber(v);
  const range = LIMITS.hasOwnProperty(name) ? LIMITS[name] : undefined;
  if (n === undefined || (!range && n < 0)) return fallback;
  return !range ? n : n < range[0] ? range[0] : n > range[1] ? range[1] : n;
}

/** A select or radio: one of its choices, else the default. */
function choice(name: keyof Choices, v: unknown): string {
  return (CHOICES[name] as readonly unknown[]).indexOf(v) >= 0 ? (v as string) : DEFAULTS[name];
}

/** A text field: trimmed (a finite number as its text), else the default. */
function text(v: unknown, fallback: string): string {
  const t = textOf(v);
  return t === undefined ? fallback : t;
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

/**
 * Every field by the type of its default. A field holding its default as GTM stores it (the usual
 * case: booleans, the default choice, the number's text) is taken as it is, so a firing pays for a
 * coercion only where a value differs.
 */
export function readConfig(values: Partial<TemplateFields>): Config {
  const v = values as Dict;
  const D = DEFAULTS;
  // '' is what GTM stores for a field left blank: not set.
  return {
    eventTypeMode:
      v.eventTypeMode === D.eventTypeMode
        ? D.eventTypeMode
        : choice('eventTypeMode', v.eventTypeMode),
    fixedEventType:
      v.fixedEventType === D.fixedEventType
        ? D.fixedEventType
        : text(v.fixedEventType, D.fixedEventType),
    unmappedEvents:
      v.unmappedEvents === D.unmappedEvents
        ? D.unmappedEvents
        : choice('unmappedEvents', v.unmappedEvents),
    envelopeSource:
      v.envelopeSource === D.envelopeSource
        ? D.envelopeSource
        : choice('envelopeSource', v.envelopeSource),
    envelopeCookieName:
      v.envelopeCookieName === D.envelopeCookieName
        ? D.envelopeCookieName
        : text(v.envelopeCookieName, D.envelopeCookieName),
    envelopeMaxAgeDays:
      v.envelopeMaxAgeDays === '' + D.envelopeMaxAgeDays
        ? D.envelopeMaxAgeDays
        : count('envelopeMaxAgeDays', v.envelopeMaxAgeDays),
    requireIdentity:
      typeof v.requireIdentity === 'boolean'
        ? v.requireIdentity
        : flag(v.requireIdentity, D.requireIdentity),
    refreshEnvelope:
      typeof v.refreshEnvelope === 'boolean'
        ? v.refreshEnvelope
        : flag(v.refreshEnvelope, D.refreshEnvelope),
    placementId:
      v.placementId === '' || v.placementId === undefined
        ? D.placementId
        : text(v.placementId, D.placementId),
    refreshAfterMinutes:
      v.refreshAfterMinutes === '' + D.refreshAfterMinutes
        ? D.refreshAfterMinutes
        : count('refreshAfterMinutes', v.refreshAfterMinutes),
    refreshConsentType:
      v.refreshConsentType === D.refreshConsentType
        ? D.refreshConsentType
        : choice('refreshConsentType', v.refreshConsentType),
    refreshConsentString:
      v.refreshConsentString === '' || v.refreshConsentString === undefined
        ? D.refreshConsentString
        : text(v.refreshConsentString, D.refreshConsentString),
    gppString:
      v.gppString === '' || v.gppString === undefined
        ? D.gppString
        : text(v.gppString, D.gppString),
    gppSid: v.gppSid === '' || v.gppSid === undefined ? D.gppSid : text(v.gppSid, D.gppSid),
    refreshTimeoutMs:
      v.refreshTimeoutMs === '' + D.refreshTimeoutMs
        ? D.refreshTimeoutMs
        : count('refreshTimeoutMs', v.refreshTimeoutMs),
    cookieDomain:
      v.cookieDomain === D.cookieDomain ? D.cookieDomain : text(v.cookieDomain, D.cookieDomain),
    cookieLifetimeDays:
      v.cookieLifetimeDays === '' + D.cookieLifetimeDays
        ? D.cookieLifetimeDays
        : count('cookieLifetimeDays', v.cookieLifetimeDays),
    sendSnapIds:
      typeof v.sendSnapIds === 'boolean' ? v.sendSnapIds : flag(v.sendSnapIds, D.sendSnapIds),
    sendDeviceInfo:
      typeof v.sendDeviceInfo === 'boolean'
        ? v.sendDeviceInfo
        : flag(v.sendDeviceInfo, D.sendDeviceInfo),
    snapIdPlacement:
      v.snapIdPlacement === D.snapIdPlacement
        ? D.snapIdPlacement
        : choice('snapIdPlacement', v.snapIdPlacement),
    eventIdOverride:
      v.eventIdOverride === '' || v.eventIdOverride === undefined
        ? D.eventIdOverride
        : text(v.eventIdOverride, D.eventIdOverride),
    eventSourceUrlOverride:
      v.eventSourceUrlOverride === '' || v.eventSourceUrlOverride === undefined
        ? D.eventSourceUrlOverride
        : text(v.eventSourceUrlOverride, D.eventSourceUrlOverride),
    eventTag:
      v.eventTag === '' || v.eventTag === undefined ? D.eventTag : text(v.eventTag, D.eventTag),
    consentMode:
      v.consentMode === D.consentMode ? D.consentMode : choice('consentMode', v.consentMode),
    limitedDataUse:
      typeof v.limitedDataUse === 'boolean'
        ? v.limitedDataUse
        : flag(v.limitedDataUse, D.limitedDataUse),
    timeoutMs: v.timeoutMs === '' + D.timeoutMs ? D.timeoutMs : count('timeoutMs', v.timeoutMs),
    dryRun: typeof v.dryRun === 'boolean' ? v.dryRun : flag(v.dryRun, D.dryRun),
    logging: v.logging === D.logging ? D.logging : choice('logging', v.logging),
    atsConfigId: v.atsConfigId === '' ? undefined : v.atsConfigId,
    pixelId: v.pixelId === '' || v.pixelId === undefined ? undefined : textOf(v.pixelId),
    envelopeValue: v.envelopeValue === '' ? undefined : v.envelopeValue,
    overrides: v.eventTypeOverrides === undefined ? [] : overridesOf(v.eventTypeOverrides),
    customData: v.customData === undefined ? [] : objectsOf(v.customData),
  } as Config;
}
