// The `test` and `run` commands, spawned as a user runs them.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as net from 'node:net';
import { COMMANDS } from '../../cli/commands';
import { main } from '../../cli/main';
import { writeTpl } from '../../tpl/write';
import { captureOutput } from '../support/capture-output';
import { LOG, makeTpl, permission } from './helpers';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'build/bin/sgtm-template.js');
let dir: string;

/** As a user runs it: a separate Node process (slow, so only for a few end-to-end checks). */
function spawnCli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same dispatcher in this process, with stdout and stderr captured. */
async function cli(args: string[]) {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await captureOutput(() => main(args));
  } finally {
    process.chdir(cwd);
  }
}

const CODE = `const getAllEventData = require('getAllEventData');
const getCookieValues = require('getCookieValues');
const sendHttpRequest = require('sendHttpRequest');
const setCookie = require('setCookie');
const JSON = require('JSON');
const log = require('logToConsole');
const getTimestampMillis = require('getTimestampMillis');
const ev = getAllEventData();
setCookie('seen', 'yes please', {path: '/'});
log('sending', ev.event_name);
sendHttpRequest('https://api.example.com/e/' + data.id, {method: 'POST', headers: {'content-type': 'application/json'}},
  JSON.stringify({name: ev.event_name, env: getCookieValues('_ident')[0], t: getTimestampMillis()}))
  .then((r) => r.statusCode === 200 ? data.gtmOnSuccess() : data.gtmOnFailure(), () => data.gtmOnFailure());`;

