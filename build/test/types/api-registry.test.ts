// The sandbox's APIs have one list (build/sandbox/apis.ts). The runtime builds its API objects, the
// permission derivation and the checker read it; the typings are a hand-written file, so this test
// holds all of them to it: a name in one and not in another fails here.
import { createApis, PURE_APIS } from '../../runtime/apis';
import { createHost } from '../../runtime/execution';
import * as jestModule from '../../runtime/sgtm-module';
import { API_NAMES, API_OBJECTS, SANDBOX_APIS, type SandboxApi } from '../../sandbox/apis';
import { declaredSgtmValues } from './declared-apis';

/** Value exports of `declare module 'sgtm'`, but `data` (the template's argument, not an API). */
const declaredApis = (): string[] => declaredSgtmValues().filter((name) => name !== 'data');

const runtimeApis = createApis(createHost());
const entry = (name: string): SandboxApi => (SANDBOX_APIS as Record<string, SandboxApi>)[name];

test('sgtm.d.ts declares exactly the registry’s APIs', () => {
  expect(declaredApis()).toEqual(API_NAMES);
});

test('the runtime has exactly the registry’s APIs', () => {
  expect(Object.keys(runtimeApis).sort()).toEqual(API_NAMES);
});

test('the jest module exports every API of the registry', () => {
  expect(API_NAMES.filter((name) => !(name in jestModule))).toEqual([]);
});

test('the pure APIs are the registry’s pure ones', () => {
  expect(Object.keys(PURE_APIS).sort()).toEqual(
    API_NAMES.filter((name) => entry(name).emulation === 'pure'),
  );
});

test.each(API_NAMES)(
  '%s: an object API in the runtime iff it has methods in the registry',
  (name) => {
    const api = runtimeApis[name];
    const methods = entry(name).methods;
    if (methods) {
      expect(typeof api).toBe('object');
      expect(Object.keys(api as object).sort()).toEqual([...methods].sort());
      expect(API_OBJECTS.has(name)).toBe(true);
    } else {
      expect(typeof api).toBe('function');
    }
  },
);

test('every API a permission judges by an argument names that argument’s kind', () => {
  for (const name of API_NAMES) {
    const { checked, permission } = entry(name);
    if (checked) expect(permission).toBeDefined();
  }
});
