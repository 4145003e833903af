// Permissions from use: which permissions the code's APIs need (sandbox/apis.ts), whether the declared
// scope (build) or the file's permissions (check) cover them, and GTM's permission JSON for exactly
// that. A string the code passes is judged by the same policy the runtime enforces (policy.ts), so
// `build`, `check` and `run` give one verdict.
import { sandboxApi, type ArgumentKind, type Need, type PermissionId } from '../sandbox/apis';
import { urlPrefixMayBeAllowed } from '../sandbox/url-pattern';
import type { PermissionInstance } from '../tpl/model';
import type { ApiCall, ApiUses } from './api-uses';
import type { Grants } from './grants';
import { instancesFor } from './instances';
import { policyFromParams, urlGrant, type Params } from './policy';
import type { PermissionScope, ScopeKey } from './scope';

export { cookieWithDefaults } from './instances';

export type Mode = 'build' | 'check';

export interface PermissionProblem {
  /** Offset in the code, or undefined for a problem in the declared scope itself. */
  offset?: number;
  /** For scope problems: the scope key concerned. */
  scopeKey?: ScopeKey;
  message: string;
  severity: 'error' | 'warning';
}

/** Per need: the scope key that configures it, an example, and what GTM's editor calls the setting. */
const NEEDS: Record<Need, { key: ScopeKey; example: string; setting: string }> = {
  sendHttp: {
    key: 'sendHttp',
    example: "sendHttp: { urls: ['https://api.example.com/'] }",
    setting: 'URL',
  },
  sendPixel: {
    key: 'sendPixel',
    example: "sendPixel: { urls: ['https://pixel.example.com/'] }",
    setting: 'URL',
  },
  readCookies: { key: 'readCookies', example: "readCookies: ['cookie_name']", setting: 'cookie' },
  setCookies: {
    key: 'setCookies',
    example: "setCookies: [{ name: 'cookie_name' }]",
    setting: 'cookie',
  },
  requestHeaders: {
    key: 'requestHeaders',
    example: "requestHeaders: ['user-agent']",
    setting: 'header',
  },
  queryParameter: {
    key: 'queryParameters',
    example: "queryParameters: ['param_name']",
    setting: 'query parameter',
  },
  queryParametersAll: {
    key: 'queryParameters',
    example: "queryParameters: 'any'",
    setting: 'all query parameters',
  },
  requestPath: { key: 'requestPath', example: 'requestPath: true', setting: 'path' },
  requestBody: { key: 'requestBody', example: 'requestBody: true', setting: 'body' },
  remoteAddress: {
    key: 'remoteAddress',
    example: 'remoteAddress: true',
    setting: 'remote address',
  },
  eventDataKey: {
    key: 'eventData',
    example: "eventData: ['event_name'] (or 'any')",
    setting: 'event data key',
  },
  eventDataAll: { key: 'eventData', example: "eventData: 'any'", setting: 'all event data' },
  logging: { key: 'logging', example: "logging: 'debug'", setting: 'environment' },
  googleAuthScopes: {
    key: 'googleAuthScopes',
    example: "googleAuthScopes: ['https://www.googleapis.com/auth/cloud-platform']",
    setting: 'OAuth scope',
  },
  bigQuery: {
    key: 'bigQuery',
    example: "bigQuery: [{ projectId: 'p', datasetId: 'd', tableId: 't', operation: 'write' }]",
    setting: 'table',
  },
  firestore: {
    key: 'firestore',
    example: "firestore: [{ projectId: 'p', path: 'users/*', operation: 'read' }]",
    setting: 'document',
  },
  privateKeys: { key: 'privateKeys', example: "privateKeys: ['key_id']", setting: 'key id' },
  responseStatus: {
    key: 'response',
    example: 'response: { status: true }',
    setting: 'status',
  },
  responseHeaders: {
    key: 'response',
    example: "response: { headers: ['content-type'] }",
    setting: 'header',
  },
  responseBody: { key: 'response', example: 'response: { body: true }', setting: 'body' },
  messageSend: {
    key: 'messages',
    example: "messages: [{ type: 'message_type', action: 'send' }]",
    setting: 'message type (send)',
  },
  messageListen: {
    key: 'messages',
    example: "messages: [{ type: 'message_type', action: 'listen' }]",
    setting: 'message type (listen)',
  },
};

/** What the policy gets for a call whose judged argument is `value` (the runtime passes the same). */
function policyArgs(api: string, kind: ArgumentKind, value: string): unknown[] {
  switch (kind) {
    case 'requestHeader':
      return ['header', value];
    case 'queryParameter':
      return ['query_parameter', value];
    case 'messageType':
      return [api === 'sendMessage' ? 'send' : 'listen', value];
    case 'responseHeader':
      return ['write', 'header', value];
    default:
      return [value];
  }
}

