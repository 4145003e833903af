// The GA4 client: every gtag hit parameter it maps into event data, batches, and bad input.
import { eventsFromMpv2 } from '../../runtime/apis/measurement-protocol';
import { eventsFromHit, type Ga4Event, type Hit } from '../../serve/ga4-client';

const BASE = 'v=2&tid=G-TEST&en=purchase';

function hit(query: string, more: Partial<Hit> = {}): Hit {
  return { query, body: '', headers: {}, remoteAddress: '10.0.0.1', ...more };
}

function events(h: Hit): Ga4Event[] {
  const result = eventsFromHit(h);
  if ('error' in result) throw new Error(`unexpected refusal: ${result.error}`);
  return result.events;
}

const only = (query: string, more: Partial<Hit> = {}) => {
  const all = events(hit(query, more));
  expect(all).toHaveLength(1);
  return all[0];
};

describe('query parameters → event data', () => {
  it.each([
    ['en', 'page_view', 'event_name', 'page_view'],
    ['cid', '1234567890.1754906000', 'client_id', '1234567890.1754906000'],
    ['dl', 'https://shop.example/p?a=1', 'page_location', 'https://shop.example/p?a=1'],
    ['dr', 'https://www.google.com/', 'page_referrer', 'https://www.google.com/'],
    ['dt', 'Running shoes', 'page_title', 'Running shoes'],
    ['ul', 'en-us', 'language', 'en-us'],
    ['sr', '1920x1080', 'screen_resolution', '1920x1080'],
    ['uid', 'user-42', 'user_id', 'user-42'],
    ['cu', 'EUR', 'currency', 'EUR'],
    ['sid', '1754906000', 'ga_session_id', '1754906000'],
    ['sct', '3', 'ga_session_number', 3],
    ['_et', '4213', 'engagement_time_msec', 4213],
    ['gcs', 'G111', 'x-ga-gcs', 'G111'],
    ['tid', 'G-ABC123', 'x-ga-measurement_id', 'G-ABC123'],
    ['v', '2', 'x-ga-protocol_version', '2'],
    ['_p', '1754906400123', 'x-ga-page_id', 1754906400123],
    ['_s', '4', 'x-ga-request_count', 4],
    ['gtm', '45je5a', 'x-ga-gtm_version', '45je5a'],
    ['gcd', '13l3l3l3l1', 'x-ga-gcd', '13l3l3l3l1'],
  ])('%s=%s → %s', (param, value, key, expected) => {
    const { eventData } = only(`en=e&${param}=${encodeURIComponent(value)}`);
    expect(eventData[key]).toEqual(expected);
  });

  it('ep.NAME is a string, epn.NAME a number, and value comes from epn.value', () => {
    const { eventData } = only(
      `${BASE}&ep.transaction_id=T-1&ep.count=7&epn.value=139.49&epn.tax=2`,
    );
    expect(eventData).toMatchObject({ transaction_id: 'T-1', count: '7', value: 139.49, tax: 2 });
  });

  it('up.NAME and upn.NAME go under x-ga-mp2-user_properties', () => {
    const { eventData } = only(`${BASE}&up.tier=gold&upn.visits=12`);
    expect(eventData['x-ga-mp2-user_properties']).toEqual({ tier: 'gold', visits: 12 });
  });

  it('an epn or numeric parameter that is not a number is left out, with a note', () => {
    const e = only(`${BASE}&epn.value=abc&sct=x`);
    expect(e.eventData).not.toHaveProperty('value');
    expect(e.eventData).not.toHaveProperty('ga_session_number');
    expect(e.notes).toEqual([
      'epn.value "abc" is not a number, left out',
      'sct "x" is not a number, left out',
    ]);
  });

  it('user_agent comes from the User-Agent header', () => {
    const { eventData } = only(BASE, { headers: { 'user-agent': 'Mozilla/5.0 Test' } });
    expect(eventData.user_agent).toBe('Mozilla/5.0 Test');
  });

  it('ip_override is the first X-Forwarded-For entry, else the socket address', () => {
    const forwarded = only(BASE, { headers: { 'x-forwarded-for': ' 203.0.113.7 , 10.1.1.1' } });
    expect(forwarded.eventData.ip_override).toBe('203.0.113.7');
    expect(only(BASE).eventData.ip_override).toBe('10.0.0.1');
    // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d; the IP is a.b.c.d.
    expect(only(BASE, { remoteAddress: '::ffff:192.0.2.5' }).eventData.ip_override).toBe(
      '192.0.2.5',
    );
    expect(only(BASE, { remoteAddress: '2001:db8::1' }).eventData.ip_override).toBe('2001:db8::1');
  });

  it('a whole purchase hit, key by key (empty parameters and unknown ones are left out)', () => {
    const e = only(
      'v=2&tid=G-T&gtm=45je&_p=17&gcs=G111&cid=1.2&ul=en-us&dr=&en=purchase&_ee=1&_z=x' +
        '&pr1=idsku_1~nmShoes~pr89.99~qt1&epn.value=89.99&cu=EUR',
      { headers: { 'user-agent': 'UA' } },
    );
    expect(e.eventData).toEqual({
      event_name: 'purchase',
      'x-ga-protocol_version': '2',
      'x-ga-measurement_id': 'G-T',
      'x-ga-gtm_version': '45je',
      'x-ga-page_id': 17,
      'x-ga-gcs': 'G111',
      client_id: '1.2',
      language: 'en-us',
      value: 89.99,
      currency: 'EUR',
      items: [{ item_id: 'sku_1', item_name: 'Shoes', price: 89.99, quantity: 1 }],
      user_agent: 'UA',
      ip_override: '10.0.0.1',
    });
    expect(e.notes).toEqual([]);
  });
});

