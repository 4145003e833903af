// The `require` a template's code gets: resolves an API by name and reports each call for assertApi.
// [doc] It never fails for a permission: GTM checks an API's permission when the API is called (each
// emulation does, against permissions/policy.ts), so requiring an API the template never calls is fine.
import { PURE_APIS, RAW_ARGUMENT_FUNCTIONS } from './apis';
import type { Sandbox } from './sandbox';
import { isPlainObject } from './values';

export type Mock = { kind: 'value'; value: unknown } | { kind: 'object'; value: unknown };

export interface RequireOptions {
  /** Test mocks by API name (sandbox values). Mocked APIs skip permission checks. */
  mocks?: Map<string, Mock>;
  /** Called with the arguments of every required API call as the API gets them, uncopied. */
  onCall?: (name: string, args: unknown[]) => void;
}

export type RequireFn = (name: unknown) => unknown;

export function prepareSandboxApis(sandbox: Sandbox): void {
  for (const fn of RAW_ARGUMENT_FUNCTIONS) sandbox.passArgsThrough(fn);
}

export function createRequire(
  sandbox: Sandbox,
  apis: Record<string, unknown>,
  options: RequireOptions = {},
): RequireFn {
  const cache = new Map<string, unknown>();
  const record = (name: string, fn: (...args: unknown[]) => unknown) =>
    function recorded(...args: unknown[]) {
      // As received: counting calls needs no copy, and a recorder that keeps them copies them.
      options.onCall?.(name, args);
      return fn(...args);
    };
  // A host API with every call reported: a function, or each method of an API object (`JSON.parse`).
  // A method that must see the caller's own objects (Object.freeze) keeps seeing them.
  const recordHost = (name: string, fn: (...args: never[]) => unknown) => {
    const recorded = record(name, fn as (...args: unknown[]) => unknown);
    if (RAW_ARGUMENT_FUNCTIONS.includes(fn as never)) sandbox.passArgsThrough(recorded);
    return recorded;
  };
  const recordedApi = (name: string, api: unknown): unknown => {
    if (typeof api === 'function') return recordHost(name, api as (...args: never[]) => unknown);
    if (!isPlainObject(api)) return api;
    const methods: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(api)) {
      methods[key] =
        typeof member === 'function'
          ? recordHost(`${name}.${key}`, member as (...args: never[]) => unknown)
          : member;
    }
    return methods;
  };

  return function require(name: unknown): unknown {
    if (typeof name !== 'string') {
      throw new Error(`require() needs an API name as a string literal, got ${String(name)}`);
    }
    const mock = options.mocks?.get(name);
    if (mock) {
      if (mock.kind === 'object') return mock.value;
      const value = mock.value;
      if (typeof value !== 'function') return record(name, () => value);
      // The test's own function gets the template's values as they are, as in GTM: copies of them
      // would be the host's objects, within its reach.
      const mocked = record(name, value as (...a: unknown[]) => unknown);
      sandbox.passArgsThrough(mocked);
      return mocked;
    }
    if (cache.has(name)) return cache.get(name);
    if (!Object.prototype.hasOwnProperty.call(apis, name)) {
      throw new Error(
        `require('${name}'): unknown API "${name}" (not a sandboxed JavaScript API for server templates)`,
      );
    }
    // Recording calls needs the host's functions; otherwise the realm's own JSON is the faster same.
    const own = options.onCall ? undefined : sandbox.realmApi(name);
    const api = options.onCall ? recordedApi(name, apis[name]) : apis[name];
    // The pure APIs are the same objects in every execution: their wrappers are kept and reused.
    const pure = Object.prototype.hasOwnProperty.call(PURE_APIS, name) && !options.onCall;
    const value = own ?? (pure ? sandbox.toSandbox(api) : sandbox.apiToSandbox(api));
    cache.set(name, value);
    return value;
  };
}
