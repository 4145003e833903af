// Side-effecting APIs: their GTM semantics, and each permission check allowed and refused.
import { createTemplateStorage } from '../../runtime/apis/storage';
import { LOG, permission, run } from './helpers';

const req = (names: string) =>
  names
    .split(' ')
    .map((n) => `const ${n} = require('${n}');`)
    .join('\n') + '\n';

describe('require() and permissions the file lacks', () => {
  test('requiring an API never fails for a permission: one never called costs nothing', async () => {
    const trace = await run(`${req('getCookieValues')}data.gtmOnSuccess();`);
    expect(trace).toMatchObject({ outcome: 'success', errors: [] });
  });

  test('a call is judged against the permission as GTM adds it: with no settings', async () => {
    const trace = await run(`${req('getCookieValues')}getCookieValues('_vid');`);
    expect(trace.outcome).toBe('none');
    expect(trace.errors).toEqual([
      'Tag failed "get_cookies" permission check: Access to cookie "_vid" is prohibited. Allowed cookies: none. The template does not declare "get_cookies", so it has the permission as GTM\'s editor adds it: with no settings. Add "get_cookies" to ___SERVER_PERMISSIONS___ with what the template needs. (template.tpl:2:1)',
    ]);
  });

  test('permissions without settings allow their APIs when the file lacks them', async () => {
    const trace = await run(
      `${req('templateDataStorage getContainerVersion')}templateDataStorage.setItemCopy('k', 1);
getContainerVersion();
data.gtmOnSuccess();`,
    );
    expect(trace).toMatchObject({ outcome: 'success', errors: [] });
  });

  test('an unknown API name is an error', async () => {
    const trace = await run(`require('getWindow');`);
    expect(trace.errors).toEqual([
      `Uncaught Error: require('getWindow'): unknown API "getWindow" (not a sandboxed JavaScript API for server templates) (template.tpl:1:1)`,
    ]);
  });

  test('APIs without a permission need no declaration', async () => {
    const trace = await run(`${req('getType makeString JSON')}data.gtmOnSuccess();`);
    expect(trace).toMatchObject({ outcome: 'success', errors: [] });
  });
});

describe('read_event_data: getAllEventData / getEventData', () => {
  const event = {
    event_name: 'purchase',
    items: [{ price: 5 }],
    user_data: { email: 'e' },
    'x-ga-a.b': 1,
  };

  test('getAllEventData returns a copy; getEventData walks dotted paths', async () => {
    const trace = await run(
      `${req('getAllEventData getEventData logToConsole')}const e = getAllEventData();
e.event_name = 'changed'; e.items[0].price = 0;
logToConsole(getEventData('event_name'), getEventData('items.0.price'), getEventData('user_data.missing'), getEventData('x-ga-a.b'));`,
      [LOG, permission('read_event_data', { eventDataAccess: 'any' })],
      { event },
    );
    expect(trace.logs).toEqual(['purchase 5 undefined 1']);
    expect(event.event_name).toBe('purchase');
  });

  test('specific keys: listed keys and their children allowed, others refused', async () => {
    const perms = [
      LOG,
      permission('read_event_data', {
        eventDataAccess: 'specific',
        keyPatterns: ['user_data', 'items.*'],
      }),
    ];
    const ok = await run(
      `${req('getEventData logToConsole')}logToConsole(getEventData('user_data.email'), getEventData('items.0.price'));`,
      perms,
      { event },
    );
    expect(ok.logs).toEqual(['e 5']);
    const refused = await run(`${req('getEventData')}getEventData('event_name');`, perms, {
      event,
    });
    expect(refused.errors).toEqual([
      'Tag failed "read_event_data" permission check: Access to event data key "event_name" is prohibited. Allowed keys: user_data, items.*. (template.tpl:2:1)',
    ]);
    const all = await run(`${req('getAllEventData')}getAllEventData();`, perms, { event });
    expect(all.errors).toEqual([
      'Tag failed "read_event_data" permission check: Access to all event data is prohibited: the permission allows specific keys only ("eventDataAccess": "specific"). (template.tpl:2:1)',
    ]);
  });
});

