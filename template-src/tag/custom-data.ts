// The adapter's custom_data list.
// {key, value} pairs in the seed's key order, only keys that have a value.
// Value forms follow LiveRamp's examples: price and cart_total as two-decimal strings, number_items as
// a string, item_category a string when there is one category and a list when there are several.
// Each event key is looked at only when the event has it, so an event pays for the keys it carries.
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
import type { EventData, KeyValue, Request } from './types';
import { isArray, objectsOf, prop, stringOf, textOf } from './values';

/** More items than any real cart holds; the rest are dropped (with a warning) to bound the request. */
export const MAX_ITEMS = 100;

/**
 * The keys derived from the GA4 event, the tag's own, the Snap IDs that go here, then the table rows.
 * Items need an `item_id` (Snap needs an ID per item); entries without one are ignored.
 */
export function buildCustomData(req: Request, cfg: Config, ids: SnapIds): KeyValue[] {
  // One declaration per group of values: GTM's engine pays per statement.
  const event = req.event,
    list: KeyValue[] = [],
    // Values are never '' nor an empty list here: each is checked before it is added.
    put = (key: string, value: unknown) =>
      value !== undefined && list.push({ key: key, value: value }),
    items = event.items,
    itemIds: string[] = [],
    categories: string[] = [],
    brands: string[] = [],
    contents: { [key: string]: unknown }[] = [],
    prices: string[] = [],
    n = isArray(items) ? items.length : 0;
  let quantities = 0,
    count = 0;
  for (let i = 0; i < n; i++) {
    // A list or a primitive has no item_id, so only objects pass (null and undefined are not read).
    const item = (items as { [key: string]: unknown }[])[i],
      rawId = item ? item.item_id : undefined,
      id = typeof rawId === 'string' ? rawId.trim() : textOf(rawId);
    if (!id || ++count > MAX_ITEMS) continue;
    // Text fields read as stringOf reads them, without a call per field.
    const rawCategory = item.item_category,
      rawBrand = item.item_brand,
      rawDelivery = item.delivery_category,
      category = typeof rawCategory === 'string' ? rawCategory.trim() : '',
      brand = typeof rawBrand === 'string' ? rawBrand.trim() : '',
      quantity = quantityOf(item.quantity) || 1,
      price = toNumber(item.price),
      money = price === undefined ? undefined : twoDecimals(price),
      // Keys left undefined are not serialised.
      entry = {
        id: id,
        quantity: quantity,
        item_price: price,
        delivery_category:
          typeof rawDelivery === 'string' ? rawDelivery.trim() || undefined : undefined,
      };
    itemIds.push(id);
    if (category && categories.indexOf(category) < 0) categories.push(category);
    if (brand && brands.indexOf(brand) < 0) brands.push(brand);
    if (money) prices.push(money);
    contents.push(entry);
    quantities += quantity;
  }
  if (count > MAX_ITEMS) {
    req.warn(
      'items: only the first ' + MAX_ITEMS + ' of ' + count + ' items with an item_id are sent',
    );
  }

  const total = event.value === undefined ? undefined : moneyOf(event.value);
  // Values known to be set are pushed as they are.
  if (itemIds.length) {
    list.push({ key: 'item_ids', value: itemIds });
    if (categories.length)
      list.push({
        key: 'item_category',
        value: categories.length === 1 ? categories[0] : categories,
      });
    if (brands.length) list.push({ key: 'brands', value: brands });
    list.push({ key: 'contents', value: contents }, { key: 'content_type', value: 'product' });
    if (prices.length) list.push({ key: 'price', value: prices });
  } else if (total) list.push({ key: 'price', value: [total] });
  if (event.currency !== undefined) put('currency', currencyOf(event.currency));
  if (itemIds.length) put('number_items', plainNumberText(quantities));
  put('cart_total', total);
  // Keys of other events than purchases: looked at only when the event has one.
  if (
    event.search_term !== undefined ||
    event.method !== undefined ||
    event.level !== undefined ||
    event.predicted_ltv !== undefined ||
    event.customer_lifetime_value !== undefined ||
    event.new_customer !== undefined ||
    event.user_data !== undefined
  ) {
    otherKeys(event, put);
  }
  if (cfg.eventTag) put('event_tag', cfg.eventTag);
  if (cfg.limitedDataUse) put('data_use', ['lmu']);
  put('uuid_c1', ids.scid);
  put('click_id', ids.clickId);
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

/** search_string to region, in the seed's order. */
function otherKeys(event: EventData, put: (key: string, value: unknown) => void): void {
  put('search_string', textOf(event.search_term));
  put('sign_up_method', textOf(event.method));
  put('level', numberOrText(event.level));
  const ltv = toNumber(event.predicted_ltv);
  put('predicted_ltv', ltv !== undefined ? ltv : toNumber(event.customer_lifetime_value));
  const isNew = event.new_customer;
  put(
    'customer_status',
    isNew === true || isNew === 'true'
      ? 'new'
      : isNew === false || isNew === 'false'
        ? 'returning'
        : undefined,
  );
  // user_data.address: an object, or a list of them (GA4 allows several), of which the first is used.
  const addresses = prop(event.user_data, 'address');
  const address = isArray(addresses) ? objectsOf(addresses)[0] : addresses;
  put('country', stringOf(prop(address, 'country')));
  put('region', stringOf(prop(address, 'region')));
}
