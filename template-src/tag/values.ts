// Type guards over untrusted values.
// Event data, cookies, and fields that may hold any variable.
// Every read goes through these so the tag never throws on an unexpected shape: an uncaught error in
// GTM ends the tag without either callback.
import { getType } from 'sgtm';

export type Dict = { [key: string]: unknown };

export function isString(v: unknown): v is string {
  return typeof v === 'string';
}

/** NaN and ±Infinity are the only numbers for which `n - n` is not 0 (the sandbox has no isFinite). */
export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && v - v === 0;
}

// `typeof` is part of the language; getType is an API call, asked only to tell lists from objects.
export function isArray(v: unknown): v is unknown[] {
  return typeof v === 'object' && v !== null && getType(v) === 'array';
}

export function isObject(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && getType(v) === 'object';
}

/**
 * A property of an object (or list), else undefined. Keys are the tag's own constants, and callers
 * type-check what they get, so inherited members never pass as data.
 */
export function prop(obj: unknown, key: string): unknown {
  return typeof obj === 'object' && obj !== null ? (obj as Dict)[key] : undefined;
}

/** A trimmed non-empty string; undefined for anything else (numbers included). */
export function stringOf(v: unknown): string | undefined {
  if (!isString(v)) return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** A trimmed non-empty string, or a finite number as text; undefined for anything else. */
export function textOf(v: unknown): string | undefined {
  return isFiniteNumber(v) ? '' + v : stringOf(v);
}

/** The object entries of a list (table rows, GA4 items); [] when `v` is not a list. */
export function objectsOf(v: unknown): Dict[] {
  const out: Dict[] = [];
  if (isArray(v)) {
    for (const entry of v) if (isObject(entry)) out.push(entry);
  }
  return out;
}
