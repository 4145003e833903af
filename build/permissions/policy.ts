// What a template's permissions allow, as GTM judges each API call: the one model that the runtime
// enforces (the API throws), queryPermission answers (a boolean), and `check` and `build` apply to the
// arguments they can read in the code before it runs.
//
// [doc] GTM's editor detects the permissions a template needs from the APIs its code requires, and an
// API is checked when it is *called*. A permission the file lacks is the one the editor would add:
// the permission with no settings. So a settings-less permission (access_template_storage,
// read_container_data) allows, and e.g. get_cookies with no cookie names refuses every cookie.
import type { PermissionInstance } from '../tpl/model';
import type { PermissionId } from '../sandbox/apis';
import { urlAllowed, type UrlGrant } from '../sandbox/url-pattern';
import { plainParams, type PlainValue } from './typed-values';

export type Params = Record<string, PlainValue>;

export interface PermissionPolicy {
  /** Why the call is refused, or undefined when allowed. */
  refusal(permission: string, args: unknown[]): string | undefined;
}

/** Every permission granted: unit tests of tag modules. */
export function allowAll(): PermissionPolicy {
  return { refusal: () => undefined };
}

/** Each declared permission's settings, by publicId. */
export function declaredParams(instances: readonly PermissionInstance[]): Map<string, Params> {
  const params = new Map<string, Params>();
  for (const item of instances) {
    const id = item?.instance?.key?.publicId;
    if (typeof id === 'string') params.set(id, plainParams(item.instance.param));
  }
  return params;
}

export function policyFromPermissions(instances: readonly PermissionInstance[]): PermissionPolicy {
  return policyFromParams(declaredParams(instances));
}

export function policyFromParams(params: ReadonlyMap<string, Params>): PermissionPolicy {
  return {
    refusal(permission, args) {
      const declared = params.get(permission);
      const why = checks[permission as PermissionId]?.(declared ?? {}, args);
      if (why === undefined || declared) return why;
      return `${why} The template does not declare "${permission}", so it has the permission as GTM's editor adds it: with no settings. Add "${permission}" to ___SERVER_PERMISSIONS___ with what the template needs.`;
    },
  };
}

type Check = (p: Params, args: unknown[]) => string | undefined;

const list = (v: PlainValue | undefined): PlainValue[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));
const rows = (v: PlainValue | undefined) => list(v) as Record<string, PlainValue>[];

/** GTM's key and name patterns: exact, or a trailing `*` matching any rest. [unsure] about other wildcards. */
export function matchesPattern(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  return pattern === value;
}

/**
 * read_event_data key patterns: `a.b` allows `a.b` and everything under it; `a.*` everything under `a`.
 * [unsure] Whether `a.*` also allows `a` itself (getEventData('a')) no Google document says, and no
 * published template's tests show it; refused, the conservative reading.
 */
function keyAllowed(patterns: string[], key: string): boolean {
  return patterns.some((pattern) => {
    if (pattern === '*') return true;
    if (pattern.endsWith('*')) return key.startsWith(pattern.slice(0, -1));
    return key === pattern || key.startsWith(pattern + '.');
  });
}

/** The URL settings of send_http and send_pixel_from_browser. */
export function urlGrant(p: Params): UrlGrant {
  return {
    any: p.allowedUrls === 'any',
    patterns: list(p.urls).map(str),
    googleDomains: p.allowGoogleDomains === true,
  };
}

function urlCheck(p: Params, url: unknown): string | undefined {
  const grant = urlGrant(p);
  if (urlAllowed(grant, str(url))) return undefined;
  const allowed = [...grant.patterns, ...(grant.googleDomains ? ['Google domains'] : [])];
  return `Access to URL "${str(url)}" is prohibited. Allowed URL patterns: ${allowed.join(', ') || 'none'}.`;
}