describe('get_cookies: getCookieValues', () => {
  const request = { cookies: { _ident: 'eyJh%3D%3D', multi: ['a%20b', 'c'], bad: '%E0%A4%A' } };

  test('values are URI-decoded unless noDecode, repeated cookies give every value, absent gives []', async () => {
    const trace = await run(
      `${req('getCookieValues logToConsole')}logToConsole(getCookieValues('_ident'), getCookieValues('_ident', true), getCookieValues('multi'), getCookieValues('nope'), getCookieValues('bad'));`,
      [LOG, permission('get_cookies', { cookieAccess: 'any' })],
      { request },
    );
    expect(trace.logs).toEqual(['["eyJh=="] ["eyJh%3D%3D"] ["a b","c"] [] ["%E0%A4%A"]']);
  });

  test('without a cookie map, cookies come from the Cookie header', async () => {
    const trace = await run(
      `${req('getCookieValues logToConsole')}logToConsole(getCookieValues('a'), getCookieValues('b'));`,
      [LOG, permission('get_cookies', { cookieAccess: 'any' })],
      { request: { headers: { Cookie: 'a=1; b=x%20y; a=2' } } },
    );
    expect(trace.logs).toEqual(['["1","2"] ["x y"]']);
  });

  test('specific cookie names: listed allowed, others refused', async () => {
    const perms = [
      LOG,
      permission('get_cookies', { cookieAccess: 'specific', cookieNames: ['_ident'] }),
    ];
    expect(
      (
        await run(
          `${req('getCookieValues logToConsole')}logToConsole(getCookieValues('_ident'));`,
          perms,
          { request },
        )
      ).logs,
    ).toEqual(['["eyJh=="]']);
    expect(
      (await run(`${req('getCookieValues')}getCookieValues('_vid');`, perms, { request })).errors,
    ).toEqual([
      'Tag failed "get_cookies" permission check: Access to cookie "_vid" is prohibited. Allowed cookies: _ident. (template.tpl:2:1)',
    ]);
  });
});

describe('set_cookies: setCookie', () => {
  const perms = [
    permission('set_cookies', {
      allowedCookies: [{ name: '_vid', domain: '*', path: '*', secure: 'any', session: 'any' }],
    }),
  ];

  test('records the cookie, value URI-encoded unless noEncode', async () => {
    const trace = await run(
      `${req('setCookie')}setCookie('_vid', 'a b', {domain: 'auto', path: '/', 'max-age': 60, secure: true});\nsetCookie('_vid', 'a b', {}, true);`,
      perms,
    );
    expect(trace.errors).toEqual([]);
    expect(trace.cookiesSet).toEqual([
      {
        name: '_vid',
        value: 'a%20b',
        options: { domain: 'auto', path: '/', 'max-age': 60, secure: true },
      },
      { name: '_vid', value: 'a b', options: {} },
    ]);
  });

  test('a cookie no allowedCookies entry matches is refused', async () => {
    const trace = await run(`${req('setCookie')}setCookie('_other', 'v', {path: '/'});`, perms);
    expect(trace.cookiesSet).toEqual([]);
    expect(trace.errors).toEqual([
      'Tag failed "set_cookies" permission check: Setting cookie "_other" with options {"path":"/"} is prohibited: no "allowedCookies" entry matches. (template.tpl:2:1)',
    ]);
  });

  test('an entry requiring secure refuses an insecure cookie', async () => {
    const strict = [
      permission('set_cookies', {
        allowedCookies: [
          { name: '_vid', domain: '*', path: '*', secure: 'require_secure', session: 'any' },
        ],
      }),
    ];
    expect(
      (await run(`${req('setCookie')}setCookie('_vid', 'v', {secure: true});`, strict)).errors,
    ).toEqual([]);
    expect(
      (await run(`${req('setCookie')}setCookie('_vid', 'v', {});`, strict)).errors,
    ).toHaveLength(1);
  });
});

describe('read_request', () => {
  const request = {
    headers: { 'User-Agent': 'UA/1', 'X-Forwarded-For': '1.2.3.4' },
    query: { a: '1', b: ['2', '3'] },
    path: '/g/collect',
    method: 'POST',
    body: '{"x":1}',
    remoteAddress: '9.9.9.9',
  };

  test('with any access every part is readable', async () => {
    const trace = await run(
      `${req('getRequestHeader getRequestQueryParameter getRequestQueryParameters getRequestQueryString getRequestPath getRequestMethod getRequestBody getRemoteAddress logToConsole')}
logToConsole(getRequestHeader('user-agent'), getRequestHeader('missing'), getRequestQueryParameter('b'), getRequestQueryParameters(), getRequestQueryString(), getRequestPath(), getRequestMethod(), getRequestBody(), getRemoteAddress());`,
      [LOG, permission('read_request', { requestAccess: 'any' })],
      { request },
    );
    expect(trace.logs).toEqual([
      'UA/1 undefined 2 {"a":"1","b":["2","3"]} a=1&b=2&b=3 /g/collect POST {"x":1} 9.9.9.9',
    ]);
  });

  test('specific access: listed headers only, and only the parts switched on', async () => {
    const perms = [
      LOG,
      permission('read_request', {
        requestAccess: 'specific',
        headersAllowed: true,
        headerAccess: 'specific',
        headerWhitelist: [{ headerName: 'user-agent' }],
        queryParametersAllowed: true,
        queryParameterAccess: 'specific',
        queryParameterWhitelist: [{ queryParameter: 'a' }],
        pathAllowed: true,
        bodyAllowed: false,
        remoteAddressAllowed: false,
      }),
    ];
    const ok = await run(
      `${req('getRequestHeader getRequestQueryParameter getRequestPath logToConsole')}logToConsole(getRequestHeader('User-Agent'), getRequestQueryParameter('a'), getRequestPath());`,
      perms,
      { request },
    );
    expect(ok.logs).toEqual(['UA/1 1 /g/collect']);
    const refusals = await Promise.all(
      [
        "getRequestHeader('x-forwarded-for')",
        "getRequestQueryParameter('b')",
        'getRequestBody()',
        'getRemoteAddress()',
      ].map(async (call) => {
        const api = call.slice(0, call.indexOf('('));
        return (await run(`${req(api)}${call};`, perms, { request })).errors[0];
      }),
    );
    expect(refusals).toEqual([
      'Tag failed "read_request" permission check: Access to request header "x-forwarded-for" is prohibited. Allowed headers: user-agent. (template.tpl:2:1)',
      'Tag failed "read_request" permission check: Access to query parameter "b" is prohibited. Allowed parameters: a. (template.tpl:2:1)',
      'Tag failed "read_request" permission check: Access to the request body is prohibited ("bodyAllowed" is not set). (template.tpl:2:1)',
      'Tag failed "read_request" permission check: Access to the remote address is prohibited ("remoteAddressAllowed" is not set). (template.tpl:2:1)',
    ]);
  });
});