const PERMS = [
  LOG,
  permission('read_event_data', { eventDataAccess: 'any' }),
  permission('get_cookies', { cookieAccess: 'specific', cookieNames: ['_ident'] }),
  permission('set_cookies', {
    allowedCookies: [{ name: 'seen', domain: '*', path: '*', secure: 'any', session: 'any' }],
  }),
  permission('send_http', { allowedUrls: 'specific', urls: ['https://api.example.com/'] }),
];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgtm-cli-'));
  const tests = {
    setup: "const mockData = {id: '42'};\nmock('getAllEventData', {event_name: 'purchase'});",
    scenarios: [
      {
        name: 'success on 200',
        code: "mock('sendHttpRequest', () => ({then: (ok) => ok({statusCode: 200})}));\nrunCode(mockData);\nassertApi('gtmOnSuccess').wasCalled();",
      },
      {
        name: 'wrong expectation',
        code: "mock('sendHttpRequest', () => ({then: (ok) => ok({statusCode: 500})}));\nrunCode(mockData);\nassertApi('gtmOnSuccess').wasCalled();",
      },
    ],
  };
  fs.writeFileSync(path.join(dir, 'tag.tpl'), writeTpl(makeTpl(CODE, PERMS, tests)));
  fs.writeFileSync(
    path.join(dir, 'passing.tpl'),
    writeTpl(makeTpl(CODE, PERMS, { ...tests, scenarios: [tests.scenarios[0]] })),
  );
  fs.writeFileSync(path.join(dir, 'data.json'), '{"id": "42"}');
  fs.writeFileSync(path.join(dir, 'event.json'), '{"event_name": "purchase"}');
  fs.writeFileSync(path.join(dir, 'cookies.json'), '{"_ident": "abc%3D"}');
  fs.writeFileSync(path.join(dir, 'bad.json'), '{nope');
  // Logs only where logging is allowed in preview ('debug'), and says whether it runs in preview.
  const debugLog = `const log = require('logToConsole');
const JSON = require('JSON');
log(JSON.stringify({preview: require('getContainerVersion')().previewMode}));
data.gtmOnSuccess();`;
  const debugPerms = [
    permission('logging', { environments: 'debug' }),
    permission('read_container_data', {}),
  ];
  fs.writeFileSync(path.join(dir, 'debug-log.tpl'), writeTpl(makeTpl(debugLog, debugPerms)));
  // A request that gives up after 50 ms.
  const slow = `require('sendHttpRequest')('https://api.example.com/slow', {timeout: 50}).then(data.gtmOnSuccess, data.gtmOnFailure);`;
  fs.writeFileSync(path.join(dir, 'slow.tpl'), writeTpl(makeTpl(slow, [PERMS[4]])));
  // Tells the three ends of a request apart, as a tag that reports why it failed does.
  const reasons = (options: string) =>
    `const log = require('logToConsole');
require('sendHttpRequest')('https://api.example.com/r', ${options}).then((r) => {
  log('answered', r.statusCode, r.body);
  if (r.statusCode >= 200 && r.statusCode < 300) data.gtmOnSuccess(); else data.gtmOnFailure();
}, (e) => { log('rejected', e.reason); data.gtmOnFailure(); });
require('sendHttpRequest')('https://api.example.com/cb', (status, headers, body) => {
  log('callback', status, headers, body);
}, ${options});`;
  fs.writeFileSync(
    path.join(dir, 'reasons.tpl'),
    writeTpl(makeTpl(reasons('{timeout: 700}'), [LOG, PERMS[4]])),
  );
  fs.writeFileSync(
    path.join(dir, 'no-timeout.tpl'),
    writeTpl(makeTpl(reasons('{}'), [LOG, PERMS[4]])),
  );
  const withFields = {
    ...makeTpl('data.gtmOnSuccess();', []),
    parameters: [
      { type: 'TEXT', name: 'accountId', displayName: 'Account', simpleValueType: true },
      {
        type: 'GROUP',
        name: 'more',
        displayName: 'More',
        subParams: [
          { type: 'CHECKBOX', name: 'mode', checkboxText: 'Mode', simpleValueType: true },
        ],
      },
    ],
  };
  fs.writeFileSync(path.join(dir, 'fields.tpl'), writeTpl(withFields));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sgtm-template test', () => {
  test('one line per scenario, the count last, exit 1 on a failure (spawned)', () => {
    const r = spawnCli(['test', 'tag.tpl']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('✓ tag.tpl: success on 200');
    expect(lines[1]).toMatch(
      /^✗ tag\.tpl: wrong expectation — assertApi\('gtmOnSuccess'\)\.wasCalled\(\) failed: it was never called \(scenario line 3, tag\.tpl:\d+\)$/,
    );
    expect(lines[2]).toBe('1 passed, 1 failed');
    expect(lines).toHaveLength(3);
    expect(r.code).toBe(1);
  });

  test('the failure line points at the scenario’s line in the .tpl file', async () => {
    const text = fs.readFileSync(path.join(dir, 'tag.tpl'), 'utf8').split('\n');
    const line = Number(
      /tag\.tpl:(\d+)\)$/.exec((await cli(['test', 'tag.tpl'])).stdout.split('\n')[1])?.[1],
    );
    expect(text[line - 1].trim()).toBe("assertApi('gtmOnSuccess').wasCalled();");
  });

  test('exit 0 when everything passes, over several files', async () => {
    const r = await cli(['test', 'passing.tpl', 'passing.tpl']);
    expect(r.stdout).toBe(
      '✓ passing.tpl: success on 200\n✓ passing.tpl: success on 200\n2 passed, 0 failed\n',
    );
    expect(r.code).toBe(0);
  });

  test('--verbose prints what the template logged under each scenario', async () => {
    const r = await cli(['test', 'passing.tpl', '--verbose']);
    expect(r.stdout).toBe(
      '✓ passing.tpl: success on 200\n    log: sending purchase\n1 passed, 0 failed\n',
    );
  });
});

