import { readConfig } from '../../template-src/tag/config';
import { applyCustomDataRows, currencyOf } from '../../template-src/tag/custom-data-forms';
import { MAX_ITEMS, buildCustomData } from '../../template-src/tag/custom-data';
import type { EventData } from '../../template-src/tag/types';
import type { SnapIds } from '../../template-src/tag/snap-ids';
import { tagRequest } from '../support/tag-request';
import type { RequestParts } from '../support/tag-request';

/** buildCustomData for one request, with `fields` as the tag's settings. */
function build(
  parts: RequestParts,
  fields: Record<string, unknown> = {},
  ids: SnapIds = {},
  notes: string[] = [],
) {
  const request = tagRequest({ ...parts, notes });
  return { list: buildCustomData(request, readConfig(fields as never), ids), request };
}

/** The custom_data of an event with default settings, as an object (keys are unique). */
function derived(event: EventData, notes: string[] = []): Record<string, unknown> {
  const { list } = build({ event }, {}, {}, notes);
  return Object.fromEntries(list.map((kv) => [kv.key, kv.value]));
}

describe('items', () => {
  it('keeps items with an item_id, distinct categories and brands in first-seen order', () => {
    expect(
      derived({
        items: [
          { item_id: 'a', item_category: 'x', item_brand: 'B1', price: 2, quantity: 2 },
          { item_id: 'b', item_category: 'x', item_brand: 'B2', price: '3.333' },
          { item_id: 'c', item_category: ' y ', item_brand: 'B1', delivery_category: 'express' },
          { item_name: 'no id', price: 100 },
        ],
      }),
    ).toEqual({
      item_ids: ['a', 'b', 'c'],
      item_category: ['x', 'y'],
      brands: ['B1', 'B2'],
      contents: [
        { id: 'a', quantity: 2, item_price: 2 },
        { id: 'b', quantity: 1, item_price: 3.333 },
        { id: 'c', quantity: 1, delivery_category: 'express' },
      ],
      content_type: 'product',
      price: ['2.00', '3.33'],
      number_items: '4',
    });
  });

  it('sends one category as text', () => {
    expect(derived({ items: [{ item_id: 'a', item_category: 'x' }] }).item_category).toBe('x');
  });

  it(`stops at ${MAX_ITEMS} items but counts them all`, () => {
    const notes: string[] = [];
    const items = Array.from({ length: 250 }, (_, i) => ({ item_id: 'i' + i }));
    const data = derived({ items }, notes);
    expect(data.item_ids).toHaveLength(MAX_ITEMS);
    expect(data.number_items).toBe(String(MAX_ITEMS));
    expect(notes).toEqual(['items: only the first 100 of 250 items with an item_id are sent']);
  });

  it('is empty for anything that is not a list', () => {
    for (const items of ['items', 3, null, { 0: { item_id: 'a' } }]) {
      expect(derived({ items })).toEqual({});
    }
  });
});

describe('small value forms', () => {
  it('currency: three letters, upper-cased', () => {
    expect(currencyOf(' eur ')).toBe('EUR');
    expect(currencyOf('EURO')).toBeUndefined();
    expect(currencyOf('€')).toBeUndefined();
    expect(currencyOf(978)).toBeUndefined();
  });

  it('customer_status from new_customer', () => {
    expect(derived({ new_customer: true }).customer_status).toBe('new');
    expect(derived({ new_customer: 'false' }).customer_status).toBe('returning');
    expect(derived({ new_customer: 1 })).toEqual({});
  });

  it('address: an object or the first of a list', () => {
    expect(derived({ user_data: { address: [{ country: 'NL' }, { country: 'DE' }] } })).toEqual({
      country: 'NL',
    });
    expect(derived({ user_data: { address: { region: 'NH' } } })).toEqual({ region: 'NH' });
    expect(derived({ user_data: 'x' })).toEqual({});
  });
});

describe('applyCustomDataRows', () => {
  // A fresh list: the rows edit the list they are given.
  const base = () => [
    { key: 'currency', value: 'EUR' },
    { key: 'cart_total', value: '1.00' },
  ];

  it('appends and replaces in the list it is given', () => {
    const list = base();
    expect(
      applyCustomDataRows(
        list,
        [
          { key: 'currency', value: 'usd' },
          { key: 'n', value: 3 },
        ],
        () => {},
      ),
    ).toBe(list);
    expect(list).toEqual([
      { key: 'currency', value: 'USD' },
      { key: 'cart_total', value: '1.00' },
      { key: 'n', value: 3 },
    ]);
  });

  it('adds, replaces in place, removes, and reports rows it cannot use', () => {
    const notes: string[] = [];
    expect(
      applyCustomDataRows(
        base(),
        [
          { key: 'description', value: ' Shoes ' },
          { key: 'currency', value: 'USD' },
          { key: 'cart_total', value: '  ' },
          { key: 'missing', value: '' },
          { value: 'no key' },
          { key: 'n', value: 3 },
          { key: 'bad', value: NaN },
          { key: 'list', value: ['a'] },
          { key: 'description', value: 'Boots' },
        ],
        (warning) => notes.push(warning),
      ),
    ).toEqual([
      { key: 'currency', value: 'USD' },
      { key: 'description', value: 'Boots' },
      { key: 'n', value: 3 },
      { key: 'list', value: ['a'] },
    ]);
    expect(notes).toEqual([
      'custom data row 5 has no key and was ignored',
      'custom data "bad" ignored: the value must be a string, number, boolean, list or object',
    ]);
  });
});

