// GTM's permission JSON for what the code uses, configured from the declared scope: the instances the
// build writes into ___SERVER_PERMISSIONS___, sorted by publicId, in the form GTM's editor writes.
import { SANDBOX_APIS, sandboxApi, type Need, type PermissionId } from '../sandbox/apis';
import type { PermissionInstance, TypedValue } from '../tpl/model';
import type { CookieScope, PermissionScope } from './scope';
import { typedValue, type PlainValue } from './typed-values';

type Param = { key: string; value: TypedValue };
const param = (key: string, value: PlainValue): Param => ({ key, value: typedValue(value) });

export function cookieWithDefaults(cookie: CookieScope): Required<CookieScope> {
  return {
    name: cookie.name,
    domain: cookie.domain ?? '*',
    path: cookie.path ?? '*',
    secure: cookie.secure ?? 'any',
    session: cookie.session ?? 'any',
  };
}

function instance(publicId: string, params: Param[]): PermissionInstance {
  const result: PermissionInstance = {
    instance: { key: { publicId, versionId: '1' }, param: params },
    clientAnnotations: { isEditedByUser: true },
    isRequired: true,
  };
  // GTM writes no clientAnnotations for permissions without settings.
  if (params.length === 0) delete (result as { clientAnnotations?: unknown }).clientAnnotations;
  return result;
}

const urlPattern = (prefix: string) => (prefix.endsWith('*') ? prefix : `${prefix}*`);

function readRequestParams(needs: Set<Need>, scope: PermissionScope): Param[] {
  const params: Param[] = [];
  const headers = needs.has('requestHeaders');
  const query = needs.has('queryParameter') || needs.has('queryParametersAll');
  const specificQuery = query && Array.isArray(scope.queryParameters);
  if (headers) {
    const names = (scope.requestHeaders ?? []).map((h) => h.toLowerCase());
    params.push(
      param(
        'headerWhitelist',
        names.map((h) => ({ headerName: h })),
      ),
    );
    params.push(param('headersAllowed', true));
  }
  if (specificQuery) {
    const names = scope.queryParameters as string[];
    params.push(
      param(
        'queryParameterWhitelist',
        names.map((q) => ({ queryParameter: q })),
      ),
    );
  }
  if (query) params.push(param('queryParametersAllowed', true));
  if (needs.has('requestPath')) params.push(param('pathAllowed', true));
  if (needs.has('requestBody')) params.push(param('bodyAllowed', true));
  if (needs.has('remoteAddress')) params.push(param('remoteAddressAllowed', true));
  params.push(param('requestAccess', 'specific'));
  // The access radios GTM always writes; 'any' is its default and grants nothing while the
  // matching "...Allowed" box above is off.
  params.push(param('headerAccess', headers ? 'specific' : 'any'));
  params.push(param('queryParameterAccess', specificQuery ? 'specific' : 'any'));
  return params;
}

function responseParams(needs: Set<Need>, scope: PermissionScope): Param[] {
  const headers = scope.response?.headers;
  const specificHeaders = needs.has('responseHeaders') && Array.isArray(headers);
  const params = [
    param('writeResponseAccess', 'specific'),
    param('writeHeaderAccess', specificHeaders ? 'specific' : 'any'),
  ];
  if (needs.has('responseStatus')) params.push(param('writeStatusAllowed', true));
  if (needs.has('responseHeaders')) params.push(param('writeHeadersAllowed', true));
  if (specificHeaders) {
    params.push(
      param(
        'writeHeaderWhitelist',
        (headers as string[]).map((h) => ({ headerName: h.toLowerCase() })),
      ),
    );
  }
  if (needs.has('responseBody')) params.push(param('writeBodyAllowed', true));
  return params;
}

/** The settings of one permission, for the needs of the APIs that use it. */
function paramsOf(publicId: PermissionId, needs: Set<Need>, scope: PermissionScope): Param[] {
  switch (publicId) {
    case 'send_http':
      return [
        param('allowedUrls', 'specific'),
        param('urls', (scope.sendHttp?.urls ?? []).map(urlPattern)),
        ...(scope.sendHttp?.googleDomains ? [param('allowGoogleDomains', true)] : []),
      ];
    case 'send_pixel_from_browser':
      return [
        param('allowedUrls', 'specific'),
        param('urls', (scope.sendPixel?.urls ?? []).map(urlPattern)),
      ];
    case 'get_cookies':
      return [param('cookieAccess', 'specific'), param('cookieNames', scope.readCookies ?? [])];
    case 'set_cookies':
      return [
        param(
          'allowedCookies',
          (scope.setCookies ?? []).map((c) => ({ ...cookieWithDefaults(c) })),
        ),
      ];
    case 'read_request':
      return readRequestParams(needs, scope);
    case 'read_event_data':
      return scope.eventData === 'any' || scope.eventData === undefined
        ? [param('eventDataAccess', 'any')]
        : [param('eventDataAccess', 'specific'), param('keyPatterns', scope.eventData)];
    case 'logging':
      return [param('environments', scope.logging ?? 'debug')];
    case 'use_google_credentials':
      return [param('allowedScopes', scope.googleAuthScopes ?? [])];
    case 'access_bigquery':
      return [
        param(
          'allowedTables',
          (scope.bigQuery ?? []).map((t) => ({
            projectId: t.projectId,
            datasetId: t.datasetId,
            tableId: t.tableId,
            operation: t.operation,
          })),
        ),
      ];
    case 'access_firestore':
      return [
        param(
          'allowedOptions',
          (scope.firestore ?? []).map((f) => ({
            projectId: f.projectId,
            path: f.path,
            operation: f.operation,
            databaseId: f.databaseId ?? '(default)',
          })),
        ),
      ];
    case 'use_custom_private_keys':
      return [param('keyIds', scope.privateKeys ?? [])];
    case 'access_response':
      return responseParams(needs, scope);
    case 'use_message':
      return [
        param('allowedActions', 'specific'),
        param(
          'messageTypes',
          (scope.messages ?? []).map((m) => ({ type: m.type, action: m.action })),
        ),
      ];
    default:
      return [];
  }
}

/** GTM's permission instances for the given APIs (require() names), configured from the scope. */
export function instancesFor(apis: Iterable<string>, scope: PermissionScope): PermissionInstance[] {
  const byPermission = new Map<PermissionId, Set<Need>>();
  for (const api of apis) {
    const entry = sandboxApi(api);
    if (!entry?.permission) continue;
    const needs = byPermission.get(entry.permission) ?? new Set<Need>();
    for (const need of entry.needs ?? []) needs.add(need);
    byPermission.set(entry.permission, needs);
  }
  return [...byPermission.keys()]
    .sort()
    .map((id) => instance(id, paramsOf(id, byPermission.get(id)!, scope)));
}

/** Every permission a scope can configure, with every setting: what the scope allows at all. */
export function permissionsForEveryApi(scope: PermissionScope): PermissionInstance[] {
  return instancesFor(Object.keys(SANDBOX_APIS), scope);
}
