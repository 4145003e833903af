// The template's declared permissions (`___SERVER_PERMISSIONS___`) and the checks each API makes
// against them. One function answers both enforcement (the API throws) and queryPermission (a boolean).
import type { PermissionInstance, TypedValue } from '../tpl/model';

export type PlainValue = string | boolean | PlainValue[] | { [key: string]: PlainValue };

/** GTM's typed permission values as plain JS: 1 string, 2 list, 3 map, 8 boolean. */
export function plainValue(value: TypedValue): PlainValue {
  switch (value.type) {
    case 1:
      return value.string;
    case 2:
      return (value.listItem ?? []).map(plainValue);
    case 3: {
      const out: Record<string, PlainValue> = {};
      (value.mapKey ?? []).forEach((key, i) => {
        out[String(plainValue(key))] = plainValue(value.mapValue[i]);
      });
      return out;
    }
    case 8:
      return value.boolean;
    default:
      return '';
  }
}

/** Raised when the template's permissions refuse a call; the message names permission and value. */
export class PermissionError extends Error {
  constructor(
    readonly permission: string,
    detail: string,
  ) {
    // GTM's preview console words a refusal as: Tag failed "get_cookies" permission check: Access to
    // cookie "x" is prohibited. The details here follow that form and add what the template does allow.
    super(`Tag failed "${permission}" permission check: ${detail}`);
    this.name = 'PermissionError';
  }
}

export interface PermissionPolicy {
  /** Declared permission ids, or 'all' when every permission is granted (unit tests of tag modules). */
  readonly declared: ReadonlySet<string> | 'all';
  /** Why the call is refused, or undefined when allowed. */
  refusal(permission: string, args: unknown[]): string | undefined;
}

export function allowAll(): PermissionPolicy {
  return { declared: 'all', refusal: () => undefined };
}

export function policyFromTemplate(instances: PermissionInstance[]): PermissionPolicy {
  const params = new Map<string, Record<string, PlainValue>>();
  for (const item of instances) {
    const out: Record<string, PlainValue> = {};
    for (const p of item.instance.param ?? []) out[p.key] = plainValue(p.value);
    params.set(item.instance.key.publicId, out);
  }
  return {
    declared: new Set(params.keys()),
    refusal(permission, args) {
      const p = params.get(permission);
      if (!p)
        return `the template does not declare the "${permission}" permission in ___SERVER_PERMISSIONS___.`;
      const check = checks[permission];
      return check ? check(p, args) : undefined;
    },
  };
}

export function enforce(policy: PermissionPolicy, permission: string, ...args: unknown[]): void {
  const why = policy.refusal(permission, args);
  if (why !== undefined) throw new PermissionError(permission, why);
}

type Check = (p: Record<string, PlainValue>, args: unknown[]) => string | undefined;

const list = (v: PlainValue | undefined): PlainValue[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));

/** GTM's key and name patterns: exact, or a trailing `*` matching any rest. [unsure] about other wildcards. */
export function matchesPattern(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  return pattern === value;
}

/** read_event_data key patterns: `a.b` allows `a.b` and everything under it; `a.*` everything under `a`. */
function keyAllowed(patterns: string[], key: string): boolean {
  return patterns.some((pattern) => {
    if (pattern === '*') return true;
    if (pattern.endsWith('.*')) return key.startsWith(pattern.slice(0, -1));
    if (pattern.endsWith('*')) return key.startsWith(pattern.slice(0, -1));
    return key === pattern || key.startsWith(pattern + '.');
  });
}

/**
 * send_http URL patterns as GTM's editor writes them: "https://host/path/" (a prefix), with `*` allowed in
 * the host (`https://*.stape.io/`) and in the path (`https://events.tracker.example/*`). The scheme must match.
 * [unsure] GTM's exact matcher is undocumented; a pattern without `*` is taken as a prefix.
 */
export function urlAllowed(pattern: string, url: string): boolean {
  return urlsAllowed([pattern], url);
}

/** Whether any of the patterns allows `url`, which is parsed once. */
function urlsAllowed(patterns: string[], url: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  return patterns.some((pattern) => targetAllowed(compiledPattern(pattern), target));
}

interface UrlPattern {
  scheme: string;
  host: string;
  /** The port it allows: the scheme's default unless the pattern names one ('*' for any). */
  port: string;
  path: RegExp;
}

