// The APIs the runtime emulates for GA4-style clients and signing tags: isRequestMpv1/Mpv2 and
// extractEventsFromMpv1/Mpv2 (the request as event data), addEventCallback, getClientName, hmacSha256.
import { createHmac } from 'node:crypto';
import { createHost } from '../../runtime/execution';
import { runTemplate, settle, startExecution } from '../../runtime/run-template';
import { runTests } from '../../runtime/test-runner';
import type { ExecutionInput } from '../../runtime/types';
import type { TplFile } from '../../tpl/model';
import { LOG, makeTpl, permission } from './helpers';

const req = (names: string) =>
  names
    .split(' ')
    .map((n) => `const ${n} = require('${n}');`)
    .join('\n') + '\n';

const READ_ALL = permission('read_request', { requestAccess: 'any' });

function run(
  code: string,
  perms: ReturnType<typeof permission>[],
  input: Partial<ExecutionInput> = {},
) {
  return runTemplate(makeTpl(code, perms), {
    data: {},
    event: {},
    http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 200, body: '' }] },
    ...input,
  });
}

const GA4_HIT = {
  path: '/g/collect',
  method: 'POST',
  headers: { 'user-agent': 'UA/1' },
  query: {
    v: '2',
    tid: 'G-TEST',
    cid: '123.456',
    dl: 'https://shop.example.com/p',
    ul: 'en-us',
    sid: '1700000000',
    sct: '3',
    _p: '42',
  },
  body: 'en=page_view&_et=12\nen=purchase&ep.transaction_id=T1&epn.value=9.5&cu=EUR&pr1=idSKU1~nmShoe~pr9.5~qt1~lp2~loChIJ1&up.tier=gold',
};

describe('Measurement Protocol', () => {
  test('a GA4 hit is Mpv2, and each body line is one event over the shared query', async () => {
    const trace = await run(
      `${req('isRequestMpv1 isRequestMpv2 extractEventsFromMpv2 logToConsole JSON')}
logToConsole(isRequestMpv1(), isRequestMpv2());
logToConsole(JSON.stringify(extractEventsFromMpv2()));`,
      [LOG, READ_ALL],
      { request: GA4_HIT },
    );
    expect(trace.errors).toEqual([]);
    expect(trace.logs[0]).toBe('false true');
    const shared = {
      'x-ga-protocol_version': '2',
      'x-ga-measurement_id': 'G-TEST',
      client_id: '123.456',
      page_location: 'https://shop.example.com/p',
      language: 'en-us',
      ga_session_id: '1700000000',
      ga_session_number: 3,
      // [immutable] Google's internal parameters page types x-ga-page_id as a number.
      'x-ga-page_id': 42,
      user_agent: 'UA/1',
    };
    expect(JSON.parse(trace.logs[1])).toEqual([
      { ...shared, event_name: 'page_view', engagement_time_msec: 12 },
      {
        ...shared,
        event_name: 'purchase',
        transaction_id: 'T1',
        value: 9.5,
        currency: 'EUR',
        items: [
          {
            item_id: 'SKU1',
            item_name: 'Shoe',
            price: 9.5,
            quantity: 1,
            index: 2,
            location_id: 'ChIJ1',
          },
        ],
        'x-ga-mp2-user_properties': { tier: 'gold' },
      },
    ]);
  });

  test('a Universal Analytics hit is Mpv1: one event per hit', async () => {
    const trace = await run(
      `${req('isRequestMpv1 isRequestMpv2 extractEventsFromMpv1 logToConsole JSON')}
logToConsole(isRequestMpv1(), isRequestMpv2(), JSON.stringify(extractEventsFromMpv1()));`,
      [LOG, READ_ALL],
      {
        request: {
          path: '/collect',
          query: {
            v: '1',
            t: 'event',
            tid: 'UA-1-1',
            cid: '555',
            ea: 'signup',
            ec: 'form',
            ev: '2',
          },
        },
      },
    );
    expect(trace.errors).toEqual([]);
    expect(trace.logs).toEqual([
      'true false ' +
        JSON.stringify([
          {
            event_name: 'signup',
            'x-ga-protocol_version': '1',
            'x-ga-mp1-t': 'event',
            'x-ga-measurement_id': 'UA-1-1',
            client_id: '555',
            'x-ga-mp1-ea': 'signup',
            'x-ga-mp1-ec': 'form',
            value: 2,
            'x-ga-mp1-ev': '2',
          },
        ]),
    ]);
  });

  test('extracting from a request that is not one throws; it needs body and query access', async () => {
    const notAHit = await run(
      `${req('extractEventsFromMpv2')}extractEventsFromMpv2();`,
      [READ_ALL],
      {
        request: { path: '/other' },
      },
    );
    expect(notAHit.errors).toEqual([
      'Uncaught Error: extractEventsFromMpv2: the request is not a Measurement Protocol v2 request (template.tpl:2:1)',
    ]);
    const noBody = await run(
      `${req('extractEventsFromMpv2')}extractEventsFromMpv2();`,
      [
        permission('read_request', {
          requestAccess: 'specific',
          queryParametersAllowed: true,
          queryParameterAccess: 'any',
        }),
      ],
      { request: GA4_HIT },
    );
    expect(noBody.errors).toEqual([
      'Tag failed "read_request" permission check: Access to the request body is prohibited ("bodyAllowed" is not set). (template.tpl:2:1)',
    ]);
  });
});

