// The adapter's custom_data list.
// {key, value} pairs in the seed's key order, only keys that have a value.
// Value forms follow LiveRamp's examples: price and cart_total as two-decimal strings, number_items as
// a string, item_category a string when there is one category and a list when there are several.
import type { Config } from './config';
import { deliveryMethodOf, deviceInfo } from './device';
import type { Request } from './event';
import { applyCustomDataRows, currencyOf } from './custom-data-forms';
import type { KeyValue } from './custom-data-forms';
import { moneyOf, numberOrText, plainNumberText, quantityOf, toNumber } from './numbers';
import type { SnapIds } from './snap-ids';
import { isArray, objectsOf, prop, stringOf, textOf } from './values';

/** More items than any real cart holds; the rest are dropped (with a warning) to bound the request. */
export const MAX_ITEMS = 100;

function addDistinct(list: string[], value: string | undefined): void {
  if (value !== undefined && list.indexOf(value) < 0) list.push(value);
}

/**
 * The keys derived from the GA4 event, the tag's own, the Snap IDs that go here, then the table rows.
 * Items need an `item_id` (Snap needs an ID per item); entries without one are ignored.
 */
export function buildCustomData(
  req: Request,
  cfg: Config,
  ids: SnapIds,
  notes: string[],
): KeyValue[] {
  const event = req.event;
  const list: KeyValue[] = [];
  // Values are never '': an empty list is the only empty value (a number has no length).
  const put = (key: string, value: unknown) => {
    if (value !== undefined && (value as unknown[]).length !== 0)
      list.push({ key: key, value: value });
  };
  const itemIds: string[] = [];
  const categories: string[] = [];
  const brands: string[] = [];
  const contents: { [key: string]: unknown }[] = [];
  const prices: string[] = [];
  let quantities = 0;
  let count = 0;
  for (const item of objectsOf(event.items)) {
    const id = textOf(item.item_id);
    count += id === undefined ? 0 : 1;
    if (id === undefined || count > MAX_ITEMS) continue;
    itemIds.push(id);
    addDistinct(categories, stringOf(item.item_category));
    addDistinct(brands, stringOf(item.item_brand));
    const quantity = quantityOf(item.quantity) || 1;
    const entry: { [key: string]: unknown } = { id: id, quantity: quantity };
    const price = toNumber(item.price);
    if (price !== undefined) entry.item_price = price;
    const delivery = stringOf(item.delivery_category);
    if (delivery) entry.delivery_category = delivery;
    contents.push(entry);
    const money = moneyOf(price);
    if (money) prices.push(money);
    quantities += quantity;
  }
  if (count > MAX_ITEMS) {
    notes.push(
      'items: only the first ' + MAX_ITEMS + ' of ' + count + ' items with an item_id are sent',
    );
  }

  const hasItems = itemIds.length > 0;
  const total = moneyOf(event.value);
  put('item_ids', itemIds);
  put('item_category', categories.length === 1 ? categories[0] : categories);
  put('brands', brands);
  put('contents', contents);
  if (hasItems) put('content_type', 'product');
  put('price', hasItems ? prices : total && [total]);
  put('currency', currencyOf(event.currency));
  if (hasItems) put('number_items', plainNumberText(quantities));
  put('cart_total', total);
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
  put('event_tag', cfg.eventTag || undefined);
  if (cfg.limitedDataUse) put('data_use', ['lmu']);
  put('uuid_c1', ids.scid);
  put('click_id', ids.clickId);
  put('description', stringOf(event.description));
  const delivery = deliveryMethodOf(event.delivery_method);
  if (delivery.warning) notes.push(delivery.warning);
  put('delivery_method', delivery.value);
  if (cfg.sendDeviceInfo) {
    const device = deviceInfo(
      { deviceModel: event.device_model, osVersion: event.os_version },
      event.client_hints,
      stringOf(event.user_agent) || req.header('user-agent'),
    );
    put('device_model', device.device_model);
    put('os_version', device.os_version);
  }
  return applyCustomDataRows(list, cfg.customData, notes);
}
