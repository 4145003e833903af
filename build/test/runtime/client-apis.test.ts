// Client-template and Google Cloud APIs, sendHttpGet, and the remaining permission refusals.
import { LOG, permission, run } from './helpers';

const req = (names: string) =>
  names
    .split(' ')
    .map((n) => `const ${n} = require('${n}');`)
    .join('\n') + '\n';

const CLIENT_PERMS = [
  LOG,
  permission('read_request', { requestAccess: 'any' }),
  permission('run_container'),
  permission('return_response'),
  permission('access_response', { writeResponseAccess: 'any', writeHeaderAccess: 'any' }),
];

describe('client APIs', () => {
  test('claim, run the container, then write and return the response', async () => {
    const trace = await run(
      `${req('claimRequest runContainer setResponseStatus setResponseHeader setResponseBody returnResponse logToConsole')}
claimRequest();
runContainer({event_name: 'page_view'}, (bindToEvent) => {
  logToConsole('complete', typeof bindToEvent);
  setResponseStatus(202);
  setResponseHeader('Content-Type', 'application/json');
  setResponseBody('{"ok":true}');
  returnResponse();
}, () => logToConsole('start'));
logToConsole('after runContainer');`,
      CLIENT_PERMS,
    );
    expect(trace.errors).toEqual([]);
    expect(trace.logs).toEqual(['after runContainer', 'start', 'complete function']);
    expect(trace.response).toEqual({
      status: 202,
      headers: { 'content-type': 'application/json' },
      body: '{"ok":true}',
    });
  });

  test('runContainer before claimRequest fails as in GTM; writing after returnResponse fails', async () => {
    expect((await run(`${req('runContainer')}runContainer({});`, CLIENT_PERMS)).errors).toEqual([
      'Uncaught Error: Request must be claimed before calling runContainer. (template.tpl:2:1)',
    ]);
    expect(
      (
        await run(
          `${req('returnResponse setResponseBody')}returnResponse();\nsetResponseBody('x');`,
          CLIENT_PERMS,
        )
      ).errors,
    ).toEqual([
      'Uncaught Error: The response was already returned (returnResponse was called) (template.tpl:4:1)',
    ]);
  });

  test('setPixelResponse answers a 1x1 GIF', async () => {
    const trace = await run(
      `${req('setPixelResponse returnResponse')}setPixelResponse();\nreturnResponse();`,
      CLIENT_PERMS,
    );
    expect(trace.response?.headers['content-type']).toBe('image/gif');
    expect(
      Buffer.from(trace.response?.body ?? '', 'latin1')
        .subarray(0, 6)
        .toString('latin1'),
    ).toBe('GIF89a');
  });

  test.each([
    ['claimRequest()', undefined],
    ['runContainer({})', 'Uncaught Error: Request must be claimed before calling runContainer.'],
    ['returnResponse()', undefined],
    [
      "setResponseBody('x')",
      'Tag failed "access_response" permission check: Writing the response body is prohibited ("writeBodyAllowed" is not set).',
    ],
    [
      "sendPixelFromBrowser('https://px.example.com/')",
      'Tag failed "send_pixel_from_browser" permission check: Access to URL "https://px.example.com/" is prohibited. Allowed URL patterns: none.',
    ],
    ['getContainerVersion()', undefined],
    [
      "sendHttpGet('https://api.example.com/')",
      'Tag failed "send_http" permission check: Access to URL "https://api.example.com/" is prohibited. Allowed URL patterns: none.',
    ],
  ])(
    'without its permission in the file, %s gets what the settings-less permission allows',
    async (call, error) => {
      const api = call.slice(0, call.indexOf('('));
      const errors = (await run(`${req(api)}${call};`)).errors.map((e) =>
        e
          .replace(/ The template does not declare.*$/, '')
          .replace(/ \(template\.tpl:\d+:\d+\)$/, ''),
      );
      expect(errors).toEqual(error === undefined ? [] : [error]);
    },
  );
});

