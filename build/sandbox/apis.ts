// The server sandbox's APIs, by require() name: the one list that the runtime (its API objects, its
// permission checks, the stubs of the APIs that need a Google service), the permission derivation
// (build), the checker (check) and the 'sgtm' typings (a test compares types/sgtm.d.ts with it) follow.
//
// Source: Google's "Server-side tagging APIs" reference (developers.google.com/tag-platform/
// tag-manager/server-side/api), each API's "Associated permissions"; the settings each permission
// carries are those GTM's editor writes into published templates' ___SERVER_PERMISSIONS___ [seen].
// Adding an API: one entry here, plus its emulation in runtime/apis/ (docs/toolchain.md).

/** GTM's server permissions, by publicId. */
export type PermissionId =
  | 'access_bigquery'
  | 'access_firestore'
  | 'access_response'
  | 'access_template_storage'
  | 'get_cookies'
  | 'logging'
  | 'read_container_data'
  | 'read_event_data'
  | 'read_event_metadata'
  | 'read_request'
  | 'return_response'
  | 'run_container'
  | 'send_http'
  | 'send_pixel_from_browser'
  | 'set_cookies'
  | 'use_custom_private_keys'
  | 'use_google_credentials'
  | 'use_message';

/**
 * A setting of the API's permission that a call needs (the scope key that configures it is in
 * permissions/needs.ts). An API with a permission and no needs is allowed by the permission alone.
 */
export type Need =
  | 'sendHttp'
  | 'sendPixel'
  | 'readCookies'
  | 'setCookies'
  | 'requestHeaders'
  | 'queryParameter'
  | 'queryParametersAll'
  | 'requestPath'
  | 'requestBody'
  | 'remoteAddress'
  | 'eventDataKey'
  | 'eventDataAll'
  | 'logging'
  | 'googleAuthScopes'
  | 'bigQuery'
  | 'firestore'
  | 'privateKeys'
  | 'responseStatus'
  | 'responseHeaders'
  | 'responseBody'
  | 'messageSend'
  | 'messageListen';

/** What an argument the permission judges is: a URL, a cookie name, a key path... */
export type ArgumentKind =
  | 'url'
  | 'pixelUrl'
  | 'cookieName'
  | 'cookieToSet'
  | 'requestHeader'
  | 'queryParameter'
  | 'eventDataKey'
  | 'keyId'
  | 'messageType'
  | 'responseHeader';

/**
 * How the runtime provides the API: 'pure' (the same in every execution), 'execution' (bound to
 * one execution's request, event, clock...), 'google' (needs a Google service: it works when a test
 * mocks it, and otherwise fails with one line saying so).
 */
export type Emulation = 'pure' | 'execution' | 'google';

export interface SandboxApi {
  readonly permission?: PermissionId;
  readonly needs?: readonly Need[];
  /** The argument the permission judges (0-based), when it can be known before the code runs. */
  readonly checked?: { readonly argument: number; readonly kind: ArgumentKind };
  /** For APIs that are objects: their methods. */
  readonly methods?: readonly string[];
  readonly emulation: Emulation;
}

const pure: SandboxApi = { emulation: 'pure' };
const free: SandboxApi = { emulation: 'execution' };

