// Permissions from use: which permissions the code's APIs need, whether the declared scope (build)
// or the file's permissions (check) cover them, and GTM's permission JSON for exactly that.
import type { PermissionInstance, TypedValue } from '../tpl/model';
import type { ApiCall, ApiUses } from './api-uses';
import { API_PERMISSIONS, type Need } from './catalog';
import { cookieWithDefaults, type Grants } from './grants';
import type { PermissionScope, ScopeKey } from './scope';
import { bool, list, map, str } from './typed-values';

export type Mode = 'build' | 'check';

export interface PermissionProblem {
  /** Offset in the code, or undefined for a problem in the declared scope itself. */
  offset?: number;
  /** For scope problems: the scope key concerned. */
  scopeKey?: ScopeKey;
  message: string;
  severity: 'error' | 'warning';
}

const EXAMPLES: Record<
  Exclude<Need, 'none' | 'unsupported' | 'requestMethod'>,
  [ScopeKey, string]
> = {
  sendHttp: ['sendHttp', "sendHttp: { urls: ['https://api.example.com/'] }"],
  readCookies: ['readCookies', "readCookies: ['cookie_name']"],
  setCookies: ['setCookies', "setCookies: [{ name: 'cookie_name' }]"],
  requestHeaders: ['requestHeaders', "requestHeaders: ['user-agent']"],
  queryParameter: ['queryParameters', "queryParameters: ['param_name']"],
  queryParametersAll: ['queryParameters', "queryParameters: 'any'"],
  requestPath: ['requestPath', 'requestPath: true'],
  requestBody: ['requestBody', 'requestBody: true'],
  remoteAddress: ['remoteAddress', 'remoteAddress: true'],
  eventDataKey: ['eventData', "eventData: ['event_name'] (or 'any')"],
  eventDataAll: ['eventData', "eventData: 'any'"],
  logging: ['logging', "logging: 'debug'"],
  googleAuthScopes: [
    'googleAuthScopes',
    "googleAuthScopes: ['https://www.googleapis.com/auth/cloud-platform']",
  ],
  bigQuery: [
    'bigQuery',
    "bigQuery: [{ projectId: 'p', datasetId: 'd', tableId: 't', operation: 'write' }]",
  ],
};

function granted(need: Need, grants: Grants): boolean {
  const some = (value: string[] | 'any' | undefined) =>
    value === 'any' || (Array.isArray(value) && value.length > 0);
  switch (need) {
    case 'sendHttp':
      return some(grants.sendHttp);
    case 'readCookies':
      return some(grants.readCookies);
    case 'setCookies':
      return (grants.setCookies?.length ?? 0) > 0;
    case 'requestHeaders':
      return some(grants.requestHeaders);
    case 'queryParameter':
      return some(grants.queryParameters);
    case 'queryParametersAll':
      return grants.queryParameters === 'any';
    case 'requestPath':
      return grants.requestPath === true;
    case 'requestBody':
      return grants.requestBody === true;
    case 'remoteAddress':
      return grants.remoteAddress === true;
    case 'eventDataKey':
      return some(grants.eventData);
    case 'eventDataAll':
      return grants.eventData === 'any';
    case 'logging':
      return grants.logging !== undefined;
    case 'googleAuthScopes':
      return (grants.googleAuthScopes?.length ?? 0) > 0;
    case 'bigQuery':
      return (grants.bigQuery?.length ?? 0) > 0;
    default:
      return true;
  }
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}`);
}

/** A URL is allowed by a pattern it starts with ('*' matches anything, e.g. 'https://*.example.com/*'). */
export function urlAllowed(url: string, patterns: string[] | 'any'): boolean {
  return patterns === 'any' || patterns.some((p) => globToRegExp(p).test(url));
}

function nameAllowed(name: string, names: string[] | 'any', caseInsensitive = false): boolean {
  if (names === 'any') return true;
  const wanted = caseInsensitive ? name.toLowerCase() : name;
  return names.some((n) => {
    const candidate = caseInsensitive ? n.toLowerCase() : n;
    return candidate === '*' || new RegExp(`${globToRegExp(candidate).source}$`).test(wanted);
  });
}

/** True when some URL that starts with `prefix` matches the pattern (a prefix with '*' wildcards). */
export function prefixCanMatch(prefix: string, pattern: string): boolean {
  const step = (i: number, j: number): boolean => {
    if (i === prefix.length || j === pattern.length) return true;
    if (pattern[j] === '*') {
      for (let k = i; k <= prefix.length; k++) if (step(k, j + 1)) return true;
      return false;
    }
    return prefix[i] === pattern[j] && step(i + 1, j + 1);
  };
  return step(0, 0);
}

/** A URL prefix that names its host completely (`https://api.example.com/`), so it can be judged. */
const HOST_KNOWN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i;

