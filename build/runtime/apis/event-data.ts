// getAllEventData / getEventData: always copies, so the template cannot change the event for other tags.
import type { Host } from '../host';
import { enforceApi } from '../permissions';
import { deepCopy } from '../values';

/** The value at a dotted key path (`items.0.price`), or undefined when any step is missing. */
export function valueAtPath(root: unknown, keyPath: string): unknown {
  // A key that itself contains dots (e.g. 'x-ga-mp2-user_properties.a') wins over a path walk.
  if (root && typeof root === 'object' && Object.prototype.hasOwnProperty.call(root, keyPath)) {
    return (root as Record<string, unknown>)[keyPath];
  }
  let current: unknown = root;
  for (const part of keyPath.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export const createEventDataApis = (host: Pick<Host, 'permissions' | 'event'>) => ({
  getAllEventData: (): Record<string, unknown> => {
    enforceApi(host.permissions, 'getAllEventData');
    return deepCopy(host.event);
  },
  getEventData: (keyPath: unknown): unknown => {
    const key = String(keyPath);
    enforceApi(host.permissions, 'getEventData', key);
    return deepCopy(valueAtPath(host.event, key));
  },
});
