// GTM's typed values in permission JSON, the one codec both ways: 1 string, 2 list, 3 map (parallel
// key and value lists), 8 boolean. The build writes permissions with it, and `check` and the runtime
// read the file's permissions with it.
import type { TypedValue } from '../tpl/model';

export type PlainValue = string | boolean | PlainValue[] | { [key: string]: PlainValue };

/** A plain value as GTM writes it. */
export function typedValue(value: PlainValue): TypedValue {
  if (typeof value === 'string') return { type: 1, string: value };
  if (typeof value === 'boolean') return { type: 8, boolean: value };
  if (Array.isArray(value)) return { type: 2, listItem: value.map(typedValue) };
  const keys = Object.keys(value);
  return {
    type: 3,
    mapKey: keys.map((k) => typedValue(k)),
    mapValue: keys.map((k) => typedValue(value[k])),
  };
}

/** A typed value read back as plain JSON; a type this codec does not know reads as ''. */
export function plainValue(value: TypedValue | undefined): PlainValue {
  switch (value?.type) {
    case 1:
      return value.string;
    case 2:
      return (value.listItem ?? []).map(plainValue);
    case 3: {
      const out: Record<string, PlainValue> = {};
      (value.mapKey ?? []).forEach((key, i) => {
        out[String(plainValue(key))] = plainValue(value.mapValue[i]);
      });
      return out;
    }
    case 8:
      return value.boolean;
    default:
      return '';
  }
}

/** A permission's settings as plain values, by key. */
export function plainParams(
  params: readonly { key: string; value: TypedValue }[] | undefined,
): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const p of params ?? []) out[p.key] = plainValue(p.value);
  return out;
}