type Finding = { message: string; severity: 'error' | 'warning' };

function originOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url);
  return match ? match[1] : url;
}

/** The message for a literal the permission refuses: what the call does, and what to add where. */
function refusedLiteral(call: ApiCall, kind: ArgumentKind, value: string, mode: Mode): string {
  const build = mode === 'build';
  const pick = (inScope: string, inPermission: string) => (build ? inScope : inPermission);
  const lower = value.toLowerCase();
  switch (kind) {
    case 'url':
      return `${call.api}('${value}') calls a URL that send_http does not allow; ${pick(
        `add a prefix of it to scope.sendHttp.urls (e.g. '${originOf(value)}/')`,
        'add a matching URL pattern to the send_http permission',
      )}`;
    case 'pixelUrl':
      return `${call.api}('${value}') loads a URL that send_pixel_from_browser does not allow; ${pick(
        `add a prefix of it to scope.sendPixel.urls (e.g. '${originOf(value)}/')`,
        'add a matching URL pattern to the send_pixel_from_browser permission',
      )}`;
    case 'cookieName':
      return `${call.api}('${value}') reads a cookie that get_cookies does not allow; ${pick(
        `add '${value}' to scope.readCookies`,
        `add '${value}' to the get_cookies permission's cookie names`,
      )}`;
    case 'cookieToSet':
      return `${call.api}('${value}', ...) sets a cookie that set_cookies does not allow; ${pick(
        `add { name: '${value}' } to scope.setCookies`,
        `add '${value}' to the set_cookies permission's allowed cookies`,
      )}`;
    case 'requestHeader':
      return `${call.api}('${value}') reads a header that read_request does not allow; ${pick(
        `add '${lower}' to scope.requestHeaders`,
        `add '${lower}' to the read_request permission's headers`,
      )}`;
    case 'queryParameter':
      return `${call.api}('${value}') reads a query parameter that read_request does not allow; ${pick(
        `add '${value}' to scope.queryParameters`,
        `add '${value}' to the read_request permission's query parameters`,
      )}`;
    case 'eventDataKey':
      return `${call.api}('${value}') reads a key that read_event_data does not allow; ${pick(
        `add '${value}' to scope.eventData`,
        `add '${value}' to the read_event_data permission's keys`,
      )}`;
    case 'keyId':
      return `${call.api}(..., '${value}') uses a key that use_custom_private_keys does not allow; ${pick(
        `add '${value}' to scope.privateKeys`,
        `add '${value}' to the use_custom_private_keys permission's key ids`,
      )}`;
    case 'messageType': {
      const action = call.api === 'sendMessage' ? 'send' : 'listen';
      return `${call.api}('${value}', ...) ${action === 'send' ? 'sends' : 'listens to'} a message type that use_message does not allow; ${pick(
        `add { type: '${value}', action: '${action}' } to scope.messages`,
        `add '${value}' (${action}) to the use_message permission's message types`,
      )}`;
    }
    case 'responseHeader':
      return `${call.api}('${value}', ...) writes a response header that access_response does not allow; ${pick(
        `add '${lower}' to scope.response.headers`,
        `add '${lower}' to the access_response permission's headers`,
      )}`;
  }
}

/** A URL the code builds from a known start (`BASE + path`), judged by what any URL so started could be. */
function urlPrefixProblem(
  call: ApiCall,
  kind: 'url' | 'pixelUrl',
  params: Params,
  mode: Mode,
): Finding | undefined {
  const prefix = call.prefix!;
  const verdict = urlPrefixMayBeAllowed(urlGrant(params), prefix);
  if (verdict === true) return undefined;
  if (verdict === false) {
    const message = refusedLiteral(call, kind, prefix, mode).replace(
      `${call.api}('${prefix}')`,
      `${call.api}('${prefix}' + ...)`,
    );
    return { severity: 'error', message };
  }
  return unknownUrl(call, mode);
}

function unknownUrl(call: ApiCall, mode: Mode): Finding | undefined {
  // The build reports only what it can prove: a warning on every build that nobody can silence
  // would be noise (the template's own tests run its real URLs).
  if (mode === 'build') return undefined;
  return {
    severity: 'warning',
    message: `${call.api}: the URL is only known at run time, so ${sandboxApi(call.api)?.permission} cannot be checked for it here; start it with a constant (const BASE = 'https://api.example.com/'; BASE + path) to have it checked`,
  };
}

function literalProblem(call: ApiCall, grants: Grants, mode: Mode): Finding | undefined {
  const entry = sandboxApi(call.api);
  if (!entry?.permission || !entry.checked || call.method !== undefined) return undefined;
  const declared = grants.permissions.has(entry.permission);
  // A declared permission without any of the setting is reported once, for the API (checkApiUses).
  if (declared && !(entry.needs ?? []).every((need) => grants.needs[need])) return undefined;
  const { kind } = entry.checked;
  const params = grants.params.get(entry.permission) ?? {};
  const isUrl = kind === 'url' || kind === 'pixelUrl';
  if (call.literal === undefined) {
    if (!isUrl) return undefined;
    if (call.prefix !== undefined) return urlPrefixProblem(call, kind, params, mode);
    return urlGrant(params).any ? undefined : unknownUrl(call, mode);
  }
  const policy = policyFromParams(new Map([[entry.permission, params]]));
  const why = policy.refusal(entry.permission, policyArgs(call.api, kind, call.literal));
  if (why === undefined) return undefined;
  return { severity: 'error', message: refusedLiteral(call, kind, call.literal, mode) };
}

/** Every way the code's API uses are not covered by `grants`. */
export function checkApiUses(uses: ApiUses, grants: Grants, mode: Mode): PermissionProblem[] {
  const problems: PermissionProblem[] = [];
  const called = new Set(uses.calls.map((call) => call.api));
  for (const [api, offset] of uses.apis) {
    const entry = sandboxApi(api);
    if (!entry?.permission) continue;
    const permission: PermissionId = entry.permission;
    const missing = (entry.needs ?? []).filter((need) => !grants.needs[need]);
    if (mode === 'check' && !grants.permissions.has(permission)) {
      // [doc] GTM's editor adds a permission the code needs, with no settings; the API is checked
      // when called. The file still runs: a warning, with what the settings-less permission does.
      problems.push({
        offset,
        severity: 'warning',
        message:
          missing.length === 0
            ? `${api} needs the ${permission} permission, which ___SERVER_PERMISSIONS___ lacks; GTM's editor adds it with no settings, which allow ${api}; add ${permission} in GTM's template editor (Permissions tab) so the file lists what it uses`
            : `${api} needs the ${permission} permission, which ___SERVER_PERMISSIONS___ lacks; GTM's editor adds it with no settings, which refuse every call of ${api}; add ${permission} in GTM's template editor (Permissions tab), allowing the ${missing.map((n) => NEEDS[n].setting).join(' and ')} it uses`,
      });
      continue;
    }
    if (missing.length === 0) continue;
    const [need] = missing;
    const { key, example } = NEEDS[need];
    const what = key === 'eventData' || key === 'queryParameters' ? `suitable ${key}` : key;
    problems.push({
      offset,
      // The file runs in GTM; only a call of the API fails, so a require() alone is a warning.
      severity: mode === 'build' || called.has(api) ? 'error' : 'warning',
      message:
        mode === 'build'
          ? `${api} needs the ${permission} permission, but the definition's scope has no ${what}; add it to scope, e.g. ${example}`
          : `${api} needs the ${permission} permission with ${missing.map((n) => NEEDS[n].setting).join(' and ')} access, which the template's permissions do not grant; allow it in GTM's template editor (Permissions tab)`,
    });
  }
  for (const call of uses.calls) {
    const finding = literalProblem(call, grants, mode);
    if (finding) problems.push({ offset: call.literalOffset ?? call.offset, ...finding });
  }
  return problems;
}

