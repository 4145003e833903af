// The sandbox's replacements for JS globals: JSON, Math, Object (only the members GTM documents).
import { gtmType } from '../values';

export const JSON_API = {
  /** GTM returns undefined instead of throwing on malformed input. */
  parse(text: unknown): unknown {
    try {
      return JSON.parse(String(text));
    } catch {
      return undefined;
    }
  },
  /** GTM returns undefined instead of throwing on a cycle. */
  stringify(value: unknown): string | undefined {
    try {
      return JSON.stringify(value);
    } catch {
      return undefined;
    }
  },
};

// [doc] Math in the sandbox: abs, floor, ceil, round, max, min, pow, sqrt. No random (use generateRandom).
export const MATH_API = {
  abs: Math.abs,
  floor: Math.floor,
  ceil: Math.ceil,
  round: Math.round,
  max: Math.max,
  min: Math.min,
  pow: Math.pow,
  sqrt: Math.sqrt,
};

const isObjectLike = (v: unknown): v is Record<string, unknown> =>
  gtmType(v) === 'object' || gtmType(v) === 'array';

export const OBJECT_API = {
  // [unsure] for non-objects GTM's docs promise nothing; an empty list is the safe answer.
  keys: (obj: unknown): string[] => (isObjectLike(obj) ? Object.keys(obj) : []),
  values: (obj: unknown): unknown[] => (isObjectLike(obj) ? Object.values(obj) : []),
  entries: (obj: unknown): [string, unknown][] => (isObjectLike(obj) ? Object.entries(obj) : []),
  freeze: (obj: unknown): unknown => (isObjectLike(obj) ? Object.freeze(obj) : obj),
  /** The sandbox has no `delete` operator; this removes a key and returns the object. */
  delete: (obj: unknown, key: unknown): unknown => {
    if (isObjectLike(obj) && !Object.isFrozen(obj)) delete obj[String(key)];
    return obj;
  },
};
