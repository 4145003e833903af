// Type guards over untrusted values. Event data, cookies and TEXT fields (which may hold a GTM variable
// resolving to anything) reach the tag as `unknown`; every read goes through these so the tag never
// throws on an unexpected shape (an uncaught error in GTM ends the tag without either callback).
import { getType, makeString } from 'sgtm';

export type Dict = { [key: string]: unknown };

// Primitive checks use `typeof` (part of the sandbox's JavaScript, no API call); `getType` is asked
// only when an object must be told apart from an array, which `typeof` cannot do.
export function isString(v: unknown): v is string {
  return typeof v === 'string';
}

export function isNumber(v: unknown): v is number {
  return typeof v === 'number';
}

export function isBoolean(v: unknown): v is boolean {
  return typeof v === 'boolean';
}

export function isArray(v: unknown): v is unknown[] {
  return typeof v === 'object' && v !== null && getType(v) === 'array';
}

// The last value `getType` found to be an object. The tag reads many keys of the same event (and of
// the same item), and a value cannot stop being an object, so it is asked about that value once.
let knownObject: unknown = undefined;

export function isObject(v: unknown): v is Dict {
  if (typeof v !== 'object' || v === null) return false;
  if (v === knownObject) return true;
  if (getType(v) !== 'object') return false;
  knownObject = v;
  return true;
}

/** NaN and ±Infinity are the only numbers for which `n - n` is not 0 (the sandbox has no isFinite). */
export function isFiniteNumber(v: unknown): v is number {
  return isNumber(v) && v - v === 0;
}

/**
 * A property of an object, or undefined for anything else. Callers type-check the result, so inherited
 * members (`constructor`, `toString`, `__proto__`) reached through a hostile key are rejected there.
 */
export function prop(obj: unknown, key: string): unknown {
  if (!isObject(obj)) return undefined;
  return obj[key];
}

/** A trimmed non-empty string, or a finite number as a string; undefined for everything else. */
/**
 * A value/variable field as given, except that an empty string (what GTM stores for a field left
 * blank) counts as not set.
 */
export function setValueOf(v: unknown): unknown {
  return v === '' ? undefined : v;
}

export function textOf(v: unknown): string | undefined {
  if (isString(v)) {
    const t = v.trim();
    return t.length > 0 ? t : undefined;
  }
  if (isFiniteNumber(v)) return makeString(v);
  return undefined;
}

/** Only the object entries of a list (SIMPLE_TABLE rows, GA4 items); [] when `v` is not a list. */
export function objectsOf(v: unknown): Dict[] {
  const out: Dict[] = [];
  if (!isArray(v)) return out;
  for (const entry of v) {
    if (isObject(entry)) out.push(entry);
  }
  return out;
}

/** The string values of a list (cookie values), skipping anything else. */
export function stringsOf(v: unknown): string[] {
  const out: string[] = [];
  if (isString(v)) {
    out.push(v);
    return out;
  }
  if (!isArray(v)) return out;
  for (const entry of v) {
    if (isString(entry)) out.push(entry);
  }
  return out;
}

/** A trimmed non-empty string; undefined for anything else (numbers included). */
export function stringOf(v: unknown): string | undefined {
  if (!isString(v)) return undefined;
  const t = v.trim();
  return t.length > 0 ? t : undefined;
}