describe('prN → items[N-1]', () => {
  const item = (text: string) => only(`${BASE}&pr1=${encodeURIComponent(text)}`).eventData.items;

  it.each([
    ['id', 'item_id', 'sku_1'],
    ['nm', 'item_name', 'Black shoes'],
    ['br', 'item_brand', 'Nike'],
    ['ca', 'item_category', 'Shoes'],
    ['c2', 'item_category2', 'Running'],
    ['c3', 'item_category3', 'Men'],
    ['c4', 'item_category4', 'Road'],
    ['c5', 'item_category5', 'Sale'],
    ['va', 'item_variant', 'black'],
    ['cp', 'coupon', 'SUMMER'],
    ['af', 'affiliation', 'Online store'],
    ['lo', 'location_id', 'ChIJ123'],
    ['ln', 'item_list_name', 'Related'],
    ['li', 'item_list_id', 'related_1'],
    ['cn', 'creative_name', 'summer_banner'],
    ['cs', 'creative_slot', 'slot_1'],
    ['pi', 'promotion_id', 'P_1'],
    ['pn', 'promotion_name', 'Summer sale'],
  ])('%s → %s (text)', (key, name, value) => {
    expect(item(`idsku_0~${key}${value}`)).toEqual([
      key === 'id' ? { item_id: value } : { item_id: 'sku_0', [name]: value },
    ]);
  });

  it.each([
    ['pr', 'price', '89.99', 89.99],
    ['qt', 'quantity', '2', 2],
    ['ds', 'discount', '5.5', 5.5],
    // lp is the item's position in its list: GA4's index.
    ['lp', 'index', '3', 3],
  ])('%s → %s (number)', (key, name, text, value) => {
    expect(item(`idsku_0~${key}${text}`)).toEqual([{ item_id: 'sku_0', [name]: value }]);
  });

  it('kN/vN pairs are custom item parameters', () => {
    expect(item('idsku_0~k0color~v0red~k1size~v143')).toEqual([
      { item_id: 'sku_0', color: 'red', size: '43' },
    ]);
  });

  it('items are ordered by N and a dropped one leaves no hole', () => {
    const e = only(`${BASE}&pr3=idc&pr1=ida&pr2=garbage`);
    expect(e.eventData.items).toEqual([{ item_id: 'a' }, { item_id: 'c' }]);
    expect(e.notes).toEqual(['pr2 dropped: "garbage" has neither an id nor an nm']);
  });

  it('an item with only a name is kept; pr0, bad numbers, unknown keys and lone kN are reported', () => {
    const e = only(`${BASE}&pr0=idx&pr1=nmSocks~prfree~zzq~k0a`);
    expect(e.eventData.items).toEqual([{ item_name: 'Socks' }]);
    expect(e.notes).toEqual([
      'pr0 dropped: items start at pr1',
      'pr1: pr "free" is not a number, price left out',
      'pr1: unknown item key "zz" ignored',
      'pr1: k0 and v0 come in pairs, custom item parameter left out',
    ]);
  });

  it('undecodable percent-encoding drops the item, never throws', () => {
    const e = only(`${BASE}&pr1=idok&pr2=id%E0%A4%A&ep.x=%ZZ`);
    expect(e.eventData.items).toEqual([{ item_id: 'ok' }]);
    expect(e.eventData).not.toHaveProperty('x');
    expect(e.notes).toEqual([
      'pr2 dropped: its percent-encoding cannot be decoded',
      'ep.x dropped: its percent-encoding cannot be decoded',
    ]);
  });
});

