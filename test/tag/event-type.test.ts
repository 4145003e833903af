import {
  asSnapEventType,
  normaliseEventName,
  resolveEventType,
} from '../../template-src/tag/event-type';
import type { EventTypeSettings } from '../../template-src/tag/event-type';
import {
  BUILT_IN_EVENT_TYPES,
  CUSTOM_EVENT_TYPES,
  SNAP_EVENT_TYPES,
} from '../../template-src/tag/rules';

const auto: EventTypeSettings = {
  eventTypeMode: 'auto',
  fixedEventType: 'PURCHASE',
  overrides: [],
  unmappedEvents: 'skip',
};

describe('the built-in map', () => {
  it('is exactly the 22 pairs of issue 3', () => {
    expect(Object.entries(BUILT_IN_EVENT_TYPES).map(([ga4, snap]) => ga4 + '→' + snap)).toEqual([
      'page_view→PAGE_VIEW',
      'view_item→VIEW_CONTENT',
      'view_item_list→LIST_VIEW',
      'search→SEARCH',
      'view_search_results→SEARCH',
      'add_to_cart→ADD_CART',
      'add_to_wishlist→ADD_TO_WISHLIST',
      'begin_checkout→START_CHECKOUT',
      'add_payment_info→ADD_BILLING',
      'purchase→PURCHASE',
      'sign_up→SIGN_UP',
      'generate_lead→SIGN_UP',
      'login→LOGIN',
      'tutorial_complete→COMPLETE_TUTORIAL',
      'level_end→LEVEL_COMPLETE',
      'unlock_achievement→ACHIEVEMENT_UNLOCKED',
      'spend_virtual_currency→SPENT_CREDITS',
      'share→SHARE',
      'view_promotion→AD_VIEW',
      'select_promotion→AD_CLICK',
      'start_trial→START_TRIAL',
      'subscribe→SUBSCRIBE',
    ]);
  });

  it('maps only to Snap web event types', () => {
    for (const snap of Object.values(BUILT_IN_EVENT_TYPES))
      expect(SNAP_EVENT_TYPES).toContain(snap);
  });

  it('has no mobile-app event types (the adapter takes web events only)', () => {
    expect(SNAP_EVENT_TYPES).not.toContain('APP_INSTALL');
    expect(SNAP_EVENT_TYPES).not.toContain('APP_OPEN');
    expect(SNAP_EVENT_TYPES).toHaveLength(29);
  });

  it('offers CUSTOM_EVENT_1..5 for unmapped events', () => {
    expect(CUSTOM_EVENT_TYPES).toEqual([
      'CUSTOM_EVENT_1',
      'CUSTOM_EVENT_2',
      'CUSTOM_EVENT_3',
      'CUSTOM_EVENT_4',
      'CUSTOM_EVENT_5',
    ]);
  });

  it('does not answer for prototype names', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(resolveEventType(name, auto).eventType).toBeUndefined();
    }
  });
});

describe('resolveEventType', () => {
  it('matches names trimmed and lower-cased', () => {
    expect(normaliseEventName('  Add_To_Cart ')).toBe('add_to_cart');
    expect(resolveEventType('  Add_To_Cart ', auto)).toEqual({ eventType: 'ADD_CART' });
  });

  it('lets an override win over the built-in map; the first row for a name wins', () => {
    const settings = {
      ...auto,
      overrides: [
        { ga4Event: 'purchase', snapEvent: 'CUSTOM_EVENT_1' },
        { ga4Event: 'purchase', snapEvent: 'LOGIN' },
      ],
    };
    expect(resolveEventType('PURCHASE', settings)).toEqual({ eventType: 'CUSTOM_EVENT_1' });
  });

  it('keeps a name that already is a Snap event type', () => {
    expect(resolveEventType('ad_click', auto)).toEqual({ eventType: 'AD_CLICK' });
    expect(resolveEventType('CUSTOM_EVENT_5', auto)).toEqual({ eventType: 'CUSTOM_EVENT_5' });
  });

  it('skips unmapped events with an actionable reason', () => {
    expect(resolveEventType('scroll', auto)).toEqual({
      eventType: undefined,
      reason:
        'the GA4 event "scroll" has no Snap event type: add a row to "Event type overrides" or send unmapped events as a custom event',
    });
    expect(resolveEventType(42, auto)).toEqual({
      eventType: undefined,
      reason:
        'an event without an event_name has no Snap event type: add a row to "Event type overrides" or send unmapped events as a custom event',
    });
  });

  it('sends unmapped events as the chosen custom event', () => {
    expect(resolveEventType('scroll', { ...auto, unmappedEvents: 'CUSTOM_EVENT_3' })).toEqual({
      eventType: 'CUSTOM_EVENT_3',
    });
  });

  it('uses the fixed type whatever the name, and refuses a type Snap does not have', () => {
    const fixed: EventTypeSettings = { ...auto, eventTypeMode: 'fixed', fixedEventType: 'LOGIN' };
    expect(resolveEventType('purchase', fixed)).toEqual({ eventType: 'LOGIN' });
    expect(resolveEventType('purchase', { ...fixed, fixedEventType: 'APP_OPEN' })).toEqual({
      eventType: undefined,
      reason:
        'the fixed event type "APP_OPEN" is not a Snap event type: pick one from the "Fixed Snap event type" list',
    });
  });

  it('recognises Snap types case-insensitively', () => {
    expect(asSnapEventType(' purchase ')).toBe('PURCHASE');
    expect(asSnapEventType('PURCHASES')).toBeUndefined();
    expect(asSnapEventType(1)).toBeUndefined();
  });
});