describe('a bad input is reported one way, in every command', () => {
  // The tag's own build, cut short as an interrupted copy leaves it.
  const truncated = () => {
    const text = fs.readFileSync(path.join(dir, 'tag.tpl'), 'utf8');
    fs.writeFileSync(
      path.join(dir, 'truncated.tpl'),
      text.slice(0, text.indexOf('"type": "TAG"') + 20),
    );
  };

  test.each([
    [['run', 'missing.tpl', '--event', '{}']],
    [['test', 'missing.tpl']],
    [['test', 'passing.tpl', 'missing.tpl']],
    [['check', 'missing.tpl']],
    [['check', 'passing.tpl', 'missing.tpl']],
  ])('a missing file: one line naming it, exit 2 (%j)', async (args) => {
    const r = await cli(args);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `sgtm-template ${args[0]}: missing.tpl: no such file\n`,
    });
  });

  test('a missing --entry file is named as missing', async () => {
    expect(await cli(['build', '--entry', 'nosuch.ts'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sgtm-template build: nosuch.ts: no such file\n',
    });
  });

  test('a file that is not a readable .tpl: run and test say so in one line, exit 2; check gives its verdict', async () => {
    truncated();
    const reason =
      'truncated.tpl:1:1: missing section ___SANDBOXED_JS_FOR_SERVER___; a GTM export always has it (re-export the template) (not a readable .tpl file; `sgtm-template check truncated.tpl` lists every problem)';
    for (const command of ['run', 'test']) {
      const r = await cli(
        [command, 'truncated.tpl', '--event', '{}'].slice(0, command === 'run' ? 4 : 2),
      );
      expect(r).toEqual({ code: 2, stdout: '', stderr: `sgtm-template ${command}: ${reason}\n` });
    }
    const check = await cli(['check', 'truncated.tpl']);
    expect(check.code).toBe(1);
    expect(check.stderr.split('\n')).toEqual([
      'truncated.tpl:1:1: missing section ___SANDBOXED_JS_FOR_SERVER___; a GTM export always has it (re-export the template)',
      'truncated.tpl:5:6: ___INFO___: invalid JSON (Unterminated string in JSON at position 24); fix the JSON or re-export the template from GTM',
      '',
    ]);
    expect(check.stdout.trimEnd().split('\n').pop()).toBe('truncated.tpl: 2 errors');
  });

  test('--data: a name no field has is a warning naming the nearest field; the run goes on', async () => {
    const r = await cli([
      'run',
      'fields.tpl',
      '--event',
      '{}',
      '--data',
      '{"accountID": "A1", "zzz": 1}',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'sgtm-template run: warning: --data: accountID is not a field of this template; did you mean accountId?',
        'sgtm-template run: warning: --data: zzz is not a field of this template (its fields: accountId, mode)',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(r.stdout).outcome).toBe('success');
  });

  test('--data: a value no GTM field of its kind could hold is refused, naming the field', async () => {
    const r = await cli([
      'run',
      'fields.tpl',
      '--event',
      '{}',
      '--data',
      '{"mode": "yes", "accountId": {"a": 1}}',
    ]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sgtm-template run: --data: mode is a checkbox: expected true or false, got "yes"; accountId is a text field: expected a string (or a number or boolean), got an object; see `sgtm-template run --help`\n',
    });
  });
});

