// The cookies this template's get_cookies permission lists. template.ts declares exactly these in the
// scope, and the tag reads them without asking queryPermission first: only a custom envelope cookie
// name (a field) can be missing from the permission.
export const DECLARED_COOKIES: readonly string[] = ['_lr_env', '_scid', '_scclid'];

export function isDeclaredCookie(name: string): boolean {
  return DECLARED_COOKIES.indexOf(name) >= 0;
}
