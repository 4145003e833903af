// getContainerVersion, queryPermission and callLater.
import type { Host } from '../host';
import { enforceApi } from '../permissions';
import { isDebug } from './logging';

export const createContainerApis = (
  host: Pick<Host, 'permissions' | 'containerVersion' | 'tasks'>,
) => ({
  getContainerVersion: () => {
    enforceApi(host.permissions, 'getContainerVersion');
    const v = host.containerVersion;
    return {
      containerId: v.containerId ?? 'GTM-XXXXXXX',
      debugMode: v.debugMode === true,
      environmentName: v.environmentName ?? '',
      environmentMode: v.environmentMode === true,
      previewMode: v.previewMode === true,
      version: v.version ?? '1',
    };
  },
  /** True when the same call would pass the permission check of the API that needs it. */
  queryPermission: (permission: unknown, ...args: unknown[]): boolean => {
    const name = String(permission);
    const checkArgs = name === 'logging' ? [isDebug(host)] : args;
    return host.permissions.refusal(name, checkArgs) === undefined;
  },
  callLater: (fn: unknown): void => {
    if (typeof fn === 'function') host.tasks.later(() => fn());
  },
});
