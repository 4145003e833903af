// What a set of permissions allows per need (sandbox/apis.ts `Need`), in one shape whether it comes
// from a template definition's declared scope (build) or from a .tpl file's ___SERVER_PERMISSIONS___
// (check). It answers "does the template have anything of this setting at all?"; whether one call's
// argument is allowed is the policy's question (policy.ts), the same one the runtime asks.
import type { Need } from '../sandbox/apis';
import type { PermissionInstance } from '../tpl/model';
import { declaredParams, urlGrant, type Params } from './policy';
import { permissionsForEveryApi } from './instances';
import type { PermissionScope } from './scope';

export interface Grants {
  /** Whether each need is granted at all. */
  needs: Record<Need, boolean>;
  /** The permissions present (for a scope: every one, since the build derives what the code needs). */
  permissions: ReadonlySet<string>;
  /** Each permission's settings (for a scope: the settings the build would write). */
  params: ReadonlyMap<string, Params>;
}

const some = (value: unknown) => value === 'any' || (Array.isArray(value) && value.length > 0);

function needsFromScope(scope: PermissionScope): Record<Need, boolean> {
  return {
    sendHttp: some(scope.sendHttp?.urls) || scope.sendHttp?.googleDomains === true,
    sendPixel: some(scope.sendPixel?.urls),
    readCookies: some(scope.readCookies),
    setCookies: some(scope.setCookies),
    requestHeaders: some(scope.requestHeaders),
    queryParameter: some(scope.queryParameters),
    queryParametersAll: scope.queryParameters === 'any',
    requestPath: scope.requestPath === true,
    requestBody: scope.requestBody === true,
    remoteAddress: scope.remoteAddress === true,
    eventDataKey: some(scope.eventData),
    eventDataAll: scope.eventData === 'any',
    logging: scope.logging !== undefined,
    googleAuthScopes: some(scope.googleAuthScopes),
    bigQuery: some(scope.bigQuery),
    firestore: some(scope.firestore),
    privateKeys: some(scope.privateKeys),
    responseStatus: scope.response?.status === true,
    responseHeaders: some(scope.response?.headers),
    responseBody: scope.response?.body === true,
    messageSend: (scope.messages ?? []).some((m) => m.action !== 'listen'),
    messageListen: (scope.messages ?? []).some((m) => m.action !== 'send'),
  };
}

/** Of a declared permission's settings, or of the settings-less one GTM's editor adds when absent. */
function needsFromParams(params: ReadonlyMap<string, Params>): Record<Need, boolean> {
  const p = (id: string): Params => params.get(id) ?? {};
  const request = p('read_request');
  const anyRequest = request.requestAccess === 'any';
  const headers =
    anyRequest ||
    (request.headersAllowed === true &&
      (request.headerAccess === 'any' || some(request.headerWhitelist)));
  const query =
    anyRequest ||
    (request.queryParametersAllowed === true &&
      (request.queryParameterAccess === 'any' || some(request.queryParameterWhitelist)));
  const events = p('read_event_data');
  const response = p('access_response');
  const anyResponse = response.writeResponseAccess === 'any';
  const messages = p('use_message');
  const actions = Array.isArray(messages.messageTypes)
    ? messages.messageTypes.map((m) => (m as Params).action)
    : [];
  const url = (id: string) => {
    const grant = urlGrant(p(id));
    return grant.any || grant.googleDomains || grant.patterns.length > 0;
  };
  return {
    sendHttp: url('send_http'),
    sendPixel: url('send_pixel_from_browser'),
    readCookies: p('get_cookies').cookieAccess === 'any' || some(p('get_cookies').cookieNames),
    setCookies: some(p('set_cookies').allowedCookies),
    requestHeaders: headers,
    queryParameter: query,
    queryParametersAll:
      anyRequest ||
      (request.queryParametersAllowed === true && request.queryParameterAccess === 'any'),
    requestPath: anyRequest || request.pathAllowed === true,
    requestBody: anyRequest || request.bodyAllowed === true,
    remoteAddress: anyRequest || request.remoteAddressAllowed === true,
    eventDataKey: events.eventDataAccess === 'any' || some(events.keyPatterns),
    eventDataAll: events.eventDataAccess === 'any',
    // Without settings, logging is "debug": it logs in preview.
    logging: true,
    googleAuthScopes: some(p('use_google_credentials').allowedScopes),
    bigQuery: some(p('access_bigquery').allowedTables),
    firestore: some(p('access_firestore').allowedOptions),
    privateKeys: some(p('use_custom_private_keys').keyIds),
    responseStatus: anyResponse || response.writeStatusAllowed === true,
    responseHeaders: anyResponse || response.writeHeadersAllowed === true,
    responseBody: anyResponse || response.writeBodyAllowed === true,
    messageSend:
      messages.allowedActions === 'any' ||
      actions.some((a) => a === 'send' || a === 'listen_and_send'),
    messageListen:
      messages.allowedActions === 'any' ||
      actions.some((a) => a === 'listen' || a === 'listen_and_send'),
  };
}

export function grantsFromPermissions(permissions: readonly PermissionInstance[]): Grants {
  const params = declaredParams(permissions);
  return { needs: needsFromParams(params), permissions: new Set(params.keys()), params };
}

export function grantsFromScope(scope: PermissionScope): Grants {
  const params = declaredParams(permissionsForEveryApi(scope));
  return { needs: needsFromScope(scope), permissions: new Set(params.keys()), params };
}