type Finding = { message: string; severity: 'error' | 'warning' };

function urlProblem(call: ApiCall, grants: Grants, mode: Mode): Finding | undefined {
  const patterns = grants.sendHttp;
  if (patterns === undefined || patterns === 'any') return undefined;
  const fix = (url: string) =>
    mode === 'build'
      ? `add a prefix of it to scope.sendHttp.urls (e.g. '${originOf(url)}/')`
      : 'add a matching URL pattern to the send_http permission';
  if (call.literal !== undefined) {
    if (urlAllowed(call.literal, patterns)) return undefined;
    return {
      severity: 'error',
      message: `${call.api}('${call.literal}') calls a URL that send_http does not allow; ${fix(call.literal)}`,
    };
  }
  if (call.prefix !== undefined && HOST_KNOWN.test(call.prefix)) {
    if (patterns.some((p) => prefixCanMatch(call.prefix!, p))) return undefined;
    return {
      severity: 'error',
      message: `${call.api}('${call.prefix}' + ...) calls a URL that send_http does not allow; ${fix(call.prefix)}`,
    };
  }
  // The build reports only what it can prove: a warning on every build that nobody can silence
  // would be noise (the template's own tests run its real URLs).
  if (mode === 'build') return undefined;
  return {
    severity: 'warning',
    message: `${call.api}: the URL is only known at run time, so send_http cannot be checked for it here; start it with a constant (const BASE = 'https://api.example.com/'; BASE + path) to have it checked`,
  };
}

function literalProblem(call: ApiCall, grants: Grants, mode: Mode): Finding | undefined {
  if (call.api === 'sendHttpRequest' || call.api === 'sendHttpGet') {
    return urlProblem(call, grants, mode);
  }
  const value = call.literal;
  if (value === undefined) return undefined;
  const fix = (buildFix: string, checkFix: string) => (mode === 'build' ? buildFix : checkFix);
  const error = (message: string): Finding => ({ message, severity: 'error' });
  switch (call.api) {
    case 'getCookieValues':
      if (grants.readCookies === undefined || nameAllowed(value, grants.readCookies))
        return undefined;
      return error(
        `getCookieValues('${value}') reads a cookie that get_cookies does not allow; ${fix(
          `add '${value}' to scope.readCookies`,
          `add '${value}' to the get_cookies permission's cookie names`,
        )}`,
      );
    case 'setCookie':
      if (grants.setCookies === undefined) return undefined;
      if (grants.setCookies.some((c) => nameAllowed(value, [c.name]))) return undefined;
      return error(
        `setCookie('${value}', ...) sets a cookie that set_cookies does not allow; ${fix(
          `add { name: '${value}' } to scope.setCookies`,
          `add '${value}' to the set_cookies permission's allowed cookies`,
        )}`,
      );
    case 'getRequestHeader':
      if (grants.requestHeaders === undefined || nameAllowed(value, grants.requestHeaders, true)) {
        return undefined;
      }
      return error(
        `getRequestHeader('${value}') reads a header that read_request does not allow; ${fix(
          `add '${value.toLowerCase()}' to scope.requestHeaders`,
          `add '${value.toLowerCase()}' to the read_request permission's headers`,
        )}`,
      );
    case 'getRequestQueryParameter':
      if (grants.queryParameters === undefined || nameAllowed(value, grants.queryParameters)) {
        return undefined;
      }
      return error(
        `getRequestQueryParameter('${value}') reads a query parameter that read_request does not allow; ${fix(
          `add '${value}' to scope.queryParameters`,
          `add '${value}' to the read_request permission's query parameters`,
        )}`,
      );
    case 'getEventData':
      if (grants.eventData === undefined || nameAllowed(value, grants.eventData)) return undefined;
      return error(
        `getEventData('${value}') reads a key that read_event_data does not allow; ${fix(
          `add '${value}' to scope.eventData`,
          `add '${value}' to the read_event_data permission's keys`,
        )}`,
      );
    default:
      return undefined;
  }
}

function originOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url);
  return match ? match[1] : url;
}

/** Every way the code's API uses are not covered by `grants`. */
export function checkApiUses(uses: ApiUses, grants: Grants, mode: Mode): PermissionProblem[] {
  const problems: PermissionProblem[] = [];
  for (const [api, offset] of uses.apis) {
    const entry = API_PERMISSIONS[api];
    if (!entry) continue;
    if (mode === 'check') {
      if (!grants.permissions.has(entry.permission)) {
        problems.push({
          offset,
          severity: 'error',
          message: `${api} needs the ${entry.permission} permission, which the template's permissions do not include; add it in GTM's template editor (Permissions tab)`,
        });
        continue;
      }
      if (entry.need === 'unsupported' || entry.need === 'none') continue;
    } else if (entry.need === 'unsupported') {
      problems.push({
        offset,
        severity: 'error',
        message: `${api} needs the ${entry.permission} permission, which this toolchain cannot derive from a scope yet; use another API or extend build/permissions`,
      });
      continue;
    }
    if (entry.need === 'none' || entry.need === 'requestMethod' || granted(entry.need, grants)) {
      continue;
    }
    const [key, example] = EXAMPLES[entry.need];
    problems.push({
      offset,
      severity: 'error',
      message:
        mode === 'build'
          ? `${api} needs the ${entry.permission} permission, but the definition's scope has no ${key === 'eventData' || key === 'queryParameters' ? `suitable ${key}` : key}; add it to scope, e.g. ${example}`
          : `${api} needs the ${entry.permission} permission with ${key === 'eventData' || key === 'queryParameters' ? `suitable ${key}` : key} access, which the template's permissions do not grant; allow it in GTM's template editor (Permissions tab)`,
    });
  }
  for (const call of uses.calls) {
    const finding = literalProblem(call, grants, mode);
    if (finding) problems.push({ offset: call.literalOffset ?? call.offset, ...finding });
  }
  return problems;
}

