// The adapter's custom_data: a list of {key, value} in a fixed key order, only keys that have a value.
// Value forms follow the seed examples: price and cart_total as two-decimal strings, number_items as a
// string, item_category a string when there is one and a list when several.
import { currencyOf } from './currency';
import { customDataForm } from './custom-data-forms';
import { moneyOf, plainNumberText, quantityOf, toNumber } from './numbers';

export { currencyOf } from './currency';
import {
  isArray,
  isBoolean,
  isFiniteNumber,
  isNumber,
  isObject,
  isString,
  objectsOf,
  prop,
  stringOf,
  textOf,
} from './values';

export interface KeyValue {
  key: string;
  value: unknown;
}

export interface ContentEntry {
  id: string;
  quantity: number;
  item_price?: number;
  delivery_category?: string;
}

export interface CustomDataSettings {
  eventTag?: string;
  limitedDataUse: boolean;
  /** `_scid`, when Snap IDs go into custom_data. */
  uuidC1?: string;
  /** The click ID, when Snap IDs go into custom_data. */
  clickId?: string;
  /** The "Custom data" table rows, as GTM passes them. */
  rows: { [key: string]: unknown }[];
}

/** More items than any real cart holds; the rest are dropped (with a log note) to bound the request. */
export const MAX_ITEMS = 100;

export interface ItemSummary {
  ids: string[];
  categories: string[];
  brands: string[];
  contents: ContentEntry[];
  prices: string[];
  totalQuantity: number;
  /** How many usable items the event had before the MAX_ITEMS cut. */
  count: number;
}

function addDistinct(list: string[], value: string | undefined): void {
  if (value !== undefined && list.indexOf(value) < 0) list.push(value);
}

/** Items with an `item_id` (Snap needs an ID per item); entries without one are ignored. */
export function summariseItems(items: unknown): ItemSummary {
  const summary: ItemSummary = {
    ids: [],
    categories: [],
    brands: [],
    contents: [],
    prices: [],
    totalQuantity: 0,
    count: 0,
  };
  for (const item of objectsOf(items)) {
    const id = textOf(prop(item, 'item_id'));
    if (id === undefined) continue;
    summary.count++;
    if (summary.count > MAX_ITEMS) continue;
    summary.ids.push(id);
    addDistinct(summary.categories, stringOf(prop(item, 'item_category')));
    addDistinct(summary.brands, stringOf(prop(item, 'item_brand')));
    const q = quantityOf(prop(item, 'quantity'));
    const quantity = q !== undefined ? q : 1;
    const content: ContentEntry = { id: id, quantity: quantity };
    const price = toNumber(prop(item, 'price'));
    if (price !== undefined) content.item_price = price;
    const delivery = stringOf(prop(item, 'delivery_category'));
    if (delivery !== undefined) content.delivery_category = delivery;
    summary.contents.push(content);
    const money = moneyOf(price);
    if (money !== undefined) summary.prices.push(money);
    summary.totalQuantity += quantity;
  }
  return summary;
}

/** "new" / "returning" from GA4's `new_customer` (a boolean, or "true"/"false" from a variable). */
export function customerStatusOf(v: unknown): string | undefined {
  if (v === true || v === 'true') return 'new';
  if (v === false || v === 'false') return 'returning';
  return undefined;
}

/** `user_data.address`: an object, or a list of them (GA4 allows several): the first is used. */
export function addressOf(event: unknown): unknown {
  const address = prop(prop(event, 'user_data'), 'address');
  if (isArray(address)) return objectsOf(address)[0];
  return address;
}

function numberOrText(v: unknown): unknown {
  const n = toNumber(v);
  return n !== undefined ? n : stringOf(v);
}

function put(list: KeyValue[], key: string, value: unknown): void {
  if (value === undefined) return;
  if (isArray(value) && value.length === 0) return;
  list.push({ key: key, value: value });
}

