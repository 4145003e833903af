// A setCookie call of the template as the Set-Cookie header sGTM adds to the response.
import type { TraceCookie } from '../runtime/types';

/**
 * `domain: 'auto'` lets sGTM pick the widest domain it may set; on this local server that is the
 * host itself, which is what a cookie without a Domain attribute gets.
 */
export function setCookieHeader({ name, value, options }: TraceCookie): string {
  const parts = [`${name}=${value}`];
  const domain = options.domain;
  if (typeof domain === 'string' && domain !== '' && domain !== 'auto')
    parts.push(`Domain=${domain}`);
  if (options.path !== undefined) parts.push(`Path=${String(options.path)}`);
  if (options['max-age'] !== undefined) parts.push(`Max-Age=${String(options['max-age'])}`);
  if (options.expires !== undefined) parts.push(`Expires=${String(options.expires)}`);
  if (options.secure === true) parts.push('Secure');
  if (options.httpOnly === true) parts.push('HttpOnly');
  if (options.samesite !== undefined) parts.push(`SameSite=${String(options.samesite)}`);
  return parts.join('; ');
}
