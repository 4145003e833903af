// GTM's URL match patterns, the one matcher for every permission that allows URLs (send_http,
// send_pixel_from_browser): `check` and `build` judge the URLs they can read in the code with it, and
// the runtime judges every URL a call really uses with it.
//
// [doc] A pattern is scheme://host[:port]/path: the scheme must be the URL's; the host is exact or
// `*.domain` (any subdomain of domain, not domain itself); the port, when the pattern names none, is the
// scheme's default; the path is a prefix, where `*` matches anything. Hosts compare case-insensitively
// and a URL that spells the default port (`https://a.com:443/`) is the same URL as one that does not.
// The URL is parsed as a browser would (WHATWG URL), so `https://evil.com/?x=.example.com/` has the
// host evil.com whatever its query or path spell.

export interface UrlGrant {
  /** "allowedUrls": "any". */
  any: boolean;
  patterns: readonly string[];
  /** "allowGoogleDomains": true. */
  googleDomains: boolean;
}

interface CompiledPattern {
  scheme: string;
  /** Lower case; `*.` prefix for subdomains. */
  host: string;
  /** The port it allows, '' meaning the scheme's default; '*' any. */
  port: string;
  path: string;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

// Patterns are few and fixed per template, and checked on every request: each is compiled once.
const compiled = new Map<string, CompiledPattern | null>();

function compile(pattern: string): CompiledPattern | null {
  const cached = compiled.get(pattern);
  if (cached !== undefined) return cached;
  let result: CompiledPattern | null = null;
  const m = /^(https?:)\/\/([^/?#]+)([/?#].*)?$/i.exec(pattern.trim());
  if (m) {
    const scheme = m[1].toLowerCase();
    const [host, port = ''] = m[2].toLowerCase().split(':');
    result = {
      scheme,
      host,
      port: port === DEFAULT_PORTS[scheme] ? '' : port,
      path: m[3] ?? '/',
    };
  }
  compiled.set(pattern, result);
  return result;
}

/** Whether `text` starts with something the glob (`*` = any characters) matches. */
function globPrefix(glob: string, text: string): boolean {
  const parts = glob.split('*');
  if (!text.startsWith(parts[0])) return false;
  let at = parts[0].length;
  for (const part of parts.slice(1)) {
    const found = text.indexOf(part, at);
    if (found === -1) return false;
    at = found + part.length;
  }
  return true;
}

/** Whether some text that starts with `known` can start with what the glob matches. */
function globPrefixPossible(glob: string, known: string): boolean {
  const step = (i: number, j: number): boolean => {
    if (i === known.length || j === glob.length) return true;
    if (glob[j] === '*') {
      for (let k = i; k <= known.length; k++) if (step(k, j + 1)) return true;
      return false;
    }
    return known[i] === glob[j] && step(i + 1, j + 1);
  };
  return step(0, 0);
}

function hostAllowed(pattern: string, hostname: string): boolean {
  if (pattern === '*') return true;
  if (!pattern.startsWith('*.')) return pattern === hostname;
  const domain = pattern.slice(1);
  return hostname.endsWith(domain) && hostname.length > domain.length;
}

// [unsure] GTM does not list the domains "Allow Google Domains" covers; these serve Google's tags
// and measurement.
const GOOGLE_DOMAINS = [
  '*.google.com',
  '*.googleapis.com',
  '*.google-analytics.com',
  '*.googletagmanager.com',
  '*.doubleclick.net',
  '*.googleadservices.com',
  '*.googlesyndication.com',
];

interface Target {
  scheme: string;
  hostname: string;
  port: string;
}

function originAllowed(pattern: CompiledPattern, target: Target): boolean {
  return (
    pattern.scheme === target.scheme &&
    (pattern.port === '*' || pattern.port === target.port) &&
    hostAllowed(pattern.host, target.hostname)
  );
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function targetOf(url: URL): Target | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // The URL parser already drops a default port and lower-cases the host.
  return { scheme: url.protocol, hostname: url.hostname, port: url.port };
}

/** Whether the pattern allows the URL. */
export function urlPatternAllows(pattern: string, url: string): boolean {
  return urlAllowed({ any: false, patterns: [pattern], googleDomains: false }, url);
}

/** Whether a permission's URL settings allow the URL. */
export function urlAllowed(grant: UrlGrant, url: string): boolean {
  if (grant.any) return true;
  const parsed = parse(url);
  const target = parsed && targetOf(parsed);
  if (!parsed || !target) return false;
  const rest = parsed.pathname + parsed.search;
  if (grant.googleDomains && target.scheme === 'https:' && target.port === '') {
    if (GOOGLE_DOMAINS.some((host) => hostAllowed(host, target.hostname))) return true;
  }
  return grant.patterns.some((p) => {
    const pattern = compile(p);
    return !!pattern && originAllowed(pattern, target) && globPrefix(pattern.path, rest);
  });
}

/**
 * For a URL known only by its start (`'https://api.example.com/v1/' + path`): whether some URL that
 * starts so can be allowed. The start must name the host completely (up to the first '/', '?' or '#'):
 * otherwise the answer is undefined (it cannot be judged).
 */
export function urlPrefixMayBeAllowed(grant: UrlGrant, prefix: string): boolean | undefined {
  if (grant.any) return true;
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)([/?#].*)$/is.exec(prefix);
  if (!m) return undefined;
  const origin = parse(`${m[1]}/`);
  const target = origin && targetOf(origin);
  if (!target) return false;
  // The known path as the URL parser would write it (it keeps what a prefix can hold unchanged).
  const known = m[2].startsWith('/') ? m[2] : `/${m[2]}`;
  if (grant.googleDomains && target.scheme === 'https:' && target.port === '') {
    if (GOOGLE_DOMAINS.some((host) => hostAllowed(host, target.hostname))) return true;
  }
  return grant.patterns.some((p) => {
    const pattern = compile(p);
    return !!pattern && originAllowed(pattern, target) && globPrefixPossible(pattern.path, known);
  });
}

/** Whether a string is a URL pattern GTM's editor accepts (http or https, a host, a path). */
export function isUrlPattern(pattern: string): boolean {
  return compile(pattern) !== null;
}
