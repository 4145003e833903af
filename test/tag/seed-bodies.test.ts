// How close the tag comes to LiveRamp's four example bodies (test/fixtures/seed), through the fixtures
// that model them (test/fixtures/tag/seed-*.json, whose expected bodies the other tests check).
import * as fs from 'fs';
import * as path from 'path';

type Body = {
  events: (Record<string, unknown> & { custom_data?: { key: string; value: unknown }[] })[];
};

const read = (...parts: string[]) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', ...parts), 'utf8'));
const seed = (name: string): Body => read('seed', name + '.json');
const ours = (name: string): Body => read('tag', name + '.json').expect.request.body;
const customData = (body: Body) =>
  Object.fromEntries((body.events[0].custom_data ?? []).map((kv) => [kv.key, kv.value]));

describe('the seed bodies', () => {
  it('page view: identical', () => {
    expect(ours('seed-3-page-view')).toEqual(seed('seed-3-page-view'));
  });

  it('checkout: identical', () => {
    expect(ours('seed-4-start-checkout')).toEqual(seed('seed-4-start-checkout'));
  });

  it('add to cart: the same keys and values; only the order of two keys differs', () => {
    const a = ours('seed-2-add-cart');
    const b = seed('seed-2-add-cart');
    expect({ ...a.events[0], custom_data: undefined }).toEqual({
      ...b.events[0],
      custom_data: undefined,
    });
    expect(customData(a)).toEqual(customData(b));
    expect(a.events[0].custom_data!.map((kv) => kv.key)).toEqual([
      'item_ids',
      'item_category',
      'price',
      'currency',
      'number_items',
    ]);
  });

  it('purchase: the same event and keys, except the documented value forms and cart_total', () => {
    const a = ours('seed-1-purchase');
    const b = seed('seed-1-purchase');
    expect({ ...a.events[0], custom_data: undefined }).toEqual({
      ...b.events[0],
      custom_data: undefined,
    });
    const mine = customData(a);
    const theirs = customData(b);
    expect(mine).toEqual({
      ...theirs,
      price: ['89.99', '49.50'],
      number_items: '2',
      cart_total: '139.49',
    });
    expect(theirs.price).toEqual([89.99]);
    expect(theirs.number_items).toEqual([2]);
  });
});
