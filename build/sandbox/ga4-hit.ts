// A gtag.js hit's parameters (`/g/collect`, GA4's Measurement Protocol v2 as the browser sends it) as
// GTM's event data: the one mapping that serve's GA4 client and the runtime's extractEventsFromMpv2 read.
//
// Google does not document the hit format. The event data names are Google's where Google names them:
// [common] common event data, [immutable] the internal parameters page (names and types of x-ga-*),
// [items] the item parameters of GA4's recommended events; [unsure] marks a name or a hit key that only
// published templates or third-party references of recorded hits show. docs/runtime.md, "The GA4
// client's mapping", is this table for users. Never throws: a value that is not what its key needs is
// left out, with a note.

/** Hit parameter → event data key, kept as the string the hit carries. */
const STRING_KEYS: Record<string, string> = {
  en: 'event_name', // [common]
  cid: 'client_id', // [common]
  dl: 'page_location', // [common]
  dr: 'page_referrer', // [common]
  dt: 'page_title', // [common]
  ul: 'language', // [common]
  sr: 'screen_resolution', // [common]
  uid: 'user_id', // [unsure]
  cu: 'currency', // [common]
  sid: 'ga_session_id', // [unsure] a string, as published templates read it
  v: 'x-ga-protocol_version', // [immutable]
  tid: 'x-ga-measurement_id', // [immutable]
  gtm: 'x-ga-gtm_version', // [immutable]
  gcs: 'x-ga-gcs', // [immutable]
  gcd: 'x-ga-gcd', // [immutable]
  seg: 'x-ga-mp2-seg', // [unsure]
};

/** Hit parameter → event data key, as a number. */
const NUMBER_KEYS: Record<string, string> = {
  sct: 'ga_session_number', // [unsure]
  _et: 'engagement_time_msec', // [unsure]
  _p: 'x-ga-page_id', // [immutable] number
  _s: 'x-ga-request_count', // [immutable] number
};

/** [unsure] User-Agent client hints, under client_hints. */
const CLIENT_HINT_KEYS: Record<string, string> = {
  uaa: 'architecture',
  uab: 'bitness',
  uam: 'model',
  uap: 'platform',
  uapv: 'platform_version',
};
const CLIENT_HINT_FLAGS: Record<string, string> = { uamb: 'mobile', uaw: 'wow64' };

export const USER_PROPERTIES = 'x-ga-mp2-user_properties'; // [unsure]

/**
 * An item's two-letter keys (`pr1=idSKU~nmShoe`) → GA4's item parameters [items]. The hit keys are
 * gtag's [unsure]: `lp` is the item's list position (`index`), `lo` its `location_id`, as recorded
 * hits show them.
 */
const ITEM_STRING_KEYS: Record<string, string> = {
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
  ln: 'item_list_name',
  li: 'item_list_id',
  lo: 'location_id',
  cn: 'creative_name',
  cs: 'creative_slot',
  pi: 'promotion_id',
  pn: 'promotion_name',
};
const ITEM_NUMBER_KEYS: Record<string, string> = {
  pr: 'price',
  qt: 'quantity',
  ds: 'discount',
  lp: 'index',
};

export type ParsedItem = { item: Record<string, unknown>; notes: string[] } | { dropped: string };

/** One item parameter's decoded value; `name` (`pr2`) names it in the notes. */
export function ga4Item(name: string, text: string): ParsedItem {
  const item: Record<string, unknown> = {};
  const notes: string[] = [];
  const customNames: Record<string, string> = {};
  const customValues: Record<string, string> = {};
  for (const part of text.split('~')) {
    if (part === '') continue;
    const key = part.slice(0, 2);
    const value = part.slice(2);
    if (value === '') continue;
    if (key in ITEM_STRING_KEYS) item[ITEM_STRING_KEYS[key]] = value;
    else if (key in ITEM_NUMBER_KEYS) {
      const n = Number(value);
      if (Number.isFinite(n)) item[ITEM_NUMBER_KEYS[key]] = n;
      else
        notes.push(`${name}: ${key} "${value}" is not a number, ${ITEM_NUMBER_KEYS[key]} left out`);
    } else if (/^k\d$/.test(key)) customNames[key[1]] = value;
    else if (/^v\d$/.test(key)) customValues[key[1]] = value;
    else notes.push(`${name}: unknown item key "${key}" ignored`);
  }
  // [unsure] Custom item parameters come in pairs: k0 names the parameter, v0 holds its value.
  for (const n of new Set([...Object.keys(customNames), ...Object.keys(customValues)])) {
    if (n in customNames && n in customValues) item[customNames[n]] = customValues[n];
    else notes.push(`${name}: k${n} and v${n} come in pairs, custom item parameter left out`);
  }
  // GA4 requires one of item_id and item_name.
  if (item.item_id === undefined && item.item_name === undefined) {
    return { dropped: `${name} dropped: "${text.slice(0, 60)}" has neither an id nor an nm` };
  }
  return { item, notes };
}

