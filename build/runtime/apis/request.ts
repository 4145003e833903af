// The incoming request: headers, query, path, method, body, remote address, and its cookies.
import type { Host } from '../host';
import { enforceApi } from '../permissions';

const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export function headerValue(
  headers: Record<string, string> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  const values = Object.keys(headers)
    .filter((k) => k.toLowerCase() === wanted)
    .map((k) => headers[k]);
  // Node joins repeated headers with ", "; GTM returns the same single string.
  return values.length ? values.join(', ') : undefined;
}

export function queryString(query: Record<string, string | string[]> | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const v of asList(value))
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(v)}`);
  }
  return parts.join('&');
}

/** A cookie's values, in order; URI-decoded unless noDecode (an undecodable value is kept raw). */
export function cookieValues(
  cookies: Record<string, string | string[]> | undefined,
  name: string,
  noDecode: boolean,
): string[] {
  const raw = asList(cookies?.[name]);
  if (noDecode) return [...raw];
  return raw.map((v) => {
    try {
      return decodeURIComponent(v);
    } catch {
      return v;
    }
  });
}

/** Parses a `Cookie:` header into the runtime's cookie map (repeated names keep every value). */
export function parseCookieHeader(header: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name) continue;
    (out[name] ??= []).push(part.slice(eq + 1).trim());
  }
  return out;
}

/** The request's cookies: as given, or else parsed from its Cookie header. */
export function requestCookies(request: Host['request']): Record<string, string | string[]> {
  if (request.cookies) return request.cookies;
  const header = headerValue(request.headers, 'cookie');
  return header === undefined ? {} : parseCookieHeader(header);
}

export const createRequestApis = (host: Pick<Host, 'permissions' | 'request'>) => {
  const req = () => host.request;
  return {
    getRequestHeader: (name: unknown): string | undefined => {
      enforceApi(host.permissions, 'getRequestHeader', 'header', String(name));
      return headerValue(req().headers, String(name));
    },
    getRequestQueryParameter: (name: unknown): string | undefined => {
      enforceApi(host.permissions, 'getRequestQueryParameter', 'query_parameter', String(name));
      return asList(req().query?.[String(name)])[0];
    },
    getRequestQueryParameters: (): Record<string, string | string[]> => {
      enforceApi(host.permissions, 'getRequestQueryParameters', 'query_parameter');
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(req().query ?? {}))
        out[k] = Array.isArray(v) ? [...v] : v;
      return out;
    },
    getRequestQueryString: (): string => {
      enforceApi(host.permissions, 'getRequestQueryString', 'query_string');
      return queryString(req().query);
    },
    getRequestPath: (): string => {
      enforceApi(host.permissions, 'getRequestPath', 'path');
      return req().path ?? '/';
    },
    getRequestMethod: (): string => {
      enforceApi(host.permissions, 'getRequestMethod', 'method');
      return req().method ?? 'GET';
    },
    getRequestBody: (): string | undefined => {
      enforceApi(host.permissions, 'getRequestBody', 'body');
      return req().body;
    },
    getRemoteAddress: (): string | undefined => {
      enforceApi(host.permissions, 'getRemoteAddress', 'remote_address');
      return req().remoteAddress;
    },
    getCookieValues: (name: unknown, noDecode?: unknown): string[] => {
      enforceApi(host.permissions, 'getCookieValues', String(name));
      return cookieValues(requestCookies(req()), String(name), noDecode === true);
    },
  };
};
