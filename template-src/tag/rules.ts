// The one home of the tag's rules.
// IDs, URLs, Snap's events, field defaults and limits, as data.
// No 'sgtm' import: the UI fields (fields.ts) and the permissions (template.ts) are built from the same
// values in Node, so the sandboxed code, the UI and the permissions cannot disagree.

/** An ATS Configuration ID (also a refresh placement ID): it goes into a URL path, so its shape is enforced. */
export const CONFIG_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$';

/** LiveRamp's CAPI adapter; the ATS Configuration ID is appended. */
export const ADAPTER_URL = 'https://capi.analytics.rlcdn.com/send-events/';

/** LiveRamp's envelope refresh API; the query (`?pid=…&it=19&iv=…`) is appended. */
export const REFRESH_URL = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';

/** The cookies the template may read; only a custom envelope cookie name needs a permission edit. */
export const READABLE_COOKIES = ['_lr_env', '_scid', '_scclid'];

/** The request headers the tag reads: the read_request permission lists exactly these. */
export const REQUEST_HEADERS = ['referer', 'sec-gpc', 'dnt', 'user-agent'] as const;
export type RequestHeader = (typeof REQUEST_HEADERS)[number];

/**
 * Snap's web event types. APP_INSTALL and APP_OPEN are left out on purpose: LiveRamp's CAPI program
 * "cannot be used for mobile app events" (the seed document).
 */
export const SNAP_EVENT_TYPES = (
  'PAGE_VIEW VIEW_CONTENT LIST_VIEW SEARCH ADD_CART ADD_TO_WISHLIST START_CHECKOUT ADD_BILLING ' +
  'PURCHASE SIGN_UP LOGIN SUBSCRIBE START_TRIAL SAVE SHARE INVITE RATE RESERVE AD_CLICK AD_VIEW ' +
  'COMPLETE_TUTORIAL LEVEL_COMPLETE ACHIEVEMENT_UNLOCKED SPENT_CREDITS ' +
  'CUSTOM_EVENT_1 CUSTOM_EVENT_2 CUSTOM_EVENT_3 CUSTOM_EVENT_4 CUSTOM_EVENT_5'
).split(' ');

/** The types an unmapped GA4 event may be sent as. */
export const CUSTOM_EVENT_TYPES = SNAP_EVENT_TYPES.slice(SNAP_EVENT_TYPES.length - 5);

/** The built-in GA4 → Snap map (read with hasOwnProperty, so no inherited member can match). */
export const BUILT_IN_EVENT_TYPES: { [ga4Event: string]: string } = {
  page_view: 'PAGE_VIEW',
  view_item: 'VIEW_CONTENT',
  view_item_list: 'LIST_VIEW',
  search: 'SEARCH',
  view_search_results: 'SEARCH',
  add_to_cart: 'ADD_CART',
  add_to_wishlist: 'ADD_TO_WISHLIST',
  begin_checkout: 'START_CHECKOUT',
  add_payment_info: 'ADD_BILLING',
  purchase: 'PURCHASE',
  sign_up: 'SIGN_UP',
  generate_lead: 'SIGN_UP',
  login: 'LOGIN',
  tutorial_complete: 'COMPLETE_TUTORIAL',
  level_end: 'LEVEL_COMPLETE',
  unlock_achievement: 'ACHIEVEMENT_UNLOCKED',
  spend_virtual_currency: 'SPENT_CREDITS',
  share: 'SHARE',
  view_promotion: 'AD_VIEW',
  select_promotion: 'AD_CLICK',
  start_trial: 'START_TRIAL',
  subscribe: 'SUBSCRIBE',
};

/**
 * What a new tag holds in GTM, and what the code falls back to when a value is unusable. The type of
 * a default is the field's type: checkboxes are booleans, number fields numbers, the rest text.
 */
export const DEFAULTS = {
  eventTypeMode: 'auto',
  fixedEventType: 'PURCHASE',
  unmappedEvents: 'skip',
  envelopeSource: 'cookie',
  envelopeCookieName: '_lr_env',
  envelopeMaxAgeDays: 30,
  requireIdentity: true,
  refreshEnvelope: true,
  placementId: '',
  refreshAfterMinutes: 30,
  refreshConsentType: 'none',
  refreshConsentString: '',
  gppString: '',
  gppSid: '',
  refreshTimeoutMs: 2000,
  cookieDomain: 'auto',
  cookieLifetimeDays: 30,
  sendSnapIds: true,
  sendDeviceInfo: true,
  snapIdPlacement: 'custom_data',
  eventIdOverride: '',
  eventSourceUrlOverride: '',
  eventTag: '',
  consentMode: 'respect',
  limitedDataUse: false,
  timeoutMs: 5000,
  dryRun: false,
  logging: 'debug',
} as const;

/** The fields whose value must be one of a list (selects and radios). */
export const CHOICES = {
  eventTypeMode: ['auto', 'fixed'],
  unmappedEvents: ['skip'].concat(CUSTOM_EVENT_TYPES),
  envelopeSource: ['cookie', 'value'],
  refreshConsentType: ['none', 'tcf', 'ccpa', 'gpp'],
  snapIdPlacement: ['custom_data', 'user_data'],
  consentMode: ['respect', 'ignore'],
  logging: ['debug', 'always', 'never'],
} as const;

/**
 * Number fields are clamped into these ranges; any other number field only refuses negatives. A
 * 0-minute interval would refresh on every event; the refresh delays the send, so its timeout stays
 * inside the sandbox's 5-second promise limit; browsers cap cookie lifetimes at 400 days.
 */
export const LIMITS: { [field: string]: [number, number] } = {
  timeoutMs: [100, 15000],
  refreshAfterMinutes: [1, 43200],
  refreshTimeoutMs: [100, 5000],
  cookieLifetimeDays: [1, 400],
};
