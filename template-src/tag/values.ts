// Type guards over untrusted values.
// Event data, cookies, and fields that may hold any variable. Every read goes through these so the tag
// never throws on an unexpected shape: an uncaught error in GTM ends the tag without either callback.
import { getType } from 'sgtm';

export type Dict = { [key: string]: unknown };

export const isString = (v: unknown): v is string => typeof v === 'string';

/** NaN and ±Infinity are the only numbers for which `n - n` is not 0 (the sandbox has no isFinite). */
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && v - v === 0;

// `typeof` is part of the language; getType is an API call, asked only to tell lists from objects.
export const isArray = (v: unknown): v is unknown[] =>
  typeof v === 'object' && v !== null && getType(v) === 'array';

export const isObject = (v: unknown): v is Dict =>
  typeof v === 'object' && v !== null && getType(v) === 'object';

/**
 * A property of an object (or list), else undefined. Keys are the tag's own constants, and callers
 * type-check what they get, so inherited members never pass as data.
 */
export const prop = (obj: unknown, key: string): unknown =>
  typeof obj === 'object' && obj !== null ? (obj as Dict)[key] : undefined;

/** A trimmed non-empty string; undefined for anything else (numbers included). */
export const stringOf = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : undefined;

/** A trimmed non-empty string, or a finite number as text; undefined for anything else. */
export const textOf = (v: unknown): string | undefined =>
  isFiniteNumber(v) ? '' + v : stringOf(v);

/** The object entries of a list (table rows, GA4 items); [] when `v` is not a list. */
export const objectsOf = (v: unknown): Dict[] => (isArray(v) ? v.filter(isObject) : []);
