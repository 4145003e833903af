// One gtag item parameter (`pr1=idSKU_1~nmShoes~pr89.99~qt1~k0color~v0red`) → one GA4 `items` entry.
const ITEM_KEYS: Record<string, string> = {
  id: 'item_id',
  nm: 'item_name',
  br: 'item_brand',
  ca: 'item_category',
  c2: 'item_category2',
  c3: 'item_category3',
  c4: 'item_category4',
  c5: 'item_category5',
  va: 'item_variant',
  cp: 'coupon',
  af: 'affiliation',
  lp: 'location_id',
  ln: 'item_list_name',
  li: 'item_list_id',
};

const NUMBER_ITEM_KEYS: Record<string, string> = { pr: 'price', qt: 'quantity', ds: 'discount' };

export type ParsedItem = { item: Record<string, unknown>; notes: string[] } | { dropped: string };

/** `name` is the parameter (`pr2`) for the notes; `text` its decoded value. */
export function parseItem(name: string, text: string): ParsedItem {
  const item: Record<string, unknown> = {};
  const notes: string[] = [];
  const customNames: Record<string, string> = {};
  const customValues: Record<string, string> = {};
  for (const part of text.split('~')) {
    if (part === '') continue;
    const key = part.slice(0, 2);
    const value = part.slice(2);
    if (value === '') continue;
    if (key in ITEM_KEYS) item[ITEM_KEYS[key]] = value;
    else if (key in NUMBER_ITEM_KEYS) {
      const n = Number(value);
      if (Number.isFinite(n)) item[NUMBER_ITEM_KEYS[key]] = n;
      else
        notes.push(`${name}: ${key} "${value}" is not a number, ${NUMBER_ITEM_KEYS[key]} left out`);
    } else if (/^k\d$/.test(key)) customNames[key[1]] = value;
    else if (/^v\d$/.test(key)) customValues[key[1]] = value;
    else notes.push(`${name}: unknown item key "${key}" ignored`);
  }
  // Custom item parameters come in pairs: k0 names the parameter, v0 holds its value.
  for (const n of new Set([...Object.keys(customNames), ...Object.keys(customValues)])) {
    if (n in customNames && n in customValues) item[customNames[n]] = customValues[n];
    else notes.push(`${name}: k${n} and v${n} come in pairs, custom item parameter left out`);
  }
  if (item.item_id === undefined && item.item_name === undefined) {
    return { dropped: `${name} dropped: "${text.slice(0, 60)}" has neither an id nor an nm` };
  }
  return { item, notes };
}