/** Scope entries the code never needs (warnings), and malformed ones (errors). */
export function checkScope(uses: ApiUses, scope: PermissionScope): PermissionProblem[] {
  const problems: PermissionProblem[] = [];
  const needed = new Set<ScopeKey>();
  for (const api of uses.apis.keys())
    for (const need of sandboxApi(api)?.needs ?? []) needed.add(NEEDS[need].key);
  for (const key of Object.keys(scope) as ScopeKey[]) {
    if (scope[key] === undefined || scope[key] === false || needed.has(key)) continue;
    problems.push({
      scopeKey: key,
      severity: 'warning',
      message: `scope.${key} is declared but the code never uses an API that needs it; remove it so the template asks for no more than it uses`,
    });
  }
  for (const key of ['sendHttp', 'sendPixel'] as const) {
    for (const url of scope[key]?.urls ?? []) {
      if (!/^https?:\/\/[^/]+/.test(url) || !(url.endsWith('/') || url.endsWith('*'))) {
        problems.push({
          scopeKey: key,
          severity: 'error',
          message: `scope.${key}.urls entry '${url}' must be an http(s) URL prefix ending with '/' or '*' (e.g. 'https://api.example.com/')`,
        });
      }
    }
  }
  return problems;
}

/**
 * GTM's permission instances for the APIs the code uses, configured from the declared scope and
 * sorted by publicId. Call `checkApiUses` first: this assumes the scope covers every use.
 */
export function permissionsFor(uses: ApiUses, scope: PermissionScope): PermissionInstance[] {
  return instancesFor(uses.apis.keys(), scope);
}
