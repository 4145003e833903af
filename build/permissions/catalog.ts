// Which permission each sandbox API needs (sgtm.md §4), and which part of the declared scope
// configures it. APIs not listed here need no permission (getType, JSON, Math, makeString, ...).

/** The piece of `PermissionScope` (or of read_request) an API call depends on. */
export type Need =
  | 'sendHttp'
  | 'readCookies'
  | 'setCookies'
  | 'requestHeaders'
  | 'queryParameter'
  | 'queryParametersAll'
  | 'requestPath'
  | 'requestBody'
  | 'remoteAddress'
  | 'requestMethod'
  | 'eventDataKey'
  | 'eventDataAll'
  | 'logging'
  | 'googleAuthScopes'
  | 'bigQuery'
  | 'none'
  | 'unsupported';

export interface ApiPermission {
  permission: string;
  need: Need;
}

export const API_PERMISSIONS: Readonly<Record<string, ApiPermission>> = {
  sendHttpRequest: { permission: 'send_http', need: 'sendHttp' },
  getAllEventData: { permission: 'read_event_data', need: 'eventDataAll' },
  getEventData: { permission: 'read_event_data', need: 'eventDataKey' },
  getCookieValues: { permission: 'get_cookies', need: 'readCookies' },
  setCookie: { permission: 'set_cookies', need: 'setCookies' },
  getRequestHeader: { permission: 'read_request', need: 'requestHeaders' },
  getRequestQueryParameter: { permission: 'read_request', need: 'queryParameter' },
  getRequestQueryParameters: { permission: 'read_request', need: 'queryParametersAll' },
  getRequestQueryString: { permission: 'read_request', need: 'queryParametersAll' },
  getRequestPath: { permission: 'read_request', need: 'requestPath' },
  getRequestBody: { permission: 'read_request', need: 'requestBody' },
  getRemoteAddress: { permission: 'read_request', need: 'remoteAddress' },
  // [unsure] which read_request setting covers the method; it is granted by read_request itself here.
  getRequestMethod: { permission: 'read_request', need: 'requestMethod' },
  getContainerVersion: { permission: 'read_container_data', need: 'none' },
  logToConsole: { permission: 'logging', need: 'logging' },
  templateDataStorage: { permission: 'access_template_storage', need: 'none' },
  getGoogleAuth: { permission: 'use_google_credentials', need: 'googleAuthScopes' },
  BigQuery: { permission: 'access_bigquery', need: 'bigQuery' },
  Firestore: { permission: 'access_firestore', need: 'unsupported' },
  // Client templates.
  runContainer: { permission: 'run_container', need: 'none' },
  returnResponse: { permission: 'return_response', need: 'none' },
  setResponseStatus: { permission: 'access_response', need: 'unsupported' },
  setResponseHeader: { permission: 'access_response', need: 'unsupported' },
  setResponseBody: { permission: 'access_response', need: 'unsupported' },
  setPixelResponse: { permission: 'access_response', need: 'unsupported' },
  // [unsure] these read the whole request: they need path, body and all query parameters.
  isRequestMpv1: { permission: 'read_request', need: 'unsupported' },
  isRequestMpv2: { permission: 'read_request', need: 'unsupported' },
  extractEventsFromMpv1: { permission: 'read_request', need: 'unsupported' },
  extractEventsFromMpv2: { permission: 'read_request', need: 'unsupported' },
  sendPixelFromBrowser: { permission: 'send_pixel_from_browser', need: 'unsupported' },
  hmacSha256: { permission: 'use_custom_private_keys', need: 'unsupported' },
};

/** APIs that need no permission: the others GTM offers on the server. */
export const FREE_APIS: ReadonlySet<string> = new Set([
  'JSON',
  'Math',
  'Object',
  'Promise',
  'callLater',
  'claimRequest',
  'computeEffectiveTldPlusOne',
  'createRegex',
  'decodeUri',
  'decodeUriComponent',
  'encodeUri',
  'encodeUriComponent',
  'fromBase64',
  'generateRandom',
  'getClientName',
  'getTimestamp',
  'getTimestampMillis',
  'getType',
  'makeInteger',
  'makeNumber',
  'makeString',
  'makeTableMap',
  'parseUrl',
  'queryPermission',
  'sha256',
  'sha256Sync',
  'testRegex',
  'toBase64',
]);
