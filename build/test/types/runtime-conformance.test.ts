// Every API declared in build/types/sgtm.d.ts has a Node emulation in build/runtime/sgtm-module.ts
// (what jest maps 'sgtm' to); those that need a Google service (sandbox/apis.ts) throw when called.
// A new declaration without an emulation fails here, so tag unit tests cannot import a missing API.
import * as runtime from '../../runtime/sgtm-module';
import { declaredSgtmValues } from './declared-apis';

const declaredApiNames = declaredSgtmValues;

test('the declarations cover the APIs of sgtm.md §4', () => {
  const names = declaredApiNames();
  for (const name of [
    'data',
    'sendHttpRequest',
    'getAllEventData',
    'getEventData',
    'getCookieValues',
    'setCookie',
    'getRequestHeader',
    'getRequestQueryParameters',
    'getContainerVersion',
    'logToConsole',
    'templateDataStorage',
    'getType',
    'makeTableMap',
    'JSON',
    'Math',
    'Object',
    'Promise',
    'getTimestampMillis',
    'generateRandom',
    'parseUrl',
    'toBase64',
    'fromBase64',
    'sha256Sync',
    'createRegex',
    'testRegex',
    'computeEffectiveTldPlusOne',
    'callLater',
    'queryPermission',
    'runContainer',
    'BigQuery',
    'Firestore',
    'getGoogleAuth',
    'getGoogleScript',
    'hasMessageListener',
  ]) {
    expect(names).toContain(name);
  }
});

test('every declared API is exported by the jest module (the Google services fail when called)', () => {
  const exported = new Set(Object.keys(runtime));
  expect(declaredApiNames().filter((name) => !exported.has(name))).toEqual([]);
});
