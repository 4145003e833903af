// The "Custom data" table rows, in each key's form.
// The table's TEXT cells give strings, so "12.5" for cart_total becomes "12.50" and "SKU-1" for item_ids
// ["SKU-1"]; a value that has no obvious form is ignored with a warning, so a typo in the table cannot
// make the adapter reject the whole event. Keys the tag does not know are passed through as given.
// The forms are the ones schema/adapter-request.schema.json checks.
import { moneyOf, numberOrText, plainNumberText, toNumber } from './numbers';
import type { KeyValue } from './types';
import { isArray, isFiniteNumber, isObject, isString, textOf } from './values';

/** The code trimmed and upper-cased, or undefined unless it is three letters A-Z (ISO 4217). */
export const currencyOf = (v: unknown): string | undefined => {
  const upper = typeof v === 'string' ? v.trim().toUpperCase() : '',
    a = upper.charAt(0),
    b = upper.charAt(1),
    c = upper.charAt(2);
  return upper.length === 3 && a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' && c >= 'A' && c <= 'Z'
    ? upper
    : undefined;
};

/** A form turns a value into the key's form, or gives undefined when it has none. */
type Form = (v: unknown) => unknown;

/** Every entry through `one`; a single value stands for a list of one. */
const listOf =
  (one: Form): Form =>
  (v) => {
    const out = (isArray(v) ? v : [v]).map(one);
    return out.length && out.indexOf(undefined) < 0 ? out : undefined;
  };

/** A `contents` entry: an `id` first, then only the keys Snap knows, each in its form. */
function content(v: unknown): unknown {
  const entry: { [key: string]: unknown } = { id: isObject(v) ? textOf(v.id) : undefined };
  for (const key in isObject(v) ? v : {}) {
    const value = (v as { [key: string]: unknown })[key];
    const n = toNumber(value);
    if (key === 'delivery_category') entry[key] = textOf(value);
    else if (key === 'item_price' || (key === 'quantity' && n !== undefined && n > 0))
      entry[key] = n;
    else if (key !== 'id') return undefined;
    if (entry[key] === undefined) return undefined;
  }
  return entry.id === undefined ? undefined : entry;
}

/** A known key's form, and what a row must give instead; undefined for keys passed as given. */
function formOf(key: string): [Form, string] | undefined {
  const text =
    'content_type search_string sign_up_method description delivery_method device_model os_version country region event_tag uuid_c1 click_id';
  const forms: { [key: string]: [Form, string] } = {
    item_ids: [listOf(textOf), 'a list of item IDs'],
    item_category: [
      (v) => (isArray(v) ? listOf(textOf)(v) : textOf(v)),
      'a category or a list of categories',
    ],
    brands: [listOf(textOf), 'a list of brands'],
    contents: [
      listOf(content),
      'a list of {id, quantity, item_price, delivery_category} objects (from a variable)',
    ],
    price: [listOf(moneyOf), 'a price or a list of prices, e.g. 49.5'],
    currency: [currencyOf, 'a three-letter currency code, e.g. EUR'],
    number_items: [
      (v) =>
        isArray(v)
          ? listOf(toNumber)(v)
          : toNumber(v)! >= 0
            ? plainNumberText(toNumber(v)!)
            : undefined,
      'a number of items, e.g. 2',
    ],
    cart_total: [moneyOf, 'an amount, e.g. 49.5'],
    level: [numberOrText, 'a level number or name'],
    predicted_ltv: [toNumber, 'a number, e.g. 420.5'],
    customer_status: [
      (v) => (v === 'new' || v === 'returning' ? v : undefined),
      '"new" or "returning"',
    ],
    data_use: [listOf((v) => (v === 'lmu' ? v : undefined)), '"lmu" (Limited Data Use)'],
  };
  return text.split(' ').indexOf(key) >= 0
    ? [textOf, 'text']
    : forms.hasOwnProperty(key)
      ? forms[key]
      : undefined;
}

/**
 * The table applied row by row: a new key is appended, an existing key is replaced in place, an empty
 * value removes the key (built-in keys included).
 */
export function applyCustomDataRows(
  list: KeyValue[],
  rows: { [key: string]: unknown }[],
  warn: (warning: string) => void,
): KeyValue[] {
  for (let r = 0; r < rows.length; r++) {
    const key = textOf(rows[r].key);
    const given = rows[r].value;
    const form = key === undefined ? undefined : formOf(key);
    const value = isString(given) ? given.trim() : given;
    // Only what a variable can hold: no NaN, Infinity or function.
    const valid = typeof given === 'number' ? isFiniteNumber(given) : typeof given !== 'function';
    const converted = valid && form ? form[0](value) : value;
    let at = -1;
    for (let i = 0; i < list.length && at < 0; i++) if (list[i].key === key) at = i;
    if (key === undefined) warn('custom data row ' + (r + 1) + ' has no key and was ignored');
    else if (value === undefined || value === null || value === '') {
      if (at >= 0) list = list.slice(0, at).concat(list.slice(at + 1));
    } else if (!valid || converted === undefined) {
      const expected = !valid
        ? 'a string, number, boolean, list or object'
        : (form as [Form, string])[1];
      warn('custom data "' + key + '" ignored: the value must be ' + expected);
    } else if (at >= 0) list[at] = { key: key, value: converted };
    else list.push({ key: key, value: converted });
  }
  return list;
}
