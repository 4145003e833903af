// The `test` and `run` commands, spawned as a user runs them.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../build/cli/main';
import { writeTpl } from '../../build/tpl/write';
import { captureOutput } from '../support/capture-output';
import { LOG, makeTpl, permission } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/sgtm-template.js');
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
  JSON.stringify({name: ev.event_name, env: getCookieValues('_lr_env')[0], t: getTimestampMillis()}))
  .then((r) => r.statusCode === 200 ? data.gtmOnSuccess() : data.gtmOnFailure(), () => data.gtmOnFailure());`;

const PERMS = [
  LOG,
  permission('read_event_data', { eventDataAccess: 'any' }),
  permission('get_cookies', { cookieAccess: 'specific', cookieNames: ['_lr_env'] }),
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
  fs.writeFileSync(path.join(dir, 'cookies.json'), '{"_lr_env": "abc%3D"}');
  fs.writeFileSync(path.join(dir, 'bad.json'), '{nope');
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

  test('an unreadable file is a failure with the reason', async () => {
    const r = await cli(['test', 'missing.tpl']);
    expect(r.stdout).toMatch(/^✗ missing\.tpl: cannot run its tests — ENOENT/);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('0 passed, 1 failed');
    expect(r.code).toBe(1);
  });
});

describe('sgtm-template run', () => {
  const RUN = ['run', 'tag.tpl', '--data', 'data.json', '--event', 'event.json'];

  test('prints the JSON trace; by default every URL answers 200', async () => {
    const r = await cli([...RUN, '--cookies', 'cookies.json', '--now', '1700000000000']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      outcome: 'success',
      requests: [
        {
          url: 'https://api.example.com/e/42',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"name":"purchase","env":"abc=","t":1700000000000}',
          // GTM's default timeout: the template gives none.
          timeoutMs: 15000,
        },
      ],
      cookiesSet: [{ name: 'seen', value: 'yes%20please', options: { path: '/' } }],
      logs: ['sending purchase'],
      errors: [],
    });
    expect(r.stdout.split('\n')[1]).toBe('  "outcome": "success",');
  });

  test('--respond scripts the answer per URL prefix', async () => {
    const r = await cli([...RUN, '--respond', 'https://api.example.com/e/=503:busy']);
    expect(JSON.parse(r.stdout).outcome).toBe('failure');
    const unmatched = await cli([
      'run',
      'tag.tpl',
      '--data',
      'data.json',
      '--event',
      'event.json',
      '--respond',
      'https://other.example.com/=200:',
    ]);
    expect(JSON.parse(unmatched.stdout).errors).toEqual([
      'sendHttpRequest: no recorded response for https://api.example.com/e/42; answered "failed"',
    ]);
  });

  test('usage errors say what is wrong and exit 2', async () => {
    const bad = await cli(['run', 'tag.tpl', '--data', 'bad.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toMatch(
      /^sgtm-template run: bad\.json: the data file is not a JSON object \(/,
    );
    const respond = await cli(['run', 'tag.tpl', '--respond', 'nonsense']);
    expect(respond.stderr.split('\n')[0]).toBe(
      'sgtm-template run: --respond "nonsense": expected URL_PREFIX=STATUS:BODY, e.g. https://api.example.com/=200:{"ok":true}',
    );
  });

  test('--help documents the default answer (spawned)', () => {
    const r = spawnCli(['run', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Without --respond and --live, every request is answered 200 with an empty body.',
    );
  });
});
