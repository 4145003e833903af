// The value form of each adapter custom_data key the tag knows (the same forms the request schema
// checks). "Custom data" table rows for these keys are brought into that form when it is obvious —
// the table's TEXT cells give strings, so "12.5" for cart_total becomes "12.50" and "SKU-1" for
// item_ids becomes ["SKU-1"] — and ignored with a warning otherwise, so a typo in the table cannot
// make the adapter reject the whole event. Keys the tag does not know are passed through as given.
import { currencyOf } from './currency';
import { moneyOf, plainNumberText, toNumber } from './numbers';
import { isArray, isObject, textOf } from './values';

export type FormResult = { ok: true; value: unknown } | { ok: false; expected: string };

type Form = (v: unknown) => FormResult;

function fail(expected: string): FormResult {
  return { ok: false, expected: expected };
}

function ok(value: unknown): FormResult {
  return { ok: true, value: value };
}

/** Every entry through `one`, or the first failure. A single value stands for a list of one. */
function listOf(one: (v: unknown) => unknown, expected: string): Form {
  return (v) => {
    const entries = isArray(v) ? v : [v];
    const out: unknown[] = [];
    for (const entry of entries) {
      const converted = one(entry);
      if (converted === undefined) return fail(expected);
      out.push(converted);
    }
    return out.length > 0 ? ok(out) : fail(expected);
  };
}

function single(one: (v: unknown) => unknown, expected: string): Form {
  return (v) => {
    const converted = one(v);
    return converted === undefined ? fail(expected) : ok(converted);
  };
}

function numericText(v: unknown): string | undefined {
  const n = toNumber(v);
  return n !== undefined && n >= 0 ? plainNumberText(n) : undefined;
}

function content(v: unknown): unknown {
  if (!isObject(v)) return undefined;
  const id = textOf(v.id);
  if (id === undefined) return undefined;
  const entry: { [key: string]: unknown } = { id: id };
  for (const key in v) {
    if (key === 'id') continue;
    if (key === 'quantity') {
      const q = toNumber(v.quantity);
      if (q === undefined || q <= 0) return undefined;
      entry.quantity = q;
    } else if (key === 'item_price') {
      const p = toNumber(v.item_price);
      if (p === undefined) return undefined;
      entry.item_price = p;
    } else if (key === 'delivery_category') {
      const d = textOf(v.delivery_category);
      if (d === undefined) return undefined;
      entry.delivery_category = d;
    } else {
      return undefined;
    }
  }
  return entry;
}

const TEXT = single(textOf, 'text');

const FORMS: { [key: string]: Form } = {
  item_ids: listOf(textOf, 'a list of item IDs'),
  item_category: (v) => {
    if (!isArray(v)) return single(textOf, 'a category or a list of categories')(v);
    return listOf(textOf, 'a category or a list of categories')(v);
  },
  brands: listOf(textOf, 'a list of brands'),
  contents: listOf(
    content,
    'a list of {id, quantity, item_price, delivery_category} objects (from a variable)',
  ),
  content_type: TEXT,
  price: listOf(moneyOf, 'a price or a list of prices, e.g. 49.5'),
  currency: single(currencyOf, 'a three-letter currency code, e.g. EUR'),
  number_items: (v) =>
    isArray(v)
      ? listOf(toNumber, 'a number of items, e.g. 2')(v)
      : single(numericText, 'a number of items, e.g. 2')(v),
  cart_total: single(moneyOf, 'an amount, e.g. 49.5'),
  search_string: TEXT,
  sign_up_method: TEXT,
  description: TEXT,
  device_model: TEXT,
  os_version: TEXT,
  delivery_method: TEXT,
  level: single((v) => {
    const n = toNumber(v);
    return n !== undefined ? n : textOf(v);
  }, 'a level number or name'),
  predicted_ltv: single(toNumber, 'a number, e.g. 420.5'),
  customer_status: single(
    (v) => (v === 'new' || v === 'returning' ? v : undefined),
    '"new" or "returning"',
  ),
  country: TEXT,
  region: TEXT,
  event_tag: TEXT,
  data_use: listOf((v) => (v === 'lmu' ? v : undefined), '"lmu" (Limited Data Use)'),
  uuid_c1: TEXT,
  click_id: TEXT,
};

/** `value` in the form `key` needs (unknown keys: unchanged), or what was expected. */
export function customDataForm(key: string, value: unknown): FormResult {
  for (const known in FORMS) {
    if (known === key) return FORMS[known](value);
  }
  return ok(value);
}
