// The "Custom data" table rows, in each key's form.
// The table's TEXT cells give strings, so "12.5" for cart_total becomes "12.50" and "SKU-1" for item_ids
// ["SKU-1"]; a value that has no obvious form is ignored with a warning, so a typo in the table cannot
// make the adapter reject the whole event. Keys the tag does not know are passed through as given.
// The forms are the ones schema/adapter-request.schema.json checks.
import { moneyOf, plainNumberText, toNumber } from './numbers';
import { isArray, isFiniteNumber, isObject, isString, stringOf, textOf } from './values';

export interface KeyValue {
  key: string;
  value: unknown;
}

/** The code trimmed and upper-cased, or undefined unless it is three letters (ISO 4217). */
export function currencyOf(v: unknown): string | undefined {
  const t = stringOf(v);
  const upper = t === undefined ? '' : t.toUpperCase();
  return upper.match('^[A-Z]{3}$') ? upper : undefined;
}

/** A form turns a value into the key's form, or gives undefined when it has none. */
type Form = (v: unknown) => unknown;

/** Every entry through `one`; a single value stands for a list of one. */
function listOf(one: Form): Form {
  return (v) => {
    const out: unknown[] = [];
    for (const entry of isArray(v) ? v : [v]) {
      const converted = one(entry);
      if (converted === undefined) return undefined;
      out.push(converted);
    }
    return out.length > 0 ? out : undefined;
  };
}

function numericText(v: unknown): string | undefined {
  const n = toNumber(v);
  return n !== undefined && n >= 0 ? plainNumberText(n) : undefined;
}

function levelOf(v: unknown): unknown {
  const n = toNumber(v);
  return n !== undefined ? n : textOf(v);
}

/** A `contents` entry: an `id` first, then only the keys Snap knows, each in its form. */
function content(v: unknown): unknown {
  const id = isObject(v) ? textOf(v.id) : undefined;
  if (!isObject(v) || id === undefined) return undefined;
  const entry: { [key: string]: unknown } = { id: id };
  for (const key in v) {
    if (key === 'id') continue;
    const value =
      key === 'delivery_category'
        ? textOf(v[key])
        : key === 'quantity' || key === 'item_price'
          ? toNumber(v[key])
          : undefined;
    if (value === undefined || (key === 'quantity' && (value as number) <= 0)) return undefined;
    entry[key] = value;
  }
  return entry;
}

// Keys whose value is text (trimmed); the other known keys have a form of their own.
const TEXT_KEYS =
  'content_type search_string sign_up_method description delivery_method device_model os_version ' +
  'country region event_tag uuid_c1 click_id';

/** A known key's form, and what a row must give instead; undefined for keys passed as given. */
function formOf(key: string): [Form, string] | undefined {
  if (TEXT_KEYS.split(' ').indexOf(key) >= 0) return [textOf, 'text'];
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
      (v) => (isArray(v) ? listOf(toNumber)(v) : numericText(v)),
      'a number of items, e.g. 2',
    ],
    cart_total: [moneyOf, 'an amount, e.g. 49.5'],
    level: [levelOf, 'a level number or name'],
    predicted_ltv: [toNumber, 'a number, e.g. 420.5'],
    customer_status: [
      (v) => (v === 'new' || v === 'returning' ? v : undefined),
      '"new" or "returning"',
    ],
    data_use: [listOf((v) => (v === 'lmu' ? v : undefined)), '"lmu" (Limited Data Use)'],
  };
  return forms.hasOwnProperty(key) ? forms[key] : undefined;
}

const ANY = 'a string, number, boolean, list or object';

type Row =
  { kind: 'remove' } | { kind: 'set'; value: unknown } | { kind: 'invalid'; expected: string };

/** What a row asks for: remove the key (empty value), set it, or nothing (a warning says why). */
function rowValue(key: string, v: unknown): Row {
  if (v === undefined || v === null || (isString(v) && v.trim() === '')) return { kind: 'remove' };
  if (typeof v === 'number' ? !isFiniteNumber(v) : typeof v === 'function') {
    return { kind: 'invalid', expected: ANY };
  }
  const value = isString(v) ? v.trim() : v;
  const form = formOf(key);
  if (form === undefined) return { kind: 'set', value: value };
  const converted = form[0](value);
  return converted === undefined
    ? { kind: 'invalid', expected: form[1] }
    : { kind: 'set', value: converted };
}

/**
 * The table applied row by row: a new key is appended, an existing key is replaced in place, an empty
 * value removes the key (built-in keys included).
 */
export function applyCustomDataRows(
  list: KeyValue[],
  rows: { [key: string]: unknown }[],
  notes: string[],
): KeyValue[] {
  let out = list;
  for (let r = 0; r < rows.length; r++) {
    const key = textOf(rows[r].key);
    if (key === undefined) {
      notes.push('custom data row ' + (r + 1) + ' has no key and was ignored');
      continue;
    }
    const row = rowValue(key, rows[r].value);
    let at = -1;
    for (let i = 0; i < out.length && at < 0; i++) if (out[i].key === key) at = i;
    if (row.kind === 'invalid') {
      notes.push('custom data "' + key + '" ignored: the value must be ' + row.expected);
    } else if (row.kind === 'remove') {
      if (at >= 0) out = out.slice(0, at).concat(out.slice(at + 1));
    } else if (at >= 0) {
      out[at] = { key: key, value: row.value };
    } else {
      out.push({ key: key, value: row.value });
    }
  }
  return out;
}