function toNumber(name: string, value: string, notes: string[]): number | undefined {
  const n = Number(value);
  if (Number.isFinite(n)) return n;
  notes.push(`${name} "${value.slice(0, 40)}" is not a number, left out`);
  return undefined;
}

/** `uafvl`: `Brand;version|Brand;version`, each part URI-encoded once more by gtag. */
function fullVersionList(value: string): { brand: string; version: string }[] {
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  };
  return value
    .split('|')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const semi = entry.lastIndexOf(';');
      const brand = semi < 0 ? entry : entry.slice(0, semi);
      const version = semi < 0 ? '' : entry.slice(semi + 1);
      return { brand: decode(brand), version: decode(version) };
    });
}

export interface Ga4EventData {
  eventData: Record<string, unknown>;
  /** What was left out, and why. */
  notes: string[];
}

/**
 * One event's decoded parameters (the URL's, overlaid by its body line's) as event data. Empty values
 * and keys not in the mapping are left out; `event_name` comes first, as GTM's preview lists it. What the
 * request itself gives (user_agent, ip_override) is the caller's to add.
 */
export function ga4EventData(params: ReadonlyMap<string, string>): Ga4EventData {
  const notes: string[] = [];
  const eventData: Record<string, unknown> = {};
  if (params.get('en')) eventData.event_name = params.get('en');
  const items: { n: number; item: Record<string, unknown> }[] = [];
  const hints: Record<string, unknown> = {};
  for (const [name, value] of params) {
    if (value === '') continue;
    const prefix = name.slice(0, name.indexOf('.') + 1);
    const rest = name.slice(prefix.length);
    const item = /^pr(\d+)$/.exec(name);
    if (name in STRING_KEYS) eventData[STRING_KEYS[name]] = value;
    else if (name in NUMBER_KEYS) {
      const n = toNumber(name, value, notes);
      if (n !== undefined) eventData[NUMBER_KEYS[name]] = n;
    } else if (prefix === 'ep.' && rest) eventData[rest] = value;
    else if (prefix === 'epn.' && rest) {
      const n = toNumber(name, value, notes);
      if (n !== undefined) eventData[rest] = n;
    } else if ((prefix === 'up.' || prefix === 'upn.') && rest) {
      const n = prefix === 'upn.' ? toNumber(name, value, notes) : value;
      if (n === undefined) continue;
      const props = (eventData[USER_PROPERTIES] ??= {}) as Record<string, unknown>;
      props[rest] = n;
    } else if (item) {
      const n = Number(item[1]);
      const parsed =
        n >= 1 ? ga4Item(name, value) : { dropped: `${name} dropped: items start at pr1` };
      if ('dropped' in parsed) notes.push(parsed.dropped);
      else {
        notes.push(...parsed.notes);
        items.push({ n, item: parsed.item });
      }
    } else if (name in CLIENT_HINT_KEYS) hints[CLIENT_HINT_KEYS[name]] = value;
    else if (name in CLIENT_HINT_FLAGS) hints[CLIENT_HINT_FLAGS[name]] = value === '1';
    else if (name === 'uafvl') hints.full_version_list = fullVersionList(value);
  }
  if (items.length) eventData.items = items.sort((a, b) => a.n - b.n).map((i) => i.item);
  if (Object.keys(hints).length) eventData.client_hints = hints;
  return { eventData, notes };
}
