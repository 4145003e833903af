// The adapter's custom_data: a list of {key, value} in the seed's key order, only keys that have a value.
// Value forms follow LiveRamp's examples: price and cart_total as two-decimal strings, number_items as
// a string, item_category a string when there is one category and a list when there are several.
import { applyCustomDataRows, currencyOf } from './custom-data-forms';
import type { KeyValue } from './custom-data-forms';
import { moneyOf, plainNumberText, quantityOf, toNumber } from './numbers';
import { isArray, objectsOf, prop, stringOf, textOf } from './values';

/** More items than any real cart holds; the rest are dropped (with a warning) to bound the request. */
export const MAX_ITEMS = 100;

export interface CustomDataInput {
  eventTag?: string;
  limitedDataUse: boolean;
  /** `_scid`, when the Snap IDs go into custom_data. */
  uuidC1?: string;
  /** The click ID, when the Snap IDs go into custom_data. */
  clickId?: string;
  /** The "Custom data" table rows. */
  rows: { [key: string]: unknown }[];
}

function put(list: KeyValue[], key: string, value: unknown): void {
  if (value === undefined || (typeof value === 'object' && (value as unknown[]).length === 0))
    return;
  list.push({ key: key, value: value });
}

function addDistinct(list: string[], value: string | undefined): void {
  if (value !== undefined && list.indexOf(value) < 0) list.push(value);
}

/** `user_data.address`: an object, or a list of them (GA4 allows several): the first is used. */
function addressOf(event: unknown): unknown {
  const address = prop(prop(event, 'user_data'), 'address');
  return isArray(address) ? objectsOf(address)[0] : address;
}

/**
 * The keys derived from the GA4 event, then the tag's own, then the table rows. Items need an
 * `item_id` (Snap needs an ID per item); entries without one are ignored.
 */
export function buildCustomData(
  event: unknown,
  input: CustomDataInput,
  notes: string[],
): KeyValue[] {
  const ids: string[] = [];
  const categories: string[] = [];
  const brands: string[] = [];
  const contents: { [key: string]: unknown }[] = [];
  const prices: string[] = [];
  let totalQuantity = 0;
  let count = 0;
  for (const item of objectsOf(prop(event, 'items'))) {
    const id = textOf(item.item_id);
    if (id === undefined) continue;
    count++;
    if (count > MAX_ITEMS) continue;
    ids.push(id);
    addDistinct(categories, stringOf(item.item_category));
    addDistinct(brands, stringOf(item.item_brand));
    const q = quantityOf(item.quantity);
    const quantity = q !== undefined ? q : 1;
    const entry: { [key: string]: unknown } = { id: id, quantity: quantity };
    const price = toNumber(item.price);
    if (price !== undefined) entry.item_price = price;
    const delivery = stringOf(item.delivery_category);
    if (delivery !== undefined) entry.delivery_category = delivery;
    contents.push(entry);
    const money = moneyOf(price);
    if (money !== undefined) prices.push(money);
    totalQuantity += quantity;
  }
  if (count > MAX_ITEMS) {
    notes.push(
      'items: only the first ' + MAX_ITEMS + ' of ' + count + ' items with an item_id are sent',
    );
  }

  const list: KeyValue[] = [];
  const hasItems = ids.length > 0;
  const value = prop(event, 'value');
  put(list, 'item_ids', ids);
  put(list, 'item_category', categories.length === 1 ? categories[0] : categories);
  put(list, 'brands', brands);
  put(list, 'contents', contents);
  if (hasItems) put(list, 'content_type', 'product');
  const single = moneyOf(value);
  put(list, 'price', hasItems ? prices : single === undefined ? undefined : [single]);
  put(list, 'currency', currencyOf(prop(event, 'currency')));
  if (hasItems) put(list, 'number_items', plainNumberText(totalQuantity));
  put(list, 'cart_total', single);
  put(list, 'search_string', textOf(prop(event, 'search_term')));
  put(list, 'sign_up_method', textOf(prop(event, 'method')));
  const level = prop(event, 'level');
  const levelNumber = toNumber(level);
  put(list, 'level', levelNumber !== undefined ? levelNumber : stringOf(level));
  const ltv = toNumber(prop(event, 'predicted_ltv'));
  put(
    list,
    'predicted_ltv',
    ltv !== undefined ? ltv : toNumber(prop(event, 'customer_lifetime_value')),
  );
  const newCustomer = prop(event, 'new_customer');
  put(
    list,
    'customer_status',
    newCustomer === true || newCustomer === 'true'
      ? 'new'
      : newCustomer === false || newCustomer === 'false'
        ? 'returning'
        : undefined,
  );
  const address = addressOf(event);
  put(list, 'country', stringOf(prop(address, 'country')));
  put(list, 'region', stringOf(prop(address, 'region')));
  put(list, 'event_tag', input.eventTag);
  if (input.limitedDataUse) put(list, 'data_use', ['lmu']);
  put(list, 'uuid_c1', input.uuidC1);
  put(list, 'click_id', input.clickId);
  return applyCustomDataRows(list, input.rows, notes);
}
