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

/** One field's value by the type of its default; the default when the value is unusable. */
function coerce(name: keyof Defaults, v: unknown): unknown {
  const fallback: unknown = DEFAULTS[name];
  // A checkbox, or a variable in its place that resolves to the text "true"/"false" (any case).
  const t = isString(v) ? v.trim().toLowerCase() : '';
  if (typeof fallback === 'boolean') {
    return typeof v === 'boolean' ? v : t === 'true' ? true : t === 'false' ? false : fallback;
  }
  if (typeof fallback === 'number') {
    // Plain decimals only; clamped into the field's range, else only negatives are refused.
    const n = toNumber(v);
    const range = LIMITS.hasOwnProperty(name) ? LIMITS[name] : undefined;
    if (n === undefined || (!range && n < 0)) return fallback;
    return !range ? n : n < range[0] ? range[0] : n > range[1] ? range[1] : n;
  }
  if (CHOICES.hasOwnProperty(name)) {
    return (CHOICES[name as keyof Choices] as readonly unknown[]).indexOf(v) >= 0 ? v : fallback;
  }
  const text = textOf(v);
  return text === undefined ? fallback : text;
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
  // '' is what GTM stores for a field left blank: not set.
  const given = values as Dict,
    cfg: Dict = {
      atsConfigId: given.atsConfigId === '' ? undefined : given.atsConfigId,
      envelopeValue: given.envelopeValue === '' ? undefined : given.envelopeValue,
      pixelId: given.pixelId === '' ? undefined : textOf(given.pixelId),
      overrides:
        given.eventTypeOverrides === undefined ? [] : overridesOf(given.eventTypeOverrides),
      customData: given.customData === undefined ? [] : objectsOf(given.customData),
    };
  // A field holding its default as GTM stores it (the boolean, the text, a number as its text) is
  // taken as it is: a firing pays for a coercion only where a value differs from the default.
  for (const name in DEFAULTS) {
    cfg[name] =
      given[name] === DEFAULTS[name as keyof Defaults] ||
      given[name] === '' + DEFAULTS[name as keyof Defaults]
        ? DEFAULTS[name as keyof Defaults]
        : coerce(name as keyof Defaults, given[name]);
  }
  return cfg as Config;
}
