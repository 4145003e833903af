// setCookie: records the Set-Cookie the server would send (value URI-encoded unless noEncode).
import type { Host } from '../host';
import { enforceApi } from '../permissions';
import { deepCopy } from '../values';

export const createCookieApis = (host: Pick<Host, 'permissions' | 'trace'>) => ({
  setCookie: (name: unknown, value: unknown, options?: unknown, noEncode?: unknown): void => {
    const opts = (options && typeof options === 'object' ? deepCopy(options) : {}) as Record<
      string,
      unknown
    >;
    enforceApi(host.permissions, 'setCookie', String(name), opts);
    const text = String(value);
    host.trace.cookiesSet.push({
      name: String(name),
      value: noEncode === true ? text : encodeURIComponent(text),
      options: opts,
    });
  },
});
