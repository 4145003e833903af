// Numbers and two-decimal prices.
// From event data and fields, to the adapter's price strings ("49.50"), written without `toFixed`,
// which the sandbox lacks. Rounding is plain arithmetic: the sandbox's Math is an API. A number is
// finite when `n - n` is 0 (NaN and ±Infinity give NaN; the sandbox has no isFinite).

/** `n` rounded down; for n ≥ 0, which is all the tag rounds. */
export const floor = (n: number): number => n - (n % 1);

/**
 * A finite number from a number or a plain decimal string; undefined for anything else. "1e3" and
 * "0x10" are numbers to JavaScript, but not how a shop writes a price: they are left out, not guessed.
 */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v - v === 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  const n = +t;
  // Most values are written as JavaScript writes the number ("30", "49.5"): no pattern needed then.
  return t !== '' &&
    n - n === 0 &&
    ('' + n === t || (t.length <= 40 && t.match('^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)$')))
    ? n
    : undefined;
}

/**
 * `n` with exactly two decimals ("1299.00", "25.50"), rounded half up on the decimal value as written
 * (1.005 → "1.01"; the tiny offset absorbs binary representation error such as 1.005 * 100 = 100.4999…).
 * Undefined from 1e15 on, where a double no longer holds cents exactly.
 */
export function twoDecimals(n: number): string | undefined {
  const abs = n < 0 ? -n : n,
    exact = abs * 100 + 1e-7 + 0.5,
    cents = exact - (exact % 1);
  // Also true for NaN.
  return !(abs < 1e15)
    ? undefined
    : (n < 0 && cents > 0 ? '-' : '') +
        (cents / 100 - ((cents / 100) % 1)) +
        (cents % 100 < 10 ? '.0' : '.') +
        (cents % 100);
}

/** The adapter's money form of a value. */
export const moneyOf = (v: unknown): string | undefined => {
  const n = typeof v === 'number' ? v : toNumber(v);
  return n === undefined ? undefined : twoDecimals(n);
};

/**
 * An item quantity from 0.000001 to 1,000,000, or undefined: beyond are data errors (that would print
 * in exponent notation, which number_items cannot hold), and such items count as quantity 1.
 */
export const quantityOf = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : toNumber(v);
  return n !== undefined && n >= 0.000001 && n <= 1000000 ? n : undefined;
};

/**
 * `n` as a plain decimal string ("2", "1.5"), or undefined when JavaScript would use an exponent (the
 * only other way it writes a finite number).
 */
export const plainNumberText = (n: number): string | undefined =>
  n - n === 0 && ('' + n).indexOf('e') < 0 ? '' + n : undefined;

/** A number when the value reads as one (`level` 3 or "3"), else its text. */
export const numberOrText = (v: unknown): number | string | undefined => {
  const n = toNumber(v);
  if (n !== undefined) return n;
  const t = typeof v === 'string' ? v.trim() : '';
  return t === '' ? undefined : t;
};
