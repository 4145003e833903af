import { applyCustomDataRows } from '../../template-src/tag/custom-data-forms';

/** One "Custom data" table row applied to an empty list: the list it gives and the warnings. */
function row(key: string, value: unknown) {
  const notes: string[] = [];
  return {
    list: applyCustomDataRows([], [{ key, value }], (warning) => notes.push(warning)),
    notes,
  };
}

describe('a custom data row takes the form of its key', () => {
  it.each([
    ['item_ids', 'SKU-1', ['SKU-1']],
    ['item_ids', ['a', 7], ['a', '7']],
    ['item_category', ' shoes ', 'shoes'],
    ['item_category', ['a', 'b'], ['a', 'b']],
    ['brands', 'Acme', ['Acme']],
    [
      'contents',
      [{ id: 'a', quantity: '2', item_price: 3 }, { id: 5 }],
      [{ id: 'a', quantity: 2, item_price: 3 }, { id: '5' }],
    ],
    ['price', '12.5', ['12.50']],
    ['price', [1, '2.345'], ['1.00', '2.35']],
    ['currency', 'eur', 'EUR'],
    ['number_items', '3', '3'],
    ['number_items', [2], [2]],
    ['cart_total', 12.5, '12.50'],
    ['level', '4', 4],
    ['level', 'boss', 'boss'],
    ['predicted_ltv', '420.5', 420.5],
    ['customer_status', 'new', 'new'],
    ['data_use', 'lmu', ['lmu']],
    ['click_id', 12345, '12345'],
    ['description', 12, '12'],
    ['my_list', { any: ['thing'] }, { any: ['thing'] }],
    ['my_key', true, true],
  ])('%s = %p → %p', (key, value, expected) => {
    expect(row(key, value)).toEqual({ list: [{ key, value: expected }], notes: [] });
  });

  it.each([
    ['item_ids', [{}], 'a list of item IDs'],
    ['item_ids', [], 'a list of item IDs'],
    [
      'contents',
      'x',
      'a list of {id, quantity, item_price, delivery_category} objects (from a variable)',
    ],
    [
      'contents',
      [{ id: 'a', colour: 'red' }],
      'a list of {id, quantity, item_price, delivery_category} objects (from a variable)',
    ],
    [
      'contents',
      [{ id: 'a', quantity: 0 }],
      'a list of {id, quantity, item_price, delivery_category} objects (from a variable)',
    ],
    ['price', 'free', 'a price or a list of prices, e.g. 49.5'],
    ['currency', 'euro', 'a three-letter currency code, e.g. EUR'],
    ['number_items', '-1', 'a number of items, e.g. 2'],
    ['cart_total', [1], 'an amount, e.g. 49.5'],
    ['customer_status', 'vip', '"new" or "returning"'],
    ['data_use', ['ldu'], '"lmu" (Limited Data Use)'],
    ['country', { code: 'NL' }, 'text'],
    ['description', {}, 'text'],
    ['delivery_method', ['a'], 'text'],
  ])('%s = %p is refused: %s', (key, value, expected) => {
    expect(row(key, value)).toEqual({
      list: [],
      notes: [`custom data "${key}" ignored: the value must be ${expected}`],
    });
  });
});
