// URI and base64 codecs, URL parsing, hashing and the registrable domain: pure functions.
import { createHash } from 'node:crypto';
// The type the sandbox code sees (types/sgtm.d.ts): the emulation returns exactly that.
import type { ParsedUrl } from 'sgtm';

const quiet =
  <A extends unknown[], R>(fn: (...args: A) => R) =>
  (...args: A): R | undefined => {
    try {
      return fn(...args);
    } catch {
      return undefined;
    }
  };

export const encodeUri = (value: unknown): string | undefined => quiet(encodeURI)(String(value));
export const encodeUriComponent = (value: unknown): string | undefined =>
  quiet(encodeURIComponent)(String(value));
/** Undefined on a malformed escape, as GTM does. */
export const decodeUri = (value: unknown): string | undefined => quiet(decodeURI)(String(value));
export const decodeUriComponent = (value: unknown): string | undefined =>
  quiet(decodeURIComponent)(String(value));

/** The URL's parts, repeated query keys as lists; undefined when the text is not an absolute URL. */
export const parseUrl = (value: unknown): ParsedUrl | undefined => {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    return undefined;
  }
  const searchParams: Record<string, string | string[]> = {};
  for (const [key, val] of url.searchParams) {
    const prev = searchParams[key];
    searchParams[key] =
      prev === undefined ? val : Array.isArray(prev) ? [...prev, val] : [prev, val];
  }
  return {
    href: url.href,
    origin: url.origin,
    protocol: url.protocol,
    username: url.username,
    password: url.password,
    host: url.host,
    hostname: url.hostname,
    port: url.port,
    pathname: url.pathname,
    search: url.search,
    searchParams,
    hash: url.hash,
  };
};

/** Base64 of the UTF-8 bytes; `{urlEncoding: true}` uses the URL-safe alphabet [unsure: padding kept]. */
export const toBase64 = (value: unknown, options?: unknown): string => {
  const b64 = Buffer.from(String(value), 'utf8').toString('base64');
  const urlSafe = !!(
    options &&
    typeof options === 'object' &&
    (options as { urlEncoding?: unknown }).urlEncoding
  );
  return urlSafe ? b64.replace(/\+/g, '-').replace(/\//g, '_') : b64;
};

/** Decodes standard or URL-safe base64 to text; undefined when the input is not base64. */
export const fromBase64 = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1) {
    return undefined;
  }
  return Buffer.from(text, 'base64').toString('utf8');
};

function digest(input: unknown, options: unknown): string {
  const enc =
    options && typeof options === 'object'
      ? (options as { outputEncoding?: unknown }).outputEncoding
      : undefined;
  return createHash('sha256')
    .update(String(input), 'utf8')
    .digest(enc === 'hex' ? 'hex' : 'base64');
}

/** SHA-256 of the UTF-8 text, base64 unless `{outputEncoding: 'hex'}`. */
export const sha256Sync = (input: unknown, options?: unknown): string => digest(input, options);

/** Asynchronous form: sha256(input, onSuccess, options) — server signature. */
export const createSha256 =
  (later: (fn: () => void) => void) =>
  (
    input: unknown,
    onSuccess: unknown,
    onFailureOrOptions?: unknown,
    maybeOptions?: unknown,
  ): void => {
    // The web API takes (input, onSuccess, onFailure, options); accept both shapes.
    const options = typeof onFailureOrOptions === 'function' ? maybeOptions : onFailureOrOptions;
    const value = digest(input, options);
    if (typeof onSuccess === 'function') later(() => onSuccess(value));
  };

// A short public-suffix list: the common multi-label suffixes. [unsure] GTM uses the full Public Suffix
// List; hosts under rarer suffixes get the last two labels here.
const MULTI_LABEL_SUFFIXES = new Set(
  (
    'co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk net.uk com.au net.au org.au edu.au gov.au ' +
    'co.nz org.nz net.nz co.jp ne.jp or.jp ac.jp go.jp co.kr or.kr com.br net.br org.br com.cn net.cn ' +
    'org.cn gov.cn com.mx org.mx com.ar com.tr com.tw com.hk com.sg com.my co.in net.in org.in co.za ' +
    'co.il com.ua com.pl com.es com.pt co.id co.th com.vn com.ph com.pk com.eg com.sa com.co com.pe ' +
    'github.io herokuapp.com appspot.com blogspot.com web.app firebaseapp.com netlify.app vercel.app ' +
    'pages.dev workers.dev cloudfront.net azurewebsites.net'
  ).split(' '),
);

/** The registrable domain ("eTLD+1") of a host name or URL: `www.shop.example.co.uk` → `example.co.uk`. */
export const computeEffectiveTldPlusOne = (value: unknown): string | undefined => {
  let host = String(value ?? '')
    .trim()
    .toLowerCase();
  if (!host) return undefined;
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return undefined;
    }
  }
  host = host.replace(/\.$/, '').split('/')[0].split(':')[0];
  if (/^[0-9.]+$/.test(host) || host.includes('[')) return host;
  const labels = host.split('.');
  if (labels.length < 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  const take = MULTI_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-take).join('.');
};
