// Type tests and conversions: getType, makeString, makeNumber, makeInteger, makeTableMap.
import { gtmType, type GtmType } from '../values';

export const getType = (value: unknown): GtmType => gtmType(value);

export const makeString = (value: unknown): string => String(value);

export const makeNumber = (value: unknown): number => Number(value);

/** Truncates toward zero, like GTM's makeInteger ('4.9' → 4, '-4.9' → -4); NaN stays NaN. */
export const makeInteger = (value: unknown): number => {
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : n;
};

/**
 * Turns SIMPLE_TABLE rows into a map keyed by one column's values. Returns null when the table is not
 * a list or yields no pair, as GTM does.
 */
export const makeTableMap = (
  table: unknown,
  keyColumnName: unknown,
  valueColumnName: unknown,
): Record<string, unknown> | null => {
  if (!Array.isArray(table)) return null;
  const out: Record<string, unknown> = {};
  let added = false;
  for (const row of table) {
    if (gtmType(row) !== 'object') continue;
    const r = row as Record<string, unknown>;
    const key = r[String(keyColumnName)];
    if (key === undefined) continue;
    out[String(key)] = r[String(valueColumnName)];
    added = true;
  }
  return added ? out : null;
};
