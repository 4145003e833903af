// templateDataStorage: a per-template cache that outlives one execution; values are copied in and out.
import type { Host } from '../host';
import { enforceApi } from '../permissions';
import { deepCopy } from '../values';

export interface TemplateStorage {
  readonly items: Map<string, unknown>;
}

/** A fresh, empty storage; pass the same one to several runs to share it between them. */
export function createTemplateStorage(): TemplateStorage {
  return { items: new Map() };
}

export const createStorageApis = (host: Pick<Host, 'permissions' | 'storage'>) => {
  const check = () => enforceApi(host.permissions, 'templateDataStorage');
  return {
    templateDataStorage: {
      /** [doc] "a copy of the value stored for the given key, or null if nothing is stored". */
      getItemCopy: (key: unknown): unknown => {
        check();
        const k = String(key);
        return host.storage.items.has(k) ? deepCopy(host.storage.items.get(k)) : null;
      },
      /** [doc] Storing null removes the key. */
      setItemCopy: (key: unknown, value: unknown): void => {
        check();
        if (value === null) host.storage.items.delete(String(key));
        else host.storage.items.set(String(key), deepCopy(value));
      },
      removeItem: (key: unknown): void => {
        check();
        host.storage.items.delete(String(key));
      },
      clear: (): void => {
        check();
        host.storage.items.clear();
      },
    },
  };
};
