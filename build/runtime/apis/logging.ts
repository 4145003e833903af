// logToConsole: one line per call, arguments joined by spaces, objects as JSON (like GTM's console).
import type { Host } from '../host';
import { renderValue } from '../values';

export function isDebug(host: Pick<Host, 'containerVersion'>): boolean {
  return host.containerVersion.debugMode === true || host.containerVersion.previewMode === true;
}

/**
 * [doc] When the logging permission is refused (e.g. "debug" only, outside preview), GTM drops the
 * message silently rather than throwing. A template without the permission has it with no settings,
 * which is "debug".
 */
export function loggingAllowed(host: Pick<Host, 'permissions' | 'containerVersion'>): boolean {
  return host.permissions.refusal('logging', [isDebug(host)]) === undefined;
}

export const createLoggingApis = (
  host: Pick<Host, 'permissions' | 'containerVersion' | 'trace'>,
) => ({
  logToConsole: (...args: unknown[]): void => {
    if (!loggingAllowed(host)) return;
    host.trace.logs.push(args.map(renderValue).join(' '));
  },
});