describe('sgtm-template run', () => {
  const RUN = ['run', 'tag.tpl', '--data', 'data.json', '--event', 'event.json'];

  test('prints the JSON trace, with JSON bodies parsed and API calls counted', async () => {
    const r = await cli([...RUN, '--cookies', 'cookies.json', '--now', '1700000000000']);
    expect(r.code).toBe(0);
    const body = { name: 'purchase', env: 'abc=', t: 1700000000000 };
    expect(JSON.parse(r.stdout)).toEqual({
      outcome: 'success',
      requests: [
        {
          url: 'https://api.example.com/e/42',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          bodyJson: body,
          response: { statusCode: 200, headers: {}, body: '' },
          // GTM's default timeout: the template gives none.
          timeoutMs: 15000,
        },
      ],
      cookiesSet: [{ name: 'seen', value: 'yes%20please', options: { path: '/' } }],
      logs: ['sending purchase'],
      errors: [],
      calls: {
        getAllEventData: 1,
        setCookie: 1,
        logToConsole: 1,
        getCookieValues: 1,
        getTimestampMillis: 1,
        'JSON.stringify': 1,
        sendHttpRequest: 1,
      },
      cookieReads: { _ident: 1 },
    });
    expect(r.stdout.split('\n')[1]).toBe('  "outcome": "success",');
  });

  test('runs as GTM Preview by default (debug logging logs), as published with --production', async () => {
    const preview = JSON.parse((await cli(['run', 'debug-log.tpl', '--event', '{}'])).stdout);
    expect(preview).toMatchObject({
      logs: ['{"preview":true}'],
      logsJson: [{ preview: true }],
    });
    const published = await cli(['run', 'debug-log.tpl', '--event', '{}', '--production']);
    expect(JSON.parse(published.stdout)).toMatchObject({ outcome: 'success', logs: [] });
  });

  test('--format pretty: outcome, requests with their answers, logs, cookies, calls', async () => {
    const r = await cli([
      ...RUN,
      '--format',
      'pretty',
      '--now',
      '1',
      '--respond',
      'https://api.example.com/=503:{"error":"busy"}',
    ]);
    expect(r.stdout).toBe(
      [
        'outcome: failure (gtmOnFailure was called)',
        'requests (1):',
        '  POST https://api.example.com/e/42 → 503',
        '    content-type: application/json',
        '    {"name":"purchase","t":1}',
        '    response body:',
        '      {"error":"busy"}',
        'logs (1):',
        '  sending purchase',
        'cookies set (1):',
        '  seen=yes%20please; path=/',
        'errors: none',
        'calls: getAllEventData 1, setCookie 1, logToConsole 1, getCookieValues 1 (_ident 1), getTimestampMillis 1, JSON.stringify 1, sendHttpRequest 1',
        '',
      ].join('\n'),
    );
  });

  test('--respond scripts the answer per URL prefix; an unmatched URL fails and says so', async () => {
    const r = await cli([...RUN, '--respond', 'https://api.example.com/e/=503:busy']);
    expect(JSON.parse(r.stdout).outcome).toBe('failure');
    const unmatched = JSON.parse(
      (await cli([...RUN, '--respond', 'https://other.example.com/=200:'])).stdout,
    );
    expect(unmatched.errors).toEqual([
      'sendHttpRequest: no recorded response for https://api.example.com/e/42; answered "failed"',
    ]);
    expect(unmatched.requests[0].response).toEqual({ error: 'failed', afterMs: 0 });
  });

  describe('--respond answers that fail, time out, or are not 2xx, as GTM documents them', () => {
    const runReasons = async (file: string, respond: string, extra: string[] = []) => {
      const r = await cli(['run', file, '--event', '{}', '--respond', respond, ...extra]);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as Record<string, unknown> & {
        requests: { response: unknown }[];
      };
    };

    test('=fail: the promise rejects with reason "failed", the callback gets 0 and nothing else', async () => {
      const trace = await runReasons('reasons.tpl', 'https://api.example.com/=fail');
      expect(trace.logs).toEqual(['rejected failed', 'callback 0 undefined undefined']);
      expect(trace.outcome).toBe('failure');
      expect(trace.requests.map((r) => r.response)).toEqual([
        { error: 'failed', afterMs: 0 },
        { error: 'failed', afterMs: 0 },
      ]);
    });

    test('=timeout: rejects with reason "timed_out" after the timeout the template gave; the callback gets -1', async () => {
      const trace = await runReasons('reasons.tpl', 'https://api.example.com/=timeout');
      expect(trace.logs).toEqual(['rejected timed_out', 'callback -1 undefined undefined']);
      expect(trace.requests.map((r) => r.response)).toEqual([
        { error: 'timed out', afterMs: 700 },
        { error: 'timed out', afterMs: 700 },
      ]);
    });

    test('=timeout with no timeout option: after GTM’s default of 15000 ms (virtual time, no waiting)', async () => {
      const started = Date.now();
      const trace = await runReasons('no-timeout.tpl', 'https://api.example.com/=timeout', [
        '--timeout',
        '20000',
      ]);
      expect(trace.requests.map((r) => r.response)).toEqual([
        { error: 'timed out', afterMs: 15000 },
        { error: 'timed out', afterMs: 15000 },
      ]);
      expect(trace.logs).toEqual(['rejected timed_out', 'callback -1 undefined undefined']);
      expect(Date.now() - started).toBeLessThan(2000);
    });

    test('=400:BODY: a non-2xx answer resolves the promise, with its body', async () => {
      const trace = await runReasons(
        'reasons.tpl',
        'https://api.example.com/=400:{"error":"event_time must be seconds"}',
      );
      expect(trace.logs).toEqual([
        'answered 400 {"error":"event_time must be seconds"}',
        'callback 400 {} {"error":"event_time must be seconds"}',
      ]);
      expect(trace.outcome).toBe('failure');
    });
  });

  test('--live says whether a request failed or timed out, as it happened', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const silent = net.createServer(() => {}).listen(0, '127.0.0.1');
    await new Promise((resolve) => silent.once('listening', resolve));
    const base = (port: number) => ['--live', '--map', `api.example.com=http://127.0.0.1:${port}`];
    try {
      const failed = await cli([...RUN, ...base(closed), '--format', 'pretty']);
      expect(failed.stdout.split('\n')[2]).toMatch(
        /^ {2}POST https:\/\/api\.example\.com\/e\/42 → failed after \d+ ms \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/,
      );
      const port = (silent.address() as net.AddressInfo).port;
      const slow = await cli(['run', 'slow.tpl', '--event', '{}', ...base(port)]);
      expect(JSON.parse(slow.stdout).requests[0].response).toEqual({
        error: 'timed out',
        afterMs: expect.any(Number),
      });
    } finally {
      silent.close();
    }
  });

  test('usage errors are one line, say what is wrong and exit 2', async () => {
    const cases: [string[], string][] = [
      [['run', 'tag.tpl', '--data', 'bad.json', '--event', '{}'], '--data bad.json: not JSON ('],
      [['run', 'tag.tpl', '--data', '{}'], 'give the event with --event F.json or inline JSON'],
      [
        ['run', 'fields.tpl', '--event', '{}'],
        "fields.tpl has fields (accountId, mode): give their values with --data F.json (--data '{}' for none)",
      ],
      [
        ['run', 'tag.tpl', '--event', '{}', '--respond', 'nonsense'],
        '--respond nonsense: expected URL_PREFIX=STATUS:BODY',
      ],
      [
        ['run', 'tag.tpl', '--event', '{}', '--timeout', '-5'],
        '--timeout -5: expected a whole number of milliseconds, 1 or more',
      ],
      [
        ['run', 'tag.tpl', '--event', '{}', '--now', 'soon'],
        '--now soon: expected a whole number of milliseconds, 0 or more',
      ],
      [
        ['run', 'tag.tpl', '--event', '{}', '--format', 'xml'],
        '--format xml: expected json or pretty',
      ],
      [['run', 'tag.tpl', '--event'], '--event needs a value (F.json)'],
      [['run', 'tag.tpl', 'other.tpl'], 'too many arguments (other.tpl); it takes [FILE.tpl]'],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toContain(`sgtm-template run: ${message}`);
      expect(r.stderr).toMatch(/; see `sgtm-template run --help`\n$/);
    }
  });

  test('input values are checked against their types, naming the path', async () => {
    const cases: [string[], string][] = [
      [
        ['--cookies', '{"_vid":{"a":1}}'],
        '--cookies: _vid must be a string or a list of strings, got an object',
      ],
      [
        ['--cookies', '{"_ident":5}'],
        '--cookies: _ident must be a string or a list of strings, got a number',
      ],
      [['--headers', '{"referer":["a"]}'], '--headers: referer must be a string, got a list'],
      [
        ['--request', '{"headers":"x","cookies":[1]}'],
        '--request: headers must be an object of header values, got a string; cookies must be an object of cookie values, got a list',
      ],
      [
        ['--request', '{"cookie":"a=b"}'],
        '--request: cookie is not part of a request; use headers, cookies, query, path, method, body, remoteAddress',
      ],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['run', 'tag.tpl', '--event', 'event.json', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`sgtm-template run: ${message}; see \`sgtm-template run --help\`\n`);
    }
  });
});