describe('description and delivery_method, from the event parameters', () => {
  it.each([
    ['Black running shoes size 43', 'Black running shoes size 43'],
    ['  trimmed \n', 'trimmed'],
  ])('description %p → %p', (description, expected) => {
    expect(derived({ description }).description).toBe(expected);
  });

  it.each([[''], ['  '], [43], [null], [undefined], [['a']], [{ text: 'a' }], [true]])(
    'description %p → none',
    (description) => {
      expect(derived({ description })).toEqual({});
    },
  );

  it('delivery_method lower-cased when it is one of Snap’s three; else dropped with a warning', () => {
    expect(derived({ delivery_method: ' Curbside ' })).toEqual({ delivery_method: 'curbside' });
    const notes: string[] = [];
    expect(derived({ delivery_method: 'drone' }, notes)).toEqual({});
    expect(notes).toEqual([
      'delivery_method "drone" dropped: Snap accepts in_store, curbside or delivery',
    ]);
  });
});

describe('device_model and os_version', () => {
  const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15';
  const IPHONE = { device_model: 'iPhone', os_version: 'iOS 17.5.1' };
  const device = (parts: RequestParts, fields: Record<string, unknown> = {}) => {
    const { list, request } = build(parts, fields);
    return { data: Object.fromEntries(list.map((kv) => [kv.key, kv.value])), reads: request.reads };
  };

  it('read the User-Agent header only when the event has no user_agent', () => {
    const headers = { 'user-agent': 'curl/8.5.0' };
    expect(device({ event: { user_agent: IPHONE_UA }, headers })).toEqual({
      data: IPHONE,
      reads: [],
    });
    expect(device({ event: {}, headers: { 'user-agent': IPHONE_UA } })).toEqual({
      data: IPHONE,
      reads: ['user-agent'],
    });
  });

  it('read no user agent at all when the client hints or the event parameters decide', () => {
    const headers = { 'user-agent': IPHONE_UA };
    const hints = { model: 'Pixel 8', platform: 'Android', platform_version: '14.0.0' };
    expect(device({ event: { client_hints: hints }, headers })).toEqual({
      data: { device_model: 'Pixel 8', os_version: 'Android 14.0.0' },
      reads: [],
    });
    const params = { device_model: 'iPhone 15 Pro', os_version: 'iOS 17.5' };
    expect(device({ event: params, headers })).toEqual({
      data: { device_model: 'iPhone 15 Pro', os_version: 'iOS 17.5' },
      reads: [],
    });
    // One of the two still missing: the user agent is read for it.
    expect(device({ event: { device_model: 'Pixel 8' }, headers }).reads).toEqual(['user-agent']);
  });

  it('are neither read nor sent when sendDeviceInfo is off, even from event parameters', () => {
    const event = { device_model: 'Pixel 8', os_version: 'Android 14', user_agent: IPHONE_UA };
    expect(device({ event }, { sendDeviceInfo: false })).toEqual({ data: {}, reads: [] });
    expect(device({ event }).data).toEqual({ device_model: 'Pixel 8', os_version: 'Android 14' });
  });
});

describe('buildCustomData', () => {
  it('puts the settings keys after the event keys, then the device keys, then the table rows', () => {
    const notes: string[] = [];
    const { list } = build(
      {
        event: {
          value: 5,
          currency: 'usd',
          search_term: 'q',
          description: 'Shoes',
          delivery_method: 'delivery',
          device_model: 'Pixel 8',
          os_version: 'Android 14',
        },
      },
      { eventTag: 'tag', limitedDataUse: true, customData: [{ key: 'extra', value: 'x' }] },
      { scid: 'scid', clickId: 'click' },
      notes,
    );
    expect(list.map((kv) => kv.key)).toEqual([
      'price',
      'currency',
      'cart_total',
      'search_string',
      'event_tag',
      'data_use',
      'uuid_c1',
      'click_id',
      'description',
      'delivery_method',
      'device_model',
      'os_version',
      'extra',
    ]);
    expect(notes).toEqual([]);
  });

  it('is empty for an event with nothing to say', () => {
    expect(build({ event: {} }).list).toEqual([]);
  });
});
