// The runtime's side of the permission model (permissions/policy.ts): an API call the template's
// permissions refuse throws GTM's error, and ends the tag as it would in GTM.
import type { PermissionInstance } from '../tpl/model';
import { permissionOf, type ApiName } from '../sandbox/apis';
import { policyFromPermissions, type PermissionPolicy } from '../permissions/policy';
import { urlPatternAllows } from '../sandbox/url-pattern';

export { allowAll, matchesPattern, type PermissionPolicy } from '../permissions/policy';
export type { PlainValue } from '../permissions/typed-values';

/** Raised when the template's permissions refuse a call; the message names permission and value. */
export class PermissionError extends Error {
  constructor(
    readonly permission: string,
    detail: string,
  ) {
    // GTM's preview console words a refusal as: Tag failed "get_cookies" permission check: Access to
    // cookie "x" is prohibited. The details here follow that form and add what the template does allow.
    super(`Tag failed "${permission}" permission check: ${detail}`);
    this.name = 'PermissionError';
  }
}

export function policyFromTemplate(instances: PermissionInstance[]): PermissionPolicy {
  return policyFromPermissions(instances);
}

export function enforce(policy: PermissionPolicy, permission: string, ...args: unknown[]): void {
  const why = policy.refusal(permission, args);
  if (why !== undefined) throw new PermissionError(permission, why);
}

/** Checks a call of `api` (with the arguments its permission judges) against its registered permission. */
export function enforceApi(policy: PermissionPolicy, api: ApiName, ...args: unknown[]): void {
  const permission = permissionOf(api);
  if (permission) enforce(policy, permission, ...args);
}

/** Whether one send_http URL pattern allows `url` (sandbox/url-pattern.ts). */
export function urlAllowed(pattern: string, url: string): boolean {
  return urlPatternAllows(pattern, url);
}