describe('addEventCallback and getClientName', () => {
  test('the callback runs once the tag has ended, with the container id and the tag’s result', async () => {
    const trace = await run(
      `${req('addEventCallback getClientName logToConsole JSON callLater')}
addEventCallback((containerId, eventData) => logToConsole('end', containerId, JSON.stringify(eventData)));
logToConsole('client', getClientName());
callLater(() => { logToConsole('tag done'); data.gtmOnFailure(); });`,
      [LOG, permission('read_event_metadata'), permission('read_container_data')],
      { containerVersion: { containerId: 'GTM-ABC' }, nowMs: 1000 },
    );
    expect(trace.errors).toEqual([]);
    expect(trace.logs).toEqual([
      'client Client',
      'tag done',
      'end GTM-ABC {"tags":[{"id":"template","status":"failure","executionTime":0}]}',
    ]);
  });
});

describe('addEventCallback bound to a runContainer event', () => {
  const clientTpl = (code: string, tests: Parameters<typeof makeTpl>[2] = {}): TplFile => {
    const tpl = makeTpl(code, CLIENT_PERMS, tests);
    return { ...tpl, info: { ...tpl.info, type: 'CLIENT' } };
  };
  const CLIENT_PERMS = [
    LOG,
    permission('run_container'),
    permission('return_response'),
    permission('read_event_metadata'),
    permission('access_response', { writeResponseAccess: 'any', writeHeaderAccess: 'any' }),
  ];
  // A client that answers once every event it ran has ended, from the last event's callback.
  const COUNTING_CLIENT = `${req('claimRequest runContainer addEventCallback returnResponse setResponseBody logToConsole JSON')}
claimRequest();
let ended = 0;
[{event_name: 'a'}, {event_name: 'b'}].forEach((event) => {
  runContainer(event, (bindToEvent) => {
    logToConsole('complete', event.event_name);
    bindToEvent(addEventCallback)((containerId, eventData) => {
      logToConsole('ended', event.event_name, containerId, JSON.stringify(eventData));
      ended++;
      if (ended === 2) {
        setResponseBody('2 events');
        returnResponse();
      }
    });
  });
});
logToConsole('runContainer called');`;

  test("the callbacks run when the event's run is over, after onComplete, and the client can answer from them", async () => {
    const tpl = clientTpl(COUNTING_CLIENT);
    const trace = await runTemplate(tpl, {
      data: {},
      event: {},
      http: { mode: 'recorded', responses: [] },
      containerVersion: { containerId: 'GTM-ABC' },
    });
    expect(trace.errors).toEqual([]);
    expect(trace.logs).toEqual([
      'runContainer called',
      'complete a',
      'complete b',
      'ended a GTM-ABC {"tags":[]}',
      'ended b GTM-ABC {"tags":[]}',
    ]);
    expect(trace.response).toEqual({ status: 200, headers: {}, body: '2 events' });
  });

  test('a scenario of such a client ends, its response returned', async () => {
    const tpl = clientTpl(COUNTING_CLIENT, {
      scenarios: [{ name: 'answers', code: 'runCode({});' }],
    });
    const results = await runTests(tpl);
    expect(results.map((r) => [r.name, r.passed, r.reason])).toEqual([
      ['answers', true, undefined],
    ]);
    expect(results[0].logs.slice(-2)).toEqual([
      'ended a GTM-XXXXXXX {"tags":[]}',
      'ended b GTM-XXXXXXX {"tags":[]}',
    ]);
  });

  test('bound in onStart, the callback still waits for onComplete; unbound, it waits for the response', async () => {
    const trace = await runTemplate(
      clientTpl(`${req('claimRequest runContainer addEventCallback returnResponse logToConsole JSON')}
claimRequest();
addEventCallback((id, eventData) => logToConsole('unbound', JSON.stringify(eventData.tags.map((t) => t.id))));
runContainer({event_name: 'a'}, () => {
  logToConsole('complete');
  returnResponse();
}, (bindToEvent) => {
  logToConsole('start');
  bindToEvent(addEventCallback)(() => logToConsole('bound'));
});`),
      { data: {}, event: {}, http: { mode: 'recorded', responses: [] } },
    );
    expect(trace.errors).toEqual([]);
    expect(trace.logs).toEqual(['start', 'complete', 'bound', 'unbound ["template"]']);
  });
});

describe('hmacSha256', () => {
  const key = Buffer.from('secret-key').toString('base64');
  const perms = [LOG, permission('use_custom_private_keys', { keyIds: ['signing'] })];
  const expected = (encoding: 'hex' | 'base64url') =>
    createHmac('sha256', Buffer.from('secret-key')).update('payload').digest(encoding);

  test('signs with the configured key, in the asked encoding (base64url by default)', async () => {
    const code = `${req('hmacSha256 logToConsole')}logToConsole(hmacSha256('payload', 'signing'), hmacSha256('payload', 'signing', {outputEncoding: 'hex'}));`;
    const tpl = makeTpl(code, perms);
    const host = createHost({}, { permissions: tpl.permissions });
    host.privateKeys = { signing: key };
    const execution = startExecution(tpl, {}, { host });
    await settle(execution.host);
    expect(execution.host.trace.logs).toEqual([`${expected('base64url')} ${expected('hex')}`]);
  });

  test('a key id the permission does not list is refused', async () => {
    const trace = await run(`${req('hmacSha256')}hmacSha256('payload', 'other');`, perms);
    expect(trace.errors).toEqual([
      'Tag failed "use_custom_private_keys" permission check: Use of private key "other" is prohibited. Allowed key ids: signing. (template.tpl:2:1)',
    ]);
  });
});