const checks: Partial<Record<PermissionId, Check>> = {
  logging(p, [debug]) {
    if (p.environments === 'all') return undefined;
    return debug === true
      ? undefined
      : 'Logging is allowed in debug and preview mode only ("environments": "debug").';
  },
  read_event_data(p, [key]) {
    if (p.eventDataAccess === 'any') return undefined;
    const patterns = list(p.keyPatterns).map(str);
    if (key === undefined) {
      return 'Access to all event data is prohibited: the permission allows specific keys only ("eventDataAccess": "specific").';
    }
    return keyAllowed(patterns, str(key))
      ? undefined
      : `Access to event data key "${str(key)}" is prohibited. Allowed keys: ${patterns.join(', ') || 'none'}.`;
  },
  get_cookies(p, [name]) {
    if (p.cookieAccess === 'any') return undefined;
    const names = list(p.cookieNames).map(str);
    return names.some((n) => matchesPattern(n, str(name)))
      ? undefined
      : `Access to cookie "${str(name)}" is prohibited. Allowed cookies: ${names.join(', ') || 'none'}.`;
  },
  /** Without options (what `check` reads in the code), only the name is judged. */
  set_cookies(p, [name, options]) {
    const opts = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
    const ok = rows(p.allowedCookies).some((entry) => {
      if (!matchesPattern(str(entry.name ?? '*'), str(name))) return false;
      if (options === undefined) return true;
      const domain = str(entry.domain ?? '*');
      if (domain !== '*' && domain !== str(opts.domain ?? 'auto')) return false;
      const path = str(entry.path ?? '*');
      if (path !== '*' && path !== str(opts.path ?? '/')) return false;
      if ((entry.secure === 'require_secure' || entry.secure === 'secure') && opts.secure !== true)
        return false;
      const isSession = opts['max-age'] === undefined && opts.expires === undefined;
      if (entry.session === 'session' && !isSession) return false;
      if (entry.session === 'non_session' && isSession) return false;
      return true;
    });
    if (ok) return undefined;
    return options === undefined
      ? `Setting cookie "${str(name)}" is prohibited: no "allowedCookies" entry has that name.`
      : `Setting cookie "${str(name)}" with options ${JSON.stringify(opts)} is prohibited: no "allowedCookies" entry matches.`;
  },
  read_request(p, [kind, name]) {
    if (p.requestAccess === 'any') return undefined;
    const flag = (key: string, what: string) =>
      p[key] === true ? undefined : `Access to ${what} is prohibited ("${key}" is not set).`;
    switch (kind) {
      case 'header': {
        // "headerAccess" is a radio GTM writes as "any" by default; it grants nothing while the
        // "headersAllowed" box is off.
        if (p.headersAllowed !== true)
          return `Access to request ${name === undefined ? 'headers' : `header "${str(name)}"`} is prohibited ("headersAllowed" is not set).`;
        if (p.headerAccess === 'any') return undefined;
        const names = rows(p.headerWhitelist).map((h) => str(h.headerName).toLowerCase());
        if (name === undefined)
          return 'Access to all request headers is prohibited ("headerAccess": "specific").';
        return names.some((n) => matchesPattern(n, str(name).toLowerCase()))
          ? undefined
          : `Access to request header "${str(name)}" is prohibited. Allowed headers: ${names.join(', ') || 'none'}.`;
      }
      case 'query_parameter': {
        if (p.queryParametersAllowed !== true) {
          return 'Access to query parameters is prohibited ("queryParametersAllowed" is not set).';
        }
        if (p.queryParameterAccess === 'any') return undefined;
        const names = rows(p.queryParameterWhitelist).map((q) =>
          str(q.queryParameter ?? q.queryParameterName),
        );
        if (name === undefined) {
          return 'Access to all query parameters is prohibited ("queryParameterAccess": "specific").';
        }
        return names.some((n) => matchesPattern(n, str(name)))
          ? undefined
          : `Access to query parameter "${str(name)}" is prohibited. Allowed parameters: ${names.join(', ') || 'none'}.`;
      }
      case 'query_string':
        return p.queryParameterAccess === 'any' && p.queryParametersAllowed === true
          ? undefined
          : 'Access to the query string is prohibited ("queryParameterAccess" must be "any").';
      case 'path':
        return flag('pathAllowed', 'the request path');
      case 'body':
        return flag('bodyAllowed', 'the request body');
      case 'remote_address':
        return flag('remoteAddressAllowed', 'the remote address');
      case 'method':
        // [unsure] No export seen has a switch for the method; it is allowed with the permission.
        return undefined;
      default:
        return `unknown request component "${str(kind)}"`;
    }
  },
  access_response(p, [, part, name]) {
    // [seen] "writeResponseAccess": any|specific; with specific, the write*Allowed switches and the
    // header list ("writeHeaderAccess": any|specific, "writeHeaderWhitelist" of {headerName}).
    if (p.writeResponseAccess === 'any') return undefined;
    switch (part) {
      case 'status':
        return p.writeStatusAllowed === true
          ? undefined
          : 'Writing the response status is prohibited ("writeStatusAllowed" is not set).';
      case 'body':
        return p.writeBodyAllowed === true
          ? undefined
          : 'Writing the response body is prohibited ("writeBodyAllowed" is not set).';
      default: {
        if (p.writeHeadersAllowed !== true)
          return 'Writing response headers is prohibited ("writeHeadersAllowed" is not set).';
        if (p.writeHeaderAccess === 'any' || name === undefined) return undefined;
        const names = rows(p.writeHeaderWhitelist).map((h) => str(h.headerName).toLowerCase());
        return names.some((n) => matchesPattern(n, str(name).toLowerCase()))
          ? undefined
          : `Writing response header "${str(name)}" is prohibited. Allowed headers: ${names.join(', ') || 'none'}.`;
      }
    }
  },
  use_message(p, [usage, type]) {
    // [seen] "allowedActions": any|specific, "messageTypes": maps of {type, action}, where action is
    // "send", "listen" or "listen_and_send".
    if (p.allowedActions === 'any') return undefined;
    const ok = rows(p.messageTypes).some(
      (e) =>
        matchesPattern(str(e.type ?? ''), str(type)) &&
        (e.action === 'listen_and_send' || e.action === usage),
    );
    return ok ? undefined : `Use of message type "${str(type)}" (${str(usage)}) is prohibited.`;
  },
  use_custom_private_keys(p, [keyId]) {
    const ids = list(p.keyIds).map(str);
    return ids.includes(str(keyId))
      ? undefined
      : `Use of private key "${str(keyId)}" is prohibited. Allowed key ids: ${ids.join(', ') || 'none'}.`;
  },
  use_google_credentials(p, [scopes]) {
    const allowed = list(p.allowedScopes).map(str);
    const wanted = Array.isArray(scopes) ? scopes.map(str) : [];
    const refused = wanted.filter((scope) => !allowed.includes(scope));
    return refused.length === 0
      ? undefined
      : `Use of Google credentials with scope "${refused[0]}" is prohibited. Allowed scopes: ${allowed.join(', ') || 'none'}.`;
  },
  send_http(p, [url]) {
    return urlCheck(p, url);
  },
  send_pixel_from_browser(p, [url]) {
    return urlCheck(p, url);
  },
};