/** The keys derived from the GA4 event, in the adapter's order (before the Snap IDs and the table). */
export function eventCustomData(event: unknown, notes: string[]): KeyValue[] {
  const list: KeyValue[] = [];
  const items = summariseItems(prop(event, 'items'));
  if (items.count > MAX_ITEMS) {
    notes.push(
      'items: only the first ' +
        MAX_ITEMS +
        ' of ' +
        items.count +
        ' items with an item_id are sent',
    );
  }
  const hasItems = items.ids.length > 0;
  const value = prop(event, 'value');
  put(list, 'item_ids', items.ids);
  if (items.categories.length === 1) put(list, 'item_category', items.categories[0]);
  else put(list, 'item_category', items.categories);
  put(list, 'brands', items.brands);
  put(list, 'contents', items.contents);
  if (hasItems) put(list, 'content_type', 'product');
  if (hasItems) put(list, 'price', items.prices);
  else {
    const single = moneyOf(value);
    if (single !== undefined) put(list, 'price', [single]);
  }
  put(list, 'currency', currencyOf(prop(event, 'currency')));
  if (hasItems) put(list, 'number_items', plainNumberText(items.totalQuantity));
  put(list, 'cart_total', moneyOf(value));
  put(list, 'search_string', textOf(prop(event, 'search_term')));
  put(list, 'sign_up_method', textOf(prop(event, 'method')));
  put(list, 'level', numberOrText(prop(event, 'level')));
  const ltv = toNumber(prop(event, 'predicted_ltv'));
  put(
    list,
    'predicted_ltv',
    ltv !== undefined ? ltv : toNumber(prop(event, 'customer_lifetime_value')),
  );
  put(list, 'customer_status', customerStatusOf(prop(event, 'new_customer')));
  const address = addressOf(event);
  put(list, 'country', stringOf(prop(address, 'country')));
  put(list, 'region', stringOf(prop(address, 'region')));
  return list;
}

function indexOfKey(list: KeyValue[], key: string): number {
  for (let i = 0; i < list.length; i++) {
    if (list[i].key === key) return i;
  }
  return -1;
}

type RowAction =
  { kind: 'remove' } | { kind: 'set'; value: unknown } | { kind: 'invalid'; expected: string };

/** What a table row asks for: remove the key (empty value), set it, or nothing (unusable value). */
function rowAction(key: string, v: unknown): RowAction {
  if (v === undefined || v === null || (isString(v) && v.trim().length === 0)) {
    return { kind: 'remove' };
  }
  let value: unknown = v;
  if (isString(v)) value = v.trim();
  else if (isNumber(v) && !isFiniteNumber(v)) {
    return { kind: 'invalid', expected: 'a string, number, boolean, list or object' };
  } else if (!isNumber(v) && !isBoolean(v) && !isArray(v) && !isObject(v)) {
    return { kind: 'invalid', expected: 'a string, number, boolean, list or object' };
  }
  const form = customDataForm(key, value);
  return form.ok
    ? { kind: 'set', value: form.value }
    : { kind: 'invalid', expected: form.expected };
}

/**
 * The "Custom data" table, row by row: a new key is appended, an existing key is replaced in place,
 * an empty value removes the key (built-in keys included).
 */
export function applyCustomDataRows(
  list: KeyValue[],
  rows: { [key: string]: unknown }[],
  notes: string[],
): KeyValue[] {
  let out = list.slice();
  for (let r = 0; r < rows.length; r++) {
    const key = textOf(prop(rows[r], 'key'));
    if (key === undefined) {
      notes.push('custom data row ' + (r + 1) + ' has no key and was ignored');
      continue;
    }
    const v = rowAction(key, prop(rows[r], 'value'));
    const at = indexOfKey(out, key);
    if (v.kind === 'invalid') {
      notes.push('custom data "' + key + '" ignored: the value must be ' + v.expected);
    } else if (v.kind === 'remove') {
      if (at >= 0) out = out.slice(0, at).concat(out.slice(at + 1));
    } else if (at >= 0) {
      out[at] = { key: key, value: v.value };
    } else {
      out.push({ key: key, value: v.value });
    }
  }
  return out;
}

/** The whole custom_data list in the adapter's key order. */
export function buildCustomData(
  event: unknown,
  settings: CustomDataSettings,
  notes: string[],
): KeyValue[] {
  const list = eventCustomData(event, notes);
  put(list, 'event_tag', settings.eventTag);
  if (settings.limitedDataUse) put(list, 'data_use', ['lmu']);
  put(list, 'uuid_c1', settings.uuidC1);
  put(list, 'click_id', settings.clickId);
  return applyCustomDataRows(list, settings.rows, notes);
}
