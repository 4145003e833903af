// Snap's web event vocabulary and the built-in GA4 → Snap map. Pure data with no 'sgtm' import, so the
// Node-side template definition can build its SELECT items from the same list the sandbox code checks.

/**
 * Every Snap event type the adapter can receive from a web page. APP_INSTALL and APP_OPEN are left out on
 * purpose: LiveRamp's CAPI program "cannot be used for mobile app events" (the seed document).
 */
export const SNAP_EVENT_TYPES: readonly string[] = [
  'PAGE_VIEW',
  'VIEW_CONTENT',
  'LIST_VIEW',
  'SEARCH',
  'ADD_CART',
  'ADD_TO_WISHLIST',
  'START_CHECKOUT',
  'ADD_BILLING',
  'PURCHASE',
  'SIGN_UP',
  'LOGIN',
  'SUBSCRIBE',
  'START_TRIAL',
  'SAVE',
  'SHARE',
  'INVITE',
  'RATE',
  'RESERVE',
  'AD_CLICK',
  'AD_VIEW',
  'COMPLETE_TUTORIAL',
  'LEVEL_COMPLETE',
  'ACHIEVEMENT_UNLOCKED',
  'SPENT_CREDITS',
  'CUSTOM_EVENT_1',
  'CUSTOM_EVENT_2',
  'CUSTOM_EVENT_3',
  'CUSTOM_EVENT_4',
  'CUSTOM_EVENT_5',
];

/** The custom event types an unmapped GA4 event may be sent as. */
export const CUSTOM_EVENT_TYPES: readonly string[] = [
  'CUSTOM_EVENT_1',
  'CUSTOM_EVENT_2',
  'CUSTOM_EVENT_3',
  'CUSTOM_EVENT_4',
  'CUSTOM_EVENT_5',
];

/** GA4 event name → Snap event type, as rows so that lookups never touch an object's prototype. */
export const BUILT_IN_EVENT_MAP: readonly (readonly [string, string])[] = [
  ['page_view', 'PAGE_VIEW'],
  ['view_item', 'VIEW_CONTENT'],
  ['view_item_list', 'LIST_VIEW'],
  ['search', 'SEARCH'],
  ['view_search_results', 'SEARCH'],
  ['add_to_cart', 'ADD_CART'],
  ['add_to_wishlist', 'ADD_TO_WISHLIST'],
  ['begin_checkout', 'START_CHECKOUT'],
  ['add_payment_info', 'ADD_BILLING'],
  ['purchase', 'PURCHASE'],
  ['sign_up', 'SIGN_UP'],
  ['generate_lead', 'SIGN_UP'],
  ['login', 'LOGIN'],
  ['tutorial_complete', 'COMPLETE_TUTORIAL'],
  ['level_end', 'LEVEL_COMPLETE'],
  ['unlock_achievement', 'ACHIEVEMENT_UNLOCKED'],
  ['spend_virtual_currency', 'SPENT_CREDITS'],
  ['share', 'SHARE'],
  ['view_promotion', 'AD_VIEW'],
  ['select_promotion', 'AD_CLICK'],
  ['start_trial', 'START_TRIAL'],
  ['subscribe', 'SUBSCRIBE'],
];

/** Human labels for the UI (Node side only uses them; harmless in the sandbox bundle when tree-shaken). */
export function snapEventLabel(type: string): string {
  const words = type.toLowerCase().split('_');
  const out: string[] = [];
  for (const w of words) {
    out.push(w.charAt(0).toUpperCase() + w.slice(1));
  }
  return out.join(' ');
}