describe('client hints → client_hints', () => {
  it.each([
    ['uaa', 'arm', 'architecture', 'arm'],
    ['uab', '64', 'bitness', '64'],
    ['uamb', '1', 'mobile', true],
    ['uamb', '0', 'mobile', false],
    ['uam', 'Pixel 8', 'model', 'Pixel 8'],
    ['uap', 'Android', 'platform', 'Android'],
    ['uapv', '14.0.0', 'platform_version', '14.0.0'],
    ['uaw', '1', 'wow64', true],
    ['uaw', '0', 'wow64', false],
  ])('%s=%s → %s', (param, value, key, expected) => {
    const { eventData } = only(`${BASE}&${param}=${encodeURIComponent(value)}`);
    expect(eventData.client_hints).toEqual({ [key]: expected });
  });

  it('uafvl → full_version_list of {brand, version}, as gtag encodes it (twice)', () => {
    const { eventData } = only(
      `${BASE}&uafvl=Not%253BA%253DBrand%3B99.0.0.0%7CGoogle%2520Chrome%3B139.0.7258.67`,
    );
    expect(eventData.client_hints).toEqual({
      full_version_list: [
        { brand: 'Not;A=Brand', version: '99.0.0.0' },
        { brand: 'Google Chrome', version: '139.0.7258.67' },
      ],
    });
  });

  it('no ua* parameter, no client_hints', () => {
    expect(only(BASE).eventData).not.toHaveProperty('client_hints');
  });
});

describe('batches and refusals', () => {
  it('a POST body of several lines is one event per line, each over the URL parameters', () => {
    const all = events(
      hit('v=2&tid=G-T&cid=1.2&dl=https%3A%2F%2Fshop.example%2F&en=page_view', {
        body: 'en=view_item&pr1=ida\r\n\nen=add_to_cart&dl=https%3A%2F%2Fshop.example%2Fcart\n',
      }),
    );
    expect(all.map((e) => [e.eventData.event_name, e.eventData.page_location])).toEqual([
      ['view_item', 'https://shop.example/'],
      ['add_to_cart', 'https://shop.example/cart'],
    ]);
    expect(all[0].eventData.items).toEqual([{ item_id: 'a' }]);
    expect(all[1].eventData).not.toHaveProperty('items');
    expect(all[1].params).toEqual({
      v: '2',
      tid: 'G-T',
      cid: '1.2',
      dl: 'https://shop.example/cart',
      en: 'add_to_cart',
    });
  });

  it('a POST with an empty body is the URL’s one event', () => {
    expect(events(hit(BASE, { body: '' })).map((e) => e.eventData.event_name)).toEqual([
      'purchase',
    ]);
  });

  it('a batch of more than 100 events is refused', () => {
    expect(eventsFromHit(hit('v=2', { body: 'en=a\n'.repeat(101) }))).toEqual({
      error: 'the body holds 101 events; a hit carries at most 100',
    });
    expect(events(hit('v=2', { body: 'en=a\n'.repeat(100) }))).toHaveLength(100);
  });

  it('a hit without en is refused with a reason', () => {
    expect(eventsFromHit(hit('v=2&tid=G-T'))).toEqual({
      error: 'the hit has no event name: add the "en" parameter, e.g. en=page_view',
    });
    expect(eventsFromHit(hit('v=2', { body: 'en=a\nep.x=1' }))).toEqual({
      error: 'line 2 of the body has no event name: add the "en" parameter, e.g. en=page_view',
    });
  });
});

describe('one mapping: serve’s GA4 client and extractEventsFromMpv2', () => {
  it('give the same event data for the same hit (serve adds the request’s IP)', () => {
    const query =
      'v=2&tid=G-T&gtm=45je&_p=17&_s=2&gcs=G111&gcd=13l3&cid=1.2&sid=9&sct=3&ul=en-us&uamb=1&uap=Android';
    const body =
      'en=page_view&_et=12\nen=purchase&ep.transaction_id=T1&epn.value=9.5&cu=EUR&up.tier=gold' +
      '&pr1=idSKU1~nmShoe~pr9.5~qt1~lp2~loChIJ1~k0color~v0red&pr2=garbage';
    const served = events(hit(query, { body, headers: { 'user-agent': 'UA/1' } }));
    const extracted = eventsFromMpv2({
      path: '/g/collect',
      method: 'POST',
      query: Object.fromEntries(new URLSearchParams(query)),
      headers: { 'user-agent': 'UA/1' },
      body,
    });
    expect(extracted).toEqual(
      served.map((e) => {
        const { ip_override, ...rest } = e.eventData;
        expect(ip_override).toBe('10.0.0.1');
        return rest;
      }),
    );
    expect(extracted[1].items).toEqual([
      {
        item_id: 'SKU1',
        item_name: 'Shoe',
        price: 9.5,
        quantity: 1,
        index: 2,
        location_id: 'ChIJ1',
        color: 'red',
      },
    ]);
  });
});