// Patterns are few and fixed per template, and checked on every request: each is compiled once.
const compiledPatterns = new Map<string, UrlPattern | null>();

function compiledPattern(pattern: string): UrlPattern | null {
  let compiled = compiledPatterns.get(pattern);
  if (compiled !== undefined) return compiled;
  const m = /^(https?):\/\/([^/]+)(\/.*)?$/.exec(pattern.trim());
  compiled = null;
  if (m) {
    const [, scheme, hostPort, path = '/'] = m;
    const [host, port] = hostPort.split(':');
    const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    compiled = {
      scheme,
      host: host.toLowerCase(),
      port: port ?? (scheme === 'https' ? '443' : '80'),
      path: new RegExp(`^${escaped}`),
    };
  }
  compiledPatterns.set(pattern, compiled);
  return compiled;
}

function targetAllowed(pattern: UrlPattern | null, target: URL): boolean {
  if (!pattern || target.protocol !== `${pattern.scheme}:`) return false;
  const targetPort = target.port || (target.protocol === 'https:' ? '443' : '80');
  if (pattern.port !== '*' && pattern.port !== targetPort) return false;
  const hostname = target.hostname.toLowerCase();
  const wanted = pattern.host;
  const hostOk = wanted.startsWith('*.')
    ? hostname.endsWith(wanted.slice(1)) && hostname.length > wanted.length - 1
    : hostname === wanted;
  return hostOk && pattern.path.test(target.pathname + target.search);
}

const checks: Record<string, Check> = {
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
  set_cookies(p, [name, options]) {
    const opts = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
    const entries = list(p.allowedCookies) as Record<string, PlainValue>[];
    const ok = entries.some((entry) => {
      if (!matchesPattern(str(entry.name ?? '*'), str(name))) return false;
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
    return ok
      ? undefined
      : `Setting cookie "${str(name)}" with options ${JSON.stringify(opts)} is prohibited: no "allowedCookies" entry matches.`;
  },
  read_request(p, [kind, name]) {
    if (p.requestAccess === 'any') return undefined;
    const flag = (key: string, what: string) =>
      p[key] === true ? undefined : `Access to ${what} is prohibited ("${key}" is not set).`;
    switch (kind) {
      case 'header': {
        if (p.headersAllowed === false)
          return 'Access to request headers is prohibited ("headersAllowed" is off).';
        if (p.headerAccess === 'any') return undefined;
        const names = (list(p.headerWhitelist) as Record<string, PlainValue>[]).map((h) =>
          str(h.headerName).toLowerCase(),
        );
        if (name === undefined)
          return 'Access to all request headers is prohibited ("headerAccess": "specific").';
        return names.some((n) => matchesPattern(n, str(name).toLowerCase()))
          ? undefined
          : `Access to request header "${str(name)}" is prohibited. Allowed headers: ${names.join(', ') || 'none'}.`;
      }
      case 'query_parameter': {
        if (p.queryParametersAllowed === false) {
          return 'Access to query parameters is prohibited ("queryParametersAllowed" is off).';
        }
        if (p.queryParameterAccess === 'any') return undefined;
        const names = (list(p.queryParameterWhitelist) as Record<string, PlainValue>[]).map((q) =>
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
        return p.queryParameterAccess === 'any' && p.queryParametersAllowed !== false
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
  use_message(p, [usage, type]) {
    // [unsure] Parameter names follow GTM's editor: "allowedTypes" maps of {messageType, usage}.
    const entries = list(p.allowedTypes) as Record<string, PlainValue>[];
    if (entries.length === 0) return undefined;
    const ok = entries.some(
      (e) =>
        matchesPattern(str(e.messageType ?? '*'), str(type)) &&
        (e.usage === undefined || e.usage === 'send_and_listen' || e.usage === usage),
    );
    return ok ? undefined : `Use of message type "${str(type)}" (${str(usage)}) is prohibited.`;
  },
  send_http(p, [url]) {
    if (p.allowedUrls === 'any') return undefined;
    const urls = list(p.urls).map(str);
    return urlsAllowed(urls, str(url))
      ? undefined
      : `Access to URL "${str(url)}" is prohibited. Allowed URL patterns: ${urls.join(', ') || 'none'}.`;
  },
};