describe('CLI conventions', () => {
  test('--version and -v print the package version (spawned)', () => {
    const { version } = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'build', 'package.json'), 'utf8'),
    );
    expect(spawnCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(spawnCli(['-v']).stdout).toBe(`${version}\n`);
  });

  test.each(COMMANDS.map((c) => c.name))(
    '`%s --help` lists every option of the command',
    async (name) => {
      const spec = COMMANDS.find((c) => c.name === name)!;
      const r = await cli([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`usage: sgtm-template ${name}`)).toBe(true);
      for (const option of [...Object.keys(spec.options), 'help']) {
        expect(r.stdout).toMatch(new RegExp(`^ {2}(-\\w, )?--${option}\\b`, 'm'));
      }
      // And the top-level help names every option of every command too.
      const top = await cli(['--help']);
      for (const option of Object.keys(spec.options)) expect(top.stdout).toContain(`[--${option}`);
    },
  );

  test('an unknown option or command is one line and exit 2', async () => {
    expect(await cli(['check', '--frobnicate', 'tag.tpl'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sgtm-template check: unknown option --frobnicate; see `sgtm-template check --help`\n',
    });
    expect(await cli(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sgtm-template: unknown command frobnicate; see `sgtm-template --help`\n',
    });
  });

  test('without a .tpl, test and run use package.json\'s "sgtm-template".out', async () => {
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ 'sgtm-template': { out: 'passing.tpl' } }),
    );
    try {
      expect((await cli(['test'])).stdout).toBe(
        '✓ passing.tpl: success on 200\n1 passed, 0 failed\n',
      );
      expect(JSON.parse((await cli(['run', '--event', '{}', '--data', '{}'])).stdout).outcome).toBe(
        'success',
      );
    } finally {
      fs.rmSync(path.join(dir, 'package.json'));
    }
  });
});