describe('Google credentials, pixels, sendHttpGet', () => {
  test('getGoogleAuth gives a credential sendHttpRequest accepts', async () => {
    const trace = await run(
      `${req('getGoogleAuth sendHttpRequest')}
const auth = getGoogleAuth({scopes: ['https://www.googleapis.com/auth/cloud-platform']});
sendHttpRequest('https://pubsub.googleapis.com/v1/x', {method: 'POST', authorization: auth}, '{}').then(() => data.gtmOnSuccess());`,
      [
        permission('use_google_credentials', {
          allowedScopes: ['https://www.googleapis.com/auth/cloud-platform'],
        }),
        permission('send_http', { allowedUrls: 'any' }),
      ],
    );
    expect(trace).toMatchObject({ outcome: 'success', errors: [] });
  });

  test('sendPixelFromBrowser answers true for an allowed URL', async () => {
    const trace = await run(
      `${req('sendPixelFromBrowser logToConsole')}logToConsole(sendPixelFromBrowser('https://px.example.com/p'));`,
      [
        LOG,
        permission('send_pixel_from_browser', {
          allowedUrls: 'specific',
          urls: ['https://px.example.com/*'],
        }),
      ],
    );
    expect(trace).toMatchObject({ logs: ['true'], errors: [] });
  });

  test.each([
    [
      'BigQuery.insert({}, [])',
      "BigQuery.insert needs a Google service, which this runtime does not reach; mock it in tests with mockObject('BigQuery', {...})",
      10,
    ],
    [
      "Firestore.read('users/1')",
      "Firestore.read needs a Google service, which this runtime does not reach; mock it in tests with mockObject('Firestore', {...})",
      11,
    ],
    [
      "getGoogleScript('GTAG')",
      "getGoogleScript needs a Google service, which this runtime does not reach; mock it in tests with mock('getGoogleScript', ...)",
      1,
    ],
  ])('unmocked, %s fails with one line', async (call, error, column) => {
    const api = call.slice(0, call.search(/[.(]/));
    expect((await run(`${req(api)}${call};`)).errors).toEqual([
      `Uncaught Error: ${error} (template.tpl:2:${column})`,
    ]);
  });

  test('sendHttpGet sends a GET in both forms', async () => {
    const trace = await run(
      `${req('sendHttpGet logToConsole')}sendHttpGet('https://api.example.com/a', (status) => logToConsole('cb', status));
sendHttpGet('https://api.example.com/b', {headers: {x: '1'}}).then((r) => logToConsole('promise', r.statusCode));`,
      [
        LOG,
        permission('send_http', { allowedUrls: 'specific', urls: ['https://api.example.com/'] }),
      ],
    );
    expect(trace.requests).toEqual([
      // No timeout option: GTM's default.
      {
        url: 'https://api.example.com/a',
        method: 'GET',
        headers: {},
        body: undefined,
        timeoutMs: 15000,
      },
      {
        url: 'https://api.example.com/b',
        method: 'GET',
        headers: { x: '1' },
        body: undefined,
        timeoutMs: 15000,
      },
    ]);
    expect([...trace.logs].sort()).toEqual(['cb 200', 'promise 200']);
  });
});

describe('read_request: the remaining parts', () => {
  const perms = [
    permission('read_request', {
      requestAccess: 'specific',
      headerAccess: 'any',
      queryParametersAllowed: true,
      queryParameterAccess: 'specific',
      pathAllowed: false,
    }),
  ];
  test.each([
    ['getRequestPath', 'Access to the request path is prohibited ("pathAllowed" is not set).'],
    [
      'getRequestQueryString',
      'Access to the query string is prohibited ("queryParameterAccess" must be "any").',
    ],
    [
      'getRequestQueryParameters',
      'Access to all query parameters is prohibited ("queryParameterAccess": "specific").',
    ],
  ])('%s refused', async (api, detail) => {
    expect((await run(`${req(api)}${api}();`, perms)).errors).toEqual([
      `Tag failed "read_request" permission check: ${detail} (template.tpl:2:1)`,
    ]);
  });
});

describe('use_message: addMessageListener / hasMessageListener / sendMessage', () => {
  test('a message sent in the event reaches the listeners of its type', async () => {
    const trace = await run(
      `${req('addMessageListener hasMessageListener sendMessage logToConsole')}
logToConsole(hasMessageListener('ping'));
addMessageListener('ping', (type, message) => logToConsole('got', type, message));
logToConsole(hasMessageListener('ping'));
sendMessage('ping', {n: 1});
sendMessage('other', {n: 2});`,
      [
        LOG,
        // [seen] GTM's editor writes "allowedActions" and "messageTypes" of {type, action}.
        permission('use_message', {
          allowedActions: 'specific',
          messageTypes: [{ type: 'ping', action: 'listen_and_send' }],
        }),
      ],
    );
    expect(trace.logs).toEqual(['false', 'true', 'got ping {"n":1}']);
    expect(trace.errors).toEqual([
      'Tag failed "use_message" permission check: Use of message type "other" (send) is prohibited. (template.tpl:10:1)',
    ]);
  });
});