/** The scope keys each permission-carrying API reads. */
const SCOPE_KEYS_OF_NEED: Partial<Record<Need, ScopeKey[]>> = {
  sendHttp: ['sendHttp'],
  readCookies: ['readCookies'],
  setCookies: ['setCookies'],
  requestHeaders: ['requestHeaders'],
  queryParameter: ['queryParameters'],
  queryParametersAll: ['queryParameters'],
  requestPath: ['requestPath'],
  requestBody: ['requestBody'],
  remoteAddress: ['remoteAddress'],
  eventDataKey: ['eventData'],
  eventDataAll: ['eventData'],
  logging: ['logging'],
  googleAuthScopes: ['googleAuthScopes'],
  bigQuery: ['bigQuery'],
};

function usedNeeds(uses: ApiUses): Set<Need> {
  const needs = new Set<Need>();
  for (const api of uses.apis.keys()) {
    const entry = API_PERMISSIONS[api];
    if (entry) needs.add(entry.need);
  }
  return needs;
}

/** Scope entries the code never needs (warnings), and malformed ones (errors). */
export function checkScope(uses: ApiUses, scope: PermissionScope): PermissionProblem[] {
  const problems: PermissionProblem[] = [];
  const needed = new Set<ScopeKey>();
  for (const need of usedNeeds(uses))
    for (const key of SCOPE_KEYS_OF_NEED[need] ?? []) needed.add(key);
  for (const key of Object.keys(scope) as ScopeKey[]) {
    if (scope[key] === undefined || scope[key] === false || needed.has(key)) continue;
    problems.push({
      scopeKey: key,
      severity: 'warning',
      message: `scope.${key} is declared but the code never uses an API that needs it; remove it so the template asks for no more than it uses`,
    });
  }
  for (const url of scope.sendHttp?.urls ?? []) {
    if (!/^https?:\/\/[^/]+/.test(url) || !(url.endsWith('/') || url.endsWith('*'))) {
      problems.push({
        scopeKey: 'sendHttp',
        severity: 'error',
        message: `scope.sendHttp.urls entry '${url}' must be an http(s) URL prefix ending with '/' or '*' (e.g. 'https://api.example.com/')`,
      });
    }
  }
  return problems;
}

function instance(
  publicId: string,
  param: { key: string; value: TypedValue }[],
): PermissionInstance {
  const result: PermissionInstance = {
    instance: { key: { publicId, versionId: '1' }, param },
    clientAnnotations: { isEditedByUser: true },
    isRequired: true,
  };
  // GTM writes no clientAnnotations for permissions without settings.
  if (param.length === 0) delete (result as { clientAnnotations?: unknown }).clientAnnotations;
  return result;
}

const urlPattern = (prefix: string) => (prefix.endsWith('*') ? prefix : `${prefix}*`);