export const SANDBOX_APIS = {
  // Data and utilities that need no permission.
  JSON: { ...pure, methods: ['parse', 'stringify'] },
  Math: {
    ...pure,
    methods: ['abs', 'ceil', 'floor', 'max', 'min', 'pow', 'round', 'sqrt'],
  },
  Object: { ...pure, methods: ['keys', 'values', 'entries', 'freeze', 'delete'] },
  Promise: { emulation: 'execution', methods: ['create', 'all'] },
  callLater: free,
  computeEffectiveTldPlusOne: pure,
  createRegex: free,
  decodeUri: pure,
  decodeUriComponent: pure,
  encodeUri: pure,
  encodeUriComponent: pure,
  fromBase64: pure,
  generateRandom: free,
  getTimestamp: free,
  getTimestampMillis: free,
  getType: pure,
  makeInteger: pure,
  makeNumber: pure,
  makeString: pure,
  makeTableMap: pure,
  parseUrl: pure,
  queryPermission: free,
  sha256: free,
  sha256Sync: pure,
  testRegex: pure,
  toBase64: pure,
  // [doc] "Associated permissions: None."
  claimRequest: free,
  // [doc] None: the two tests read only the request's path and protocol version.
  isRequestMpv1: free,
  isRequestMpv2: free,
  // [unsure] The reference names no permission for it; it is a Google service here anyway.
  sendEventToGoogleAnalytics: { emulation: 'google' },

  // The event.
  getAllEventData: {
    emulation: 'execution',
    permission: 'read_event_data',
    needs: ['eventDataAll'],
  },
  getEventData: {
    emulation: 'execution',
    permission: 'read_event_data',
    needs: ['eventDataKey'],
    checked: { argument: 0, kind: 'eventDataKey' },
  },
  addEventCallback: { emulation: 'execution', permission: 'read_event_metadata' },

  // The request.
  getCookieValues: {
    emulation: 'execution',
    permission: 'get_cookies',
    needs: ['readCookies'],
    checked: { argument: 0, kind: 'cookieName' },
  },
  getRequestHeader: {
    emulation: 'execution',
    permission: 'read_request',
    needs: ['requestHeaders'],
    checked: { argument: 0, kind: 'requestHeader' },
  },
  getRequestQueryParameter: {
    emulation: 'execution',
    permission: 'read_request',
    needs: ['queryParameter'],
    checked: { argument: 0, kind: 'queryParameter' },
  },
  getRequestQueryParameters: {
    emulation: 'execution',
    permission: 'read_request',
    needs: ['queryParametersAll'],
  },
  getRequestQueryString: {
    emulation: 'execution',
    permission: 'read_request',
    needs: ['queryParametersAll'],
  },
  getRequestPath: { emulation: 'execution', permission: 'read_request', needs: ['requestPath'] },
  getRequestBody: { emulation: 'execution', permission: 'read_request', needs: ['requestBody'] },
  getRemoteAddress: {
    emulation: 'execution',
    permission: 'read_request',
    needs: ['remoteAddress'],
  },
  // [unsure] No read_request setting covers the method in any export seen: the permission alone.
  getRequestMethod: { emulation: 'execution', permission: 'read_request' },
  // [doc] read_request "configured to permit access to at least: body, query parameters".
  extractEventsFromMpv1: {
    emulation: 'execution',
    permission: 'read_request',
    needs: ['requestBody', 'queryParametersAll'],
  },
  extractEventsFromMpv2: {
    emulation: 'execution',
    permission: 'read_request',
    needs: ['requestBody', 'queryParametersAll'],
  },

  // The response (client templates).
  setCookie: {
    emulation: 'execution',
    permission: 'set_cookies',
    needs: ['setCookies'],
    checked: { argument: 0, kind: 'cookieToSet' },
  },
  setResponseStatus: {
    emulation: 'execution',
    permission: 'access_response',
    needs: ['responseStatus'],
  },
  setResponseHeader: {
    emulation: 'execution',
    permission: 'access_response',
    needs: ['responseHeaders'],
    checked: { argument: 0, kind: 'responseHeader' },
  },
  setResponseBody: {
    emulation: 'execution',
    permission: 'access_response',
    needs: ['responseBody'],
  },
  // [unsure] It writes status, headers and body: every write setting.
  setPixelResponse: {
    emulation: 'execution',
    permission: 'access_response',
    needs: ['responseStatus', 'responseHeaders', 'responseBody'],
  },
  returnResponse: { emulation: 'execution', permission: 'return_response' },
  runContainer: { emulation: 'execution', permission: 'run_container' },
  getClientName: { emulation: 'execution', permission: 'read_container_data' },
  getContainerVersion: { emulation: 'execution', permission: 'read_container_data' },

  // Outgoing requests.
  sendHttpRequest: {
    emulation: 'execution',
    permission: 'send_http',
    needs: ['sendHttp'],
    checked: { argument: 0, kind: 'url' },
  },
  sendHttpGet: {
    emulation: 'execution',
    permission: 'send_http',
    needs: ['sendHttp'],
    checked: { argument: 0, kind: 'url' },
  },
  sendPixelFromBrowser: {
    emulation: 'execution',
    permission: 'send_pixel_from_browser',
    needs: ['sendPixel'],
    checked: { argument: 0, kind: 'pixelUrl' },
  },
  // [seen] Templates that call it declare send_http with "allowGoogleDomains".
  getGoogleScript: { emulation: 'google', permission: 'send_http', needs: ['sendHttp'] },

  // Messages between the tags and the client of one event.
  addMessageListener: {
    emulation: 'execution',
    permission: 'use_message',
    needs: ['messageListen'],
    checked: { argument: 0, kind: 'messageType' },
  },
  // [unsure] Checked as listening, like addMessageListener.
  hasMessageListener: {
    emulation: 'execution',
    permission: 'use_message',
    needs: ['messageListen'],
    checked: { argument: 0, kind: 'messageType' },
  },
  sendMessage: {
    emulation: 'execution',
    permission: 'use_message',
    needs: ['messageSend'],
    checked: { argument: 0, kind: 'messageType' },
  },

  // The container and its storage.
  logToConsole: { emulation: 'execution', permission: 'logging', needs: ['logging'] },
  templateDataStorage: {
    emulation: 'execution',
    permission: 'access_template_storage',
    methods: ['getItemCopy', 'setItemCopy', 'removeItem', 'clear'],
  },
  hmacSha256: {
    emulation: 'execution',
    permission: 'use_custom_private_keys',
    needs: ['privateKeys'],
    checked: { argument: 1, kind: 'keyId' },
  },

  // Google Cloud.
  // [seen] Google's own published templates call it unmocked in their tests, which pass in GTM: it
  // makes a credential without reaching Google (the token is fetched when a request uses it). The
  // runtime returns an opaque credential that sendHttpRequest accepts.
  getGoogleAuth: {
    emulation: 'execution',
    permission: 'use_google_credentials',
    needs: ['googleAuthScopes'],
  },
  BigQuery: {
    emulation: 'google',
    permission: 'access_bigquery',
    needs: ['bigQuery'],
    methods: ['insert'],
  },
  Firestore: {
    emulation: 'google',
    permission: 'access_firestore',
    needs: ['firestore'],
    methods: ['read', 'write', 'query', 'runTransaction'],
  },
} as const satisfies Record<string, SandboxApi>;

export type ApiName = keyof typeof SANDBOX_APIS;

export const API_NAMES = Object.keys(SANDBOX_APIS).sort() as ApiName[];

/** The registry entry of a require() name, or undefined for a name the sandbox does not have. */
export function sandboxApi(name: string): SandboxApi | undefined {
  return Object.prototype.hasOwnProperty.call(SANDBOX_APIS, name)
    ? (SANDBOX_APIS as Record<string, SandboxApi>)[name]
    : undefined;
}

/** The permission an API needs, or undefined when it needs none. */
export function permissionOf(name: string): PermissionId | undefined {
  return sandboxApi(name)?.permission;
}

/** The APIs that need a Google service: without a mock, calling one fails. */
export const GOOGLE_SERVICE_APIS = API_NAMES.filter(
  (name) => SANDBOX_APIS[name].emulation === 'google',
);

/** The APIs that are objects with methods of their own (JSON.parse, templateDataStorage.getItemCopy). */
export const API_OBJECTS: ReadonlySet<string> = new Set(
  API_NAMES.filter((name) => 'methods' in SANDBOX_APIS[name]),
);
