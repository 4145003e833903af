// GTM's typed values in permission JSON.
import type { TypedValue } from '../tpl/model';

export const str = (value: string): TypedValue => ({ type: 1, string: value });
export const bool = (value: boolean): TypedValue => ({ type: 8, boolean: value });
export const list = (items: TypedValue[]): TypedValue => ({ type: 2, listItem: items });
export const map = (entries: [string, TypedValue][]): TypedValue => ({
  type: 3,
  mapKey: entries.map(([key]) => str(key)),
  mapValue: entries.map(([, value]) => value),
});

/** Reads a typed value back into plain JSON (strings, booleans, arrays, objects). */
export function plain(value: TypedValue | undefined): unknown {
  if (!value) return undefined;
  switch (value.type) {
    case 1:
      return value.string;
    case 8:
      return value.boolean;
    case 2:
      return value.listItem.map(plain);
    case 3: {
      const result: Record<string, unknown> = {};
      value.mapKey.forEach((key, i) => {
        result[String(plain(key))] = plain(value.mapValue[i]);
      });
      return result;
    }
    default:
      return undefined;
  }
}
