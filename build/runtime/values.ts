// Value helpers shared by the APIs, the bridge and the assertions: GTM's type names, copies, equality.

export type GtmType =
  'undefined' | 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'function';

/** The sandbox's `getType`: like typeof, but tells arrays and null apart (works across vm realms). */
export function gtmType(value: unknown): GtmType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'object') return 'object';
  if (t === 'function') return 'function';
  if (t === 'bigint' || t === 'symbol') return 'object';
  return t as GtmType;
}

/** True for objects made by literal syntax (in any realm) or with a null prototype. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  // Objects from another vm realm have that realm's Object.prototype, whose own prototype is null.
  return Object.getPrototypeOf(proto) === null && !(Symbol.iterator in (value as object));
}

/** True for Error objects of any realm (their own class, which `instanceof` cannot see across realms). */
export function isErrorObject(value: unknown): value is Error {
  return Object.prototype.toString.call(value) === '[object Error]';
}

/** A deep copy of plain data (arrays, literal objects); cycles are kept as cycles. */
export function deepCopy<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value) as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(deepCopy(item, seen));
    return out as T;
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = deepCopy(value[key], seen);
  return out as T;
}

/** Deep equality as GTM's test API uses it (isEqualTo, wasCalledWith): by value, across realms. */
export function deepEqual(a: unknown, b: unknown, seen = new Map<unknown, unknown>()): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i], seen));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen),
  );
}

/** How GTM's console and test failure messages show a value: strings bare, the rest as JSON. */
export function renderValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return renderJson(value);
}

/** A value as JSON text, like GTM's console; undefined, functions, NaN and cycles get stand-ins. */
export function renderJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'function';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A cycle: show the repeated object as "[cycle]" instead of failing.
    const seen = new Set<unknown>();
    return JSON.stringify(value, (_key, v: unknown) => {
      if (v !== null && typeof v === 'object') {
        if (seen.has(v)) return '[cycle]';
        seen.add(v);
      }
      return v;
    });
  }
}

/** A value inside a test failure message: strings quoted so '1' and 1 differ. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return renderJson(value);
}
