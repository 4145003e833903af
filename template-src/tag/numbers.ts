// Numbers and two-decimal prices.
// From event data and fields, to the adapter's price strings.
// Values arrive as numbers or numeric strings ("49.99"); prices go out as "49.50", written without
// `toFixed`, which the sandbox lacks. Rounding is plain arithmetic: the sandbox's Math is an API.
import { isFiniteNumber, isString } from './values';

/** `n` rounded down; for n ≥ 0, which is all the tag rounds. */
export function floor(n: number): number {
  return n - (n % 1);
}

// Plain decimal notation only: "1e3" and "0x10" are numbers to JavaScript but are not how a shop
// writes a price, so they are treated as text (left out) rather than guessed at.
const NUMERIC = '^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)$';

/** A finite number from a number or a plain decimal string; undefined for anything else. */
export function toNumber(v: unknown): number | undefined {
  if (isFiniteNumber(v)) return v;
  if (!isString(v)) return undefined;
  const t = v.trim();
  const n = +t;
  // Most values are written as JavaScript writes the number ("30", "49.5"): no pattern needed then.
  if (isFiniteNumber(n) && '' + n === t) return n;
  if (t.length === 0 || t.length > 40 || !t.match(NUMERIC)) return undefined;
  return isFiniteNumber(n) ? n : undefined;
}

// Beyond 1e15 a double cannot hold cents exactly; from 1e21 on numbers print in exponent notation.
const MAX_AMOUNT = 1e15;

/**
 * `n` with exactly two decimals ("1299.00", "25.50"), rounded half up on the decimal value as written
 * (1.005 → "1.01"; the tiny offset absorbs binary representation error such as 1.005 * 100 = 100.4999…).
 * Undefined for amounts of 1e15 or more.
 */
export function twoDecimals(n: number): string | undefined {
  if (!isFiniteNumber(n)) return undefined;
  const abs = n < 0 ? -n : n;
  if (abs >= MAX_AMOUNT) return undefined;
  const cents = floor(abs * 100 + 1e-7 + 0.5);
  const whole = floor(cents / 100);
  const fraction = cents - whole * 100;
  const sign = n < 0 && cents > 0 ? '-' : '';
  return sign + whole + '.' + (fraction < 10 ? '0' : '') + fraction;
}

/** `toNumber` then `twoDecimals`: the adapter's money form of a GA4 value. */
export function moneyOf(v: unknown): string | undefined {
  const n = toNumber(v);
  return n === undefined ? undefined : twoDecimals(n);
}

// Item quantities outside this range are data errors (and would print in exponent notation, which the
// adapter's number_items string cannot hold); such items count as quantity 1.
const MIN_QUANTITY = 0.000001;
const MAX_QUANTITY = 1000000;

/** An item quantity from 0.000001 to 1,000,000, or undefined. */
export function quantityOf(v: unknown): number | undefined {
  const n = toNumber(v);
  return n !== undefined && n >= MIN_QUANTITY && n <= MAX_QUANTITY ? n : undefined;
}

/** `n` as a plain decimal string ("2", "1.5"), or undefined when JavaScript would use an exponent. */
export function plainNumberText(n: number): string | undefined {
  const text = '' + n;
  return text.match('^-?[0-9]+([.][0-9]+)?$') ? text : undefined;
}
