// Every API with a permission builds from `scope`, through the real build: the sendHttpGet
// case (it once built with 0 permissions and a "never uses" warning), and a client template's APIs.
import { readTpl } from '../../tpl/read';
import { plainParams } from '../../permissions/typed-values';
import { buildDiagnostics, definitionSource } from './temp-project';

function built(scope: string, main: string) {
  const { lines, text } = buildDiagnostics({
    'template.ts': definitionSource(scope),
    'main.ts': main,
  });
  const permissions = text
    ? readTpl(text).permissions.map((p) => [p.instance.key.publicId, plainParams(p.instance.param)])
    : undefined;
  return { lines, permissions };
}

test('sendHttpGet with scope.sendHttp gets send_http, and no warning', () => {
  expect(
    built(
      "{ sendHttp: { urls: ['https://api.example.com/'] } }",
      "import { data, sendHttpGet } from 'sgtm';\nsendHttpGet('https://api.example.com/x').then(() => data.gtmOnSuccess());\n",
    ),
  ).toEqual({
    lines: [],
    permissions: [['send_http', { allowedUrls: 'specific', urls: ['https://api.example.com/*'] }]],
  });
});

test('a client that reads GA4 hits and answers builds its read_request and access_response', () => {
  expect(
    built(
      "{ requestBody: true, queryParameters: 'any', response: { status: true, body: true } }",
      `import { claimRequest, extractEventsFromMpv2, isRequestMpv2, returnResponse, runContainer, setResponseBody, setResponseStatus } from 'sgtm';
if (isRequestMpv2()) {
  claimRequest();
  const events = extractEventsFromMpv2();
  runContainer(events[0], () => {
    setResponseStatus(200);
    setResponseBody('ok');
    returnResponse();
  });
}
`,
    ),
  ).toEqual({
    lines: [],
    permissions: [
      [
        'access_response',
        {
          writeResponseAccess: 'specific',
          writeHeaderAccess: 'any',
          writeStatusAllowed: true,
          writeBodyAllowed: true,
        },
      ],
      [
        'read_request',
        {
          queryParametersAllowed: true,
          bodyAllowed: true,
          requestAccess: 'specific',
          headerAccess: 'any',
          queryParameterAccess: 'any',
        },
      ],
      ['return_response', {}],
      ['run_container', {}],
    ],
  });
});
