// The adapter's custom_data list.
// {key, value} pairs in the seed's key order, only keys that have a value.
// Value forms follow LiveRamp's examples: price and cart_total as two-decimal strings, number_items as
// a string, item_category a string when there is one category and a list when there are several.
// Each event key is looked at only when the event has it, so an event pays for the keys it carries.
import { getType } from 'sgtm';
import type { Config } from './config';
import { deliveryMethodOf, deviceInfo } from './device';
import { applyCustomDataRows, currencyOf } from './custom-data-forms';
import {
  moneyOf,
  numberOrText,
  plainNumberText,
  quantityOf,
  toNumber,
  twoDecimals,
} from './numbers';
import type { SnapIds } from './snap-ids';
import type { KeyValue, Request } from './types';
import { objectsOf, stringOf, textOf } from './values';

/** More items than any real cart holds; the rest are dropped (with a warning) to bound the request. */
export const MAX_ITEMS = 100;

/**
 * The keys derived from the GA4 event, the tag's own, the Snap IDs that go here, then the table rows.
 * Items need an `item_id` (Snap needs an ID per item); entries without one are ignored.
 */
export function buildCustomData(req: Request, cfg: Config, ids: SnapIds): KeyValue[] {
  const event = req.event;
  const list: KeyValue[] = [];
  // Values are never '' nor an empty list here: each is checked before it is added.
  const put = (key: string, value: unknown) => {
    if (value !== undefined) list.push({ key: key, value: value });
  };
  const items = event.items;
  const itemIds: string[] = [];
  const categories: string[] = [];
  const brands: string[] = [];
  const contents: { [key: string]: unknown }[] = [];
  const prices: string[] = [];
  let quantities = 0;
  let count = 0;
  const n =
    typeof items === 'object' && items !== null && getType(items) === 'array'
      ? (items as unknown[]).length
      : 0;
  for (let i = 0; i < n; i++) {
    // A list or a primitive has no item_id, so only objects pass.
    const item = (items as { [key: string]: unknown }[])[i];
    const rawId = typeof item === 'object' && item !== null ? item.item_id : undefined;
    const id = typeof rawId === 'string' ? rawId.trim() : textOf(rawId);
    if (id === undefined || id === '' || ++count > MAX_ITEMS) continue;
    itemIds.push(id);
    const category = typeof item.item_category === 'string' ? item.item_category.trim() : '';
    if (category !== '' && categories.indexOf(category) < 0) categories.push(category);
    const brand = typeof item.item_brand === 'string' ? item.item_brand.trim() : '';
    if (brand !== '' && brands.indexOf(brand) < 0) brands.push(brand);
    const q = item.quantity;
    const quantity =
      typeof q === 'number' && q >= 0.000001 && q <= 1000000 ? q : quantityOf(q) || 1;
    const entry: { [key: string]: unknown } = { id: id, quantity: quantity };
    const p = item.price;
    const price = typeof p === 'number' && p - p === 0 ? p : toNumber(p);
    if (price !== undefined) {
      entry.item_price = price;
      const money = twoDecimals(price);
      if (money) prices.push(money);
    }
    const delivery = item.delivery_category;
    if (delivery !== undefined && stringOf(delivery)) entry.delivery_category = stringOf(delivery);
    contents.push(entry);
    quantities += quantity;
  }
  if (count > MAX_ITEMS) {
    req.warn(
      'items: only the first ' + MAX_ITEMS + ' of ' + count + ' items with an item_id are sent',
    );
  }

  const total = event.value === undefined ? undefined : moneyOf(event.value);
  if (itemIds.length) {
    list.push({ key: 'item_ids', value: itemIds });
    if (categories.length) {
      list.push({
        key: 'item_category',
        value: categories.length === 1 ? categories[0] : categories,
      });
    }
    if (brands.length) list.push({ key: 'brands', value: brands });
    list.push({ key: 'contents', value: contents });
    list.push({ key: 'content_type', value: 'product' });
    if (prices.length) list.push({ key: 'price', value: prices });
  } else if (total) list.push({ key: 'price', value: [total] });
  if (event.currency !== undefined) put('currency', currencyOf(event.currency));
  if (itemIds.length) put('number_items', plainNumberText(quantities));
  if (total) list.push({ key: 'cart_total', value: total });
  if (event.search_term !== undefined) put('search_string', textOf(event.search_term));
  if (event.method !== undefined) put('sign_up_method', textOf(event.method));
  if (event.level !== undefined) put('level', numberOrText(event.level));
  if (event.predicted_ltv !== undefined || event.customer_lifetime_value !== undefined) {
    const ltv = toNumber(event.predicted_ltv);
    put('predicted_ltv', ltv !== undefined ? ltv : toNumber(event.customer_lifetime_value));
  }
  const isNew = event.new_customer;
  if (isNew === true || isNew === 'true') list.push({ key: 'customer_status', value: 'new' });
  else if (isNew === false || isNew === 'false') {
    list.push({ key: 'customer_status', value: 'returning' });
  }
  // user_data.address: an object, or a list of them (GA4 allows several), of which the first is used.
  const userData = event.user_data;
  if (typeof userData === 'object' && userData !== null) {
    const addresses = (userData as { address?: unknown }).address;
    const address =
      typeof addresses === 'object' && addresses !== null && getType(addresses) === 'array'
        ? objectsOf(addresses)[0]
        : (addresses as { [key: string]: unknown } | undefined);
    if (typeof address === 'object' && address !== null) {
      put('country', stringOf(address.country));
      put('region', stringOf(address.region));
    }
  }
  if (cfg.eventTag) list.push({ key: 'event_tag', value: cfg.eventTag });
  if (cfg.limitedDataUse) list.push({ key: 'data_use', value: ['lmu'] });
  if (ids.scid) list.push({ key: 'uuid_c1', value: ids.scid });
  if (ids.clickId) list.push({ key: 'click_id', value: ids.clickId });
  if (event.description !== undefined) put('description', stringOf(event.description));
  if (event.delivery_method !== undefined) {
    const delivery = deliveryMethodOf(event.delivery_method);
    if (delivery.warning) req.warn(delivery.warning);
    put('delivery_method', delivery.value);
  }
  if (cfg.sendDeviceInfo) {
    const device = deviceInfo(
      { deviceModel: event.device_model, osVersion: event.os_version },
      event.client_hints,
      () => stringOf(event.user_agent) || req.header('user-agent'),
    );
    put('device_model', device.device_model);
    put('os_version', device.os_version);
  }
  return cfg.customData.length ? applyCustomDataRows(list, cfg.customData, req.warn) : list;
}