function readRequestParams(needs: Set<Need>, scope: PermissionScope) {
  const param: { key: string; value: TypedValue }[] = [];
  const headers = needs.has('requestHeaders');
  const query = needs.has('queryParameter') || needs.has('queryParametersAll');
  const specificQuery = query && Array.isArray(scope.queryParameters);
  if (headers) {
    const names = (scope.requestHeaders ?? []).map((h) => h.toLowerCase());
    param.push({
      key: 'headerWhitelist',
      value: list(names.map((h) => map([['headerName', str(h)]]))),
    });
    param.push({ key: 'headersAllowed', value: bool(true) });
  }
  if (specificQuery) {
    const names = scope.queryParameters as string[];
    param.push({
      key: 'queryParameterWhitelist',
      value: list(names.map((q) => map([['queryParameter', str(q)]]))),
    });
  }
  if (query) param.push({ key: 'queryParametersAllowed', value: bool(true) });
  if (needs.has('requestPath')) param.push({ key: 'pathAllowed', value: bool(true) });
  if (needs.has('requestBody')) param.push({ key: 'bodyAllowed', value: bool(true) });
  if (needs.has('remoteAddress')) param.push({ key: 'remoteAddressAllowed', value: bool(true) });
  param.push({ key: 'requestAccess', value: str('specific') });
  // The access radios GTM always writes; 'any' is its default and grants nothing while the
  // matching "...Allowed" box above is off.
  param.push({ key: 'headerAccess', value: str(headers ? 'specific' : 'any') });
  param.push({ key: 'queryParameterAccess', value: str(specificQuery ? 'specific' : 'any') });
  return param;
}

/**
 * GTM's permission instances for the APIs the code uses, configured from the declared scope and
 * sorted by publicId. Call `checkApiUses` first: this assumes the scope covers every use.
 */
export function permissionsFor(uses: ApiUses, scope: PermissionScope): PermissionInstance[] {
  const byPermission = new Map<string, Set<Need>>();
  for (const api of uses.apis.keys()) {
    const entry = API_PERMISSIONS[api];
    if (!entry) continue;
    if (!byPermission.has(entry.permission)) byPermission.set(entry.permission, new Set());
    byPermission.get(entry.permission)!.add(entry.need);
  }
  const result: PermissionInstance[] = [];
  for (const publicId of [...byPermission.keys()].sort()) {
    const needs = byPermission.get(publicId)!;
    switch (publicId) {
      case 'send_http':
        result.push(
          instance(publicId, [
            { key: 'allowedUrls', value: str('specific') },
            {
              key: 'urls',
              value: list((scope.sendHttp?.urls ?? []).map((u) => str(urlPattern(u)))),
            },
          ]),
        );
        break;
      case 'get_cookies':
        result.push(
          instance(publicId, [
            { key: 'cookieAccess', value: str('specific') },
            { key: 'cookieNames', value: list((scope.readCookies ?? []).map(str)) },
          ]),
        );
        break;
      case 'set_cookies':
        result.push(
          instance(publicId, [
            {
              key: 'allowedCookies',
              value: list(
                (scope.setCookies ?? []).map(cookieWithDefaults).map((c) =>
                  map([
                    ['name', str(c.name)],
                    ['domain', str(c.domain)],
                    ['path', str(c.path)],
                    ['secure', str(c.secure)],
                    ['session', str(c.session)],
                  ]),
                ),
              ),
            },
          ]),
        );
        break;
      case 'read_request':
        result.push(instance(publicId, readRequestParams(needs, scope)));
        break;
      case 'read_event_data':
        result.push(
          instance(
            publicId,
            scope.eventData === 'any' || scope.eventData === undefined
              ? [{ key: 'eventDataAccess', value: str('any') }]
              : [
                  { key: 'eventDataAccess', value: str('specific') },
                  { key: 'keyPatterns', value: list(scope.eventData.map(str)) },
                ],
          ),
        );
        break;
      case 'logging':
        result.push(
          instance(publicId, [{ key: 'environments', value: str(scope.logging ?? 'debug') }]),
        );
        break;
      case 'use_google_credentials':
        result.push(
          instance(publicId, [
            { key: 'allowedScopes', value: list((scope.googleAuthScopes ?? []).map(str)) },
          ]),
        );
        break;
      case 'access_bigquery':
        result.push(
          instance(publicId, [
            {
              key: 'allowedTables',
              value: list(
                (scope.bigQuery ?? []).map((t) =>
                  map([
                    ['projectId', str(t.projectId)],
                    ['datasetId', str(t.datasetId)],
                    ['tableId', str(t.tableId)],
                    ['operation', str(t.operation)],
                  ]),
                ),
              ),
            },
          ]),
        );
        break;
      default:
        result.push(instance(publicId, []));
    }
  }
  return result;
}
