// ISO 4217 currency codes as the adapter expects them.
import { stringOf } from './values';

/** The code trimmed and upper-cased, or undefined unless it is three letters. */
export function currencyOf(v: unknown): string | undefined {
  const t = stringOf(v);
  if (t === undefined) return undefined;
  const upper = t.toUpperCase();
  return upper.match('^[A-Z]{3}$') ? upper : undefined;
}
