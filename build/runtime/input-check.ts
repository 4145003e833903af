// The values an execution is given, checked against the types GTM would hand the template: a cookie
// is a string or a list of strings, headers are strings, and so on. A wrong type would otherwise be
// turned into "[object Object]" or "5" somewhere inside an API, far from the mistake. Each problem
// names the path of the value, e.g. "_vid must be a string or a list of strings, got an object".
import type { RequestInput } from './types';

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const joined = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** An object whose values are strings (headers). */
export function stringMapProblems(value: unknown, path: string, what: string): string[] {
  if (!isObject(value))
    return [`${path || what} must be an object of ${what}, got ${typeName(value)}`];
  return Object.entries(value)
    .filter(([, v]) => typeof v !== 'string')
    .map(([k, v]) => `${joined(path, k)} must be a string, got ${typeName(v)}`);
}

/** An object whose values are a string or a list of strings (cookies, query parameters). */
export function listMapProblems(value: unknown, path: string, what: string): string[] {
  if (!isObject(value))
    return [`${path || what} must be an object of ${what}, got ${typeName(value)}`];
  return Object.entries(value)
    .filter(
      ([, v]) =>
        typeof v !== 'string' && !(Array.isArray(v) && v.every((x) => typeof x === 'string')),
    )
    .map(
      ([k, v]) => `${joined(path, k)} must be a string or a list of strings, got ${typeName(v)}`,
    );
}

const stringProblems = (v: unknown, p: string): string[] =>
  typeof v === 'string' ? [] : [`${p} must be a string, got ${typeName(v)}`];

const REQUEST_CHECKS: Record<keyof RequestInput, (value: unknown, path: string) => string[]> = {
  headers: (v, p) => stringMapProblems(v, p, 'header values'),
  cookies: (v, p) => listMapProblems(v, p, 'cookie values'),
  query: (v, p) => listMapProblems(v, p, 'query parameter values'),
  path: stringProblems,
  method: stringProblems,
  body: stringProblems,
  remoteAddress: stringProblems,
};

/** The request as a whole: {headers, cookies, query, path, method, body, remoteAddress}. */
export function requestProblems(value: unknown): string[] {
  if (!isObject(value)) return [`the request must be an object, got ${typeName(value)}`];
  const problems: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const check = REQUEST_CHECKS[key as keyof RequestInput];
    if (!check) {
      problems.push(
        `${key} is not part of a request; use ${Object.keys(REQUEST_CHECKS).join(', ')}`,
      );
    } else if (v !== undefined) {
      problems.push(...check(v, key));
    }
  }
  return problems;
}
