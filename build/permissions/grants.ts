// What a set of permissions allows, in one shape whether it comes from a template definition's
// declared scope (build) or from a .tpl file's ___SERVER_PERMISSIONS___ (check).
import type { PermissionInstance } from '../tpl/model';
import type { BigQueryTableScope, CookieScope, PermissionScope } from './scope';
import { plain } from './typed-values';

export interface Grants {
  /** Permission publicIds present (for a scope: all that can be derived). */
  permissions: Set<string>;
  sendHttp?: string[] | 'any';
  readCookies?: string[] | 'any';
  setCookies?: Required<CookieScope>[];
  requestHeaders?: string[] | 'any';
  queryParameters?: string[] | 'any';
  requestPath?: boolean;
  requestBody?: boolean;
  remoteAddress?: boolean;
  eventData?: string[] | 'any';
  logging?: 'debug' | 'all';
  googleAuthScopes?: string[];
  bigQuery?: BigQueryTableScope[];
}

export function cookieWithDefaults(cookie: CookieScope): Required<CookieScope> {
  return {
    name: cookie.name,
    domain: cookie.domain ?? '*',
    path: cookie.path ?? '*',
    secure: cookie.secure ?? 'any',
    session: cookie.session ?? 'any',
  };
}

export function grantsFromScope(scope: PermissionScope): Grants {
  return {
    permissions: new Set([
      'read_container_data',
      'access_template_storage',
      'run_container',
      'return_response',
      'read_request',
    ]),
    sendHttp: scope.sendHttp?.urls,
    readCookies: scope.readCookies,
    setCookies: scope.setCookies?.map(cookieWithDefaults),
    requestHeaders: scope.requestHeaders,
    queryParameters: scope.queryParameters,
    requestPath: scope.requestPath,
    requestBody: scope.requestBody,
    remoteAddress: scope.remoteAddress,
    eventData: scope.eventData,
    logging: scope.logging,
    googleAuthScopes: scope.googleAuthScopes,
    bigQuery: scope.bigQuery,
  };
}

function params(instance: PermissionInstance): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const param of instance.instance?.param ?? []) result[param.key] = plain(param.value);
  return result;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const mapColumn = (value: unknown, key: string): string[] =>
  Array.isArray(value)
    ? value
        .map((row) => (row as Record<string, unknown>)?.[key])
        .filter((v): v is string => typeof v === 'string')
    : [];

export function grantsFromPermissions(permissions: PermissionInstance[]): Grants {
  const grants: Grants = { permissions: new Set() };
  for (const permission of permissions) {
    const id = permission.instance?.key?.publicId;
    if (typeof id !== 'string') continue;
    grants.permissions.add(id);
    const p = params(permission);
    switch (id) {
      case 'send_http':
        grants.sendHttp = p.allowedUrls === 'any' ? 'any' : strings(p.urls);
        break;
      case 'get_cookies':
        grants.readCookies = p.cookieAccess === 'any' ? 'any' : strings(p.cookieNames);
        break;
      case 'set_cookies':
        grants.setCookies = (Array.isArray(p.allowedCookies) ? p.allowedCookies : []).map((row) =>
          cookieWithDefaults(row as CookieScope),
        );
        break;
      case 'read_request': {
        const all = p.requestAccess === 'any';
        grants.requestHeaders =
          all || (p.headersAllowed === true && p.headerAccess === 'any')
            ? 'any'
            : p.headersAllowed === true
              ? mapColumn(p.headerWhitelist, 'headerName')
              : undefined;
        grants.queryParameters =
          all || (p.queryParametersAllowed === true && p.queryParameterAccess === 'any')
            ? 'any'
            : p.queryParametersAllowed === true
              ? mapColumn(p.queryParameterWhitelist, 'queryParameter')
              : undefined;
        grants.requestPath = all || p.pathAllowed === true;
        grants.requestBody = all || p.bodyAllowed === true;
        grants.remoteAddress = all || p.remoteAddressAllowed === true;
        break;
      }
      case 'read_event_data':
        grants.eventData = p.eventDataAccess === 'specific' ? strings(p.keyPatterns) : 'any';
        break;
      case 'logging':
        grants.logging = p.environments === 'all' ? 'all' : 'debug';
        break;
      case 'use_google_credentials':
        grants.googleAuthScopes = strings(p.allowedScopes);
        break;
      case 'access_bigquery':
        grants.bigQuery = (
          Array.isArray(p.allowedTables) ? p.allowedTables : []
        ) as BigQueryTableScope[];
        break;
      default:
        break;
    }
  }
  return grants;
}
