// What a template declares it may touch. The build derives GTM's permission JSON from this plus the
// APIs the compiled code really requires; it never grants more than is declared here.

export interface CookieScope {
  name: string;
  /** Cookie domain the code may set; default '*' (any). */
  domain?: string;
  /** Cookie path the code may set; default '*' (any). */
  path?: string;
  /** default 'any' */
  secure?: 'any' | 'secure';
  /** default 'any' */
  session?: 'any' | 'session' | 'non_session';
}

export interface BigQueryTableScope {
  projectId: string;
  datasetId: string;
  tableId: string;
  operation: 'read' | 'write' | 'read_write';
}

export interface FirestoreScope {
  /** '*' for any project. */
  projectId: string;
  /** A document or collection path; `*` matches any rest (e.g. 'users/*'). */
  path: string;
  operation: 'read' | 'write' | 'read_write';
  /** default '(default)' */
  databaseId?: string;
}

export interface MessageScope {
  /** The message type (`*` at the end matches any rest). */
  type: string;
  action: 'send' | 'listen' | 'listen_and_send';
}

export interface ResponseScope {
  /** `setResponseStatus` */
  status?: boolean;
  /** `setResponseHeader`: the header names it may write, or 'any'. */
  headers?: 'any' | string[];
  /** `setResponseBody` */
  body?: boolean;
}

export interface PermissionScope {
  /**
   * `send_http`: URL prefixes the code may call, each ending with '/' or '*' (e.g.
   * 'https://api.example.com/'); `googleDomains` also allows Google's domains (getGoogleScript).
   */
  sendHttp?: { urls: string[]; googleDomains?: boolean };
  /** `get_cookies`: cookie names `getCookieValues` may read. */
  readCookies?: string[];
  /** `set_cookies`: cookies `setCookie` may write. */
  setCookies?: CookieScope[];
  /** `read_request`: header names `getRequestHeader` may read (lower case). */
  requestHeaders?: string[];
  /** `read_request`: query parameters the code may read ('any' for getRequestQueryParameters/QueryString). */
  queryParameters?: 'any' | string[];
  /** `read_request`: `getRequestPath` */
  requestPath?: boolean;
  /** `read_request`: `getRequestBody` */
  requestBody?: boolean;
  /** `read_request`: `getRemoteAddress` */
  remoteAddress?: boolean;
  /** `read_event_data`: 'any', or the key paths `getEventData` may read (getAllEventData needs 'any'). */
  eventData?: 'any' | string[];
  /** `logging`: where `logToConsole` writes: only in debug/preview, or always. */
  logging?: 'debug' | 'all';
  /** `use_google_credentials`: OAuth scopes `getGoogleAuth` may request. */
  googleAuthScopes?: string[];
  /** `access_bigquery`: tables `BigQuery` may use. */
  bigQuery?: BigQueryTableScope[];
  /** `access_firestore`: documents `Firestore` may read or write. */
  firestore?: FirestoreScope[];
  /** `send_pixel_from_browser`: URL prefixes `sendPixelFromBrowser` may load, each ending with '/' or '*'. */
  sendPixel?: { urls: string[] };
  /** `use_custom_private_keys`: the key ids `hmacSha256` may use. */
  privateKeys?: string[];
  /** `access_response`: what a client may write to the response (setPixelResponse needs all three). */
  response?: ResponseScope;
  /** `use_message`: the message types `sendMessage` may send and `addMessageListener` may listen to. */
  messages?: MessageScope[];
}

export type ScopeKey = keyof PermissionScope;
