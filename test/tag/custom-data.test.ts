import {
  MAX_ITEMS,
  addressOf,
  applyCustomDataRows,
  buildCustomData,
  currencyOf,
  customerStatusOf,
  summariseItems,
} from '../../template-src/tag/custom-data';

describe('summariseItems', () => {
  it('keeps items with an item_id, distinct categories and brands in first-seen order', () => {
    expect(
      summariseItems([
        { item_id: 'a', item_category: 'x', item_brand: 'B1', price: 2, quantity: 2 },
        { item_id: 'b', item_category: 'x', item_brand: 'B2', price: '3.333' },
        { item_id: 'c', item_category: ' y ', item_brand: 'B1', delivery_category: 'express' },
        { item_name: 'no id', price: 100 },
      ]),
    ).toEqual({
      ids: ['a', 'b', 'c'],
      categories: ['x', 'y'],
      brands: ['B1', 'B2'],
      contents: [
        { id: 'a', quantity: 2, item_price: 2 },
        { id: 'b', quantity: 1, item_price: 3.333 },
        { id: 'c', quantity: 1, delivery_category: 'express' },
      ],
      prices: ['2.00', '3.33'],
      totalQuantity: 4,
      count: 3,
    });
  });

  it(`stops at ${MAX_ITEMS} items but counts them all`, () => {
    const items = Array.from({ length: 250 }, (_, i) => ({ item_id: 'i' + i }));
    const summary = summariseItems(items);
    expect(summary.ids).toHaveLength(MAX_ITEMS);
    expect(summary.count).toBe(250);
    expect(summary.totalQuantity).toBe(MAX_ITEMS);
  });

  it('is empty for anything that is not a list', () => {
    for (const v of ['items', 3, null, { 0: { item_id: 'a' } }]) {
      expect(summariseItems(v).ids).toEqual([]);
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
    expect(customerStatusOf(true)).toBe('new');
    expect(customerStatusOf('false')).toBe('returning');
    expect(customerStatusOf(1)).toBeUndefined();
  });

  it('address: an object or the first of a list', () => {
    expect(addressOf({ user_data: { address: [{ country: 'NL' }, { country: 'DE' }] } })).toEqual({
      country: 'NL',
    });
    expect(addressOf({ user_data: { address: { region: 'NH' } } })).toEqual({ region: 'NH' });
    expect(addressOf({ user_data: 'x' })).toBeUndefined();
  });
});

describe('applyCustomDataRows', () => {
  const base = [
    { key: 'currency', value: 'EUR' },
    { key: 'cart_total', value: '1.00' },
  ];

  it('adds, replaces in place, removes, and reports rows it cannot use', () => {
    const notes: string[] = [];
    expect(
      applyCustomDataRows(
        base,
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
        notes,
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
    expect(base).toHaveLength(2);
  });
});

describe('buildCustomData', () => {
  it('puts the settings keys after the event keys and before the table rows', () => {
    const notes: string[] = [];
    const list = buildCustomData(
      { value: 5, currency: 'usd', search_term: 'q' },
      {
        eventTag: 'tag',
        limitedDataUse: true,
        uuidC1: 'scid',
        clickId: 'click',
        rows: [{ key: 'extra', value: 'x' }],
      },
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
      'extra',
    ]);
    expect(notes).toEqual([]);
  });

  it('is empty for an event with nothing to say', () => {
    expect(buildCustomData({}, { limitedDataUse: false, rows: [] }, [])).toEqual([]);
  });
});
