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

export interface PermissionScope {
  /** `send_http`: URL prefixes the code may call, each ending with '/' or '*' (e.g. 'https://api.example.com/'). */
  sendHttp?: { urls: string[] };
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
}

export type ScopeKey = keyof PermissionScope;