describe('logging: logToConsole', () => {
  const code = `${req('logToConsole')}logToConsole('text', 1, {a: [1]}, null, undefined, true);`;

  test('arguments rendered like the console: strings bare, the rest as JSON', async () => {
    expect((await run(code, [LOG])).logs).toEqual(['text 1 {"a":[1]} null undefined true']);
  });

  test('"debug" logs only in debug or preview mode; elsewhere the message is dropped silently', async () => {
    const debugOnly = [permission('logging', { environments: 'debug' })];
    expect(await run(code, debugOnly)).toMatchObject({ logs: [], errors: [] });
    expect(
      (await run(code, debugOnly, { containerVersion: { previewMode: true } })).logs,
    ).toHaveLength(1);
    expect(
      (await run(code, debugOnly, { containerVersion: { debugMode: true } })).logs,
    ).toHaveLength(1);
  });
});

describe('access_template_storage: templateDataStorage', () => {
  test('shared across runs that get the same storage, with copies in and out', async () => {
    const perms = [LOG, permission('access_template_storage')];
    const storage = createTemplateStorage();
    const first = await run(
      `${req('templateDataStorage logToConsole')}const v = {n: 1};
templateDataStorage.setItemCopy('k', v); v.n = 2;
logToConsole(templateDataStorage.getItemCopy('k'), templateDataStorage.getItemCopy('none'));`,
      perms,
      { storage },
    );
    expect(first.logs).toEqual(['{"n":1} null']);
    const second = await run(
      `${req('templateDataStorage logToConsole')}const v = templateDataStorage.getItemCopy('k'); v.n = 3;
logToConsole(templateDataStorage.getItemCopy('k'));
templateDataStorage.removeItem('k'); logToConsole(templateDataStorage.getItemCopy('k'));`,
      perms,
      { storage },
    );
    expect(second.logs).toEqual(['{"n":1}', 'null']);
  });

  test('access_template_storage has no settings: a file that lacks it may use the storage', async () => {
    expect((await run(`${req('templateDataStorage')}templateDataStorage.clear();`)).errors).toEqual(
      [],
    );
  });
});

describe('read_container_data: getContainerVersion', () => {
  test('reports the input’s container version', async () => {
    const trace = await run(
      `${req('getContainerVersion logToConsole')}logToConsole(getContainerVersion());`,
      [LOG, permission('read_container_data')],
      {
        containerVersion: { containerId: 'GTM-ABC', debugMode: true, version: '7' },
      },
    );
    expect(trace.logs).toEqual([
      '{"containerId":"GTM-ABC","debugMode":true,"environmentName":"","environmentMode":false,"previewMode":false,"version":"7"}',
    ]);
  });
});

describe('queryPermission', () => {
  test('answers what the API check would decide, without throwing', async () => {
    const trace = await run(
      `${req('queryPermission logToConsole')}logToConsole(queryPermission('get_cookies', '_ident'), queryPermission('get_cookies', '_x'),
  queryPermission('send_http', 'https://collect.vendor.example/send-events/1'), queryPermission('send_http', 'https://evil.example/'),
  queryPermission('set_cookies', '_vid', {}), queryPermission('logging'));`,
      [
        LOG,
        permission('get_cookies', { cookieAccess: 'specific', cookieNames: ['_ident'] }),
        permission('send_http', {
          allowedUrls: 'specific',
          urls: ['https://collect.vendor.example/'],
        }),
      ],
    );
    expect(trace.logs).toEqual(['true false true false false true']);
  });
});
