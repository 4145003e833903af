// `sgtm-template serve` for any template, with a small one of its own (collect-template.ts): requests
// answered by --respond or failing with how to answer them, each event's outcome, the JSON API, bad
// input, and the command as a user starts and stops it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { parseRespond } from '../../cli/respond-option';
import { answerRequests } from '../../serve/answer-requests';
import type { ProcessedEvent } from '../../serve/event-log';
import { createPreviewServer, type PreviewServerOptions } from '../../serve/preview-server';
import { serveOptions } from '../../serve/serve-options';
import { writeTpl } from '../../tpl/write';
import { captureOutput } from '../support/capture-output';
import { rawRequest } from '../support/raw-request';
import { COLLECT_TPL, COLLECT_URL, collectTemplate, collectTemplateFile } from './collect-template';

const BIN = path.resolve(__dirname, '../../bin/sgtm-template.js');
const PAGE = encodeURIComponent('https://shop.example/p');
const { dir, file } = collectTemplateFile();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const raw = rawRequest;

const events = async (url: string) =>
  (await (await fetch(`${url}/api/events`)).json()) as ProcessedEvent[];

/** The server in this process, with no serve setup (as for a template of another project). */
async function withServer(
  overrides: Partial<PreviewServerOptions>,
  test: (url: string) => Promise<void>,
) {
  const { options } = serveOptions({ file, fields: {} });
  const app = createPreviewServer({ ...options, ...overrides });
  const url = await app.listen(0, '127.0.0.1');
  try {
    await test(url);
  } finally {
    await app.close();
  }
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
  /** Everything printed so far. */
  out: () => string;
}

/** `sgtm-template serve collect.tpl …` in the template's own folder; resolves at the start line. */
async function startServe(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'serve', 'collect.tpl', '--port', '0', ...args], {
    cwd: dir,
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => out.includes('\n') && resolve());
    child.on('exit', () => reject(new Error(`serve ended: ${out}`)));
  });
  const url = /^sGTM preview: (\S+)/.exec(out)?.[1] ?? '';
  return { child, url, out: () => out };
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('serve --respond', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startServe([
      '--fields',
      '{}',
      '--respond',
      'https://api.example.com/=202:{"ok":true}',
    ]);
  });
  afterAll(() => running.child.kill('SIGTERM'));

  it('names who answers in the start line', () => {
    expect(running.out()).toMatch(
      /^sGTM preview: http:\/\/127\.0\.0\.1:\d+ {2}template collect\.tpl {2}requests: --respond ×1 \(--live sends them\)\n/,
    );
  });

  it('a template posting to api.example.com is success, with its request and the 202 answer', async () => {
    const res = await fetch(`${running.url}/g/collect?v=2&en=page_view&dl=${PAGE}`);
    expect(res.status).toBe(200);
    const [event] = await events(running.url);
    expect(event).toMatchObject({
      id: 1,
      outcome: 'success',
      type: null,
      reason: 'the tag called gtmOnSuccess after 1 request',
      logs: ['answered 202'],
    });
    expect(event.requests).toEqual([
      {
        url: COLLECT_URL,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"page_view","page":"https://shop.example/p"}',
        bodyJson: { name: 'page_view', page: 'https://shop.example/p' },
        response: { status: 202, body: '{"ok":true}' },
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(running.out()).toContain(
      '#1 page_view: success: the tag called gtmOnSuccess after 1 request\n',
    );
  });
});

describe('--respond answers, as run gives them', () => {
  const request = { url: COLLECT_URL, method: 'POST', headers: {}, body: '{}', timeoutMs: 50 };
  const answer = (spec: string) => answerRequests({ respond: [parseRespond(spec)] }).send;

  it('PREFIX=fail is a network failure at once; PREFIX=timeout waits out the request’s timeout', async () => {
    expect(await answer('https://api.example.com/=fail')(request, [])).toEqual({
      ok: false,
      reason: 'failed',
      afterMs: 0,
    });
    const started = Date.now();
    expect(await answer('https://api.example.com/=timeout')(request, [])).toEqual({
      ok: false,
      reason: 'timed_out',
      afterMs: 50,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('the longest prefix wins', async () => {
    const send = answerRequests({
      respond: ['https://api.example.com/=500:', 'https://api.example.com/collect/=201:yes'].map(
        parseRespond,
      ),
    }).send;
    expect(await send(request, [])).toEqual({
      ok: true,
      result: { statusCode: 201, headers: {}, body: 'yes' },
    });
  });
});

describe('outcomes, with no serve setup', () => {
  it('an unanswered request fails, with a line saying how to answer it', async () => {
    await withServer({}, async (url) => {
      await fetch(`${url}/g/collect?en=page_view`);
      const [event] = await events(url);
      const note =
        "nothing answers POST https://api.example.com/collect/A1 here, so the request failed: answer it with --respond 'https://api.example.com/=200:{}' (or a mock in the project's serve setup), or send it with --live";
      expect(event.outcome).toBe('failure');
      expect(event.reason).toBe(`the tag called gtmOnFailure; ${note}`);
      expect(event.logs).toEqual([
        'POST https://api.example.com/collect/A1: failed after 0 ms',
        note,
      ]);
      expect(event.requests[0].response).toEqual({ status: 0, body: '' });
    });
  });

  it('success with nothing sent is skipped; no callback is none; a throw is failure', async () => {
    await withServer({}, async (url) => {
      await fetch(`${url}/g/collect`, { method: 'POST', body: 'en=skip_me\nen=hang\nen=throw' });
      const [skipped, none, thrown] = await events(url);
      expect([skipped.outcome, skipped.reason, skipped.requests]).toEqual([
        'skipped',
        'the tag called gtmOnSuccess and sent nothing',
        [],
      ]);
      expect([none.outcome, none.reason]).toEqual([
        'none',
        'the tag called neither gtmOnSuccess nor gtmOnFailure',
      ]);
      expect(thrown.outcome).toBe('failure');
      expect(thrown.reason).toMatch(
        /^Uncaught TypeError: Cannot read properties of undefined \(reading 'field'\) \(.*collect\.tpl:\d+:\d+\)$/,
      );
    });
  });

  it('a tag whose request is never answered is answered after the ceiling, as a failure', async () => {
    await withServer({ send: () => new Promise(() => undefined), ceilingMs: 200 }, async (url) => {
      expect((await fetch(`${url}/g/collect?en=page_view`)).status).toBe(200);
      const [event] = await events(url);
      expect(event.outcome).toBe('failure');
      expect(event.reason).toMatch(
        /called neither data.gtmOnSuccess nor data.gtmOnFailure within 200 ms/,
      );
    });
  });

  it('the generic send panel has no identity controls, and the page names the template', async () => {
    await withServer({}, async (url) => {
      expect(await (await fetch(`${url}/api/send-panel`)).json()).toEqual({ identity: [] });
      expect(await (await fetch(`${url}/api/template`)).json()).toMatchObject({
        file,
        displayName: 'Collect tag',
        requests: 'mock',
      });
    });
  });

  it('nothing a firing leaves behind reaches the next one (one pooled sandbox)', async () => {
    const code = `const logToConsole = require('logToConsole');
logToConsole(typeof leftBehind, typeof [].leftBehind);
leftBehind = 1;
[].push.leftBehind = 1;
data.gtmOnSuccess();`;
    await withServer({ tpl: { ...collectTemplate(code) }, maxConcurrent: 1 }, async (url) => {
      for (let i = 0; i < 3; i++) await fetch(`${url}/g/collect?en=e${i}`);
      expect((await events(url)).map((e) => e.logs)).toEqual([
        ['undefined undefined'],
        ['undefined undefined'],
        ['undefined undefined'],
      ]);
    });
  });
});

describe('bad input', () => {
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const app = createPreviewServer(serveOptions({ file, fields: {} }).options);
    url = await app.listen(0, '127.0.0.1');
    close = () => app.close();
  });
  afterAll(() => close());

  it('a body over 1 MB gets 413', async () => {
    const res = await raw(url, 'POST', '/g/collect?en=page_view', 'x'.repeat(1024 * 1024 + 1));
    expect(res.status).toBe(413);
    expect(res.body).toBe('the body is over 1048576 bytes\n');
  });

  it('a hit without en gets 400 with the reason', async () => {
    const res = await raw(url, 'GET', '/g/collect?v=2&tid=G-T');
    expect(res.status).toBe(400);
    expect(res.body).toBe('the hit has no event name: add the "en" parameter, e.g. en=page_view\n');
  });

  it('PUT /api/fields refuses what is not a JSON object, with the reason', async () => {
    const notJson = await fetch(`${url}/api/fields`, { method: 'PUT', body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(await notJson.text()).toMatch(/^the fields are not JSON: /);
    const list = await fetch(`${url}/api/fields`, { method: 'PUT', body: '[1]' });
    expect(list.status).toBe(400);
    expect(await list.text()).toBe('the fields must be a JSON object of field values\n');
  });

  it.each(['/nope', '/api', '/g/collect/', '/api/events/1'])('%s is 404', async (p) => {
    expect((await raw(url, 'GET', p)).status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2f..%2fpackage.json',
    '/preview.js/../../../package.json',
    '//etc/passwd',
    '/build/serve/public/../../../package.json',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ])('no file outside the page assets: %s', async (p) => {
    const res = await raw(url, 'GET', p);
    expect(res.status).toBe(404);
    expect(res.body).not.toMatch(/"devDependencies"|root:x:0:0/);
  });

  it('serves the page and its scripts, and refuses other methods with 405', async () => {
    expect((await raw(url, 'GET', '/')).body).toContain('<title>sGTM preview</title>');
    expect((await raw(url, 'GET', '/preview.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    const res = await raw(url, 'DELETE', '/api/events');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET');
  });
});

describe('the serve command', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('stops cleanly on %s', async (signal) => {
    const { child } = await startServe(['--fields', '{}']);
    const code = exited(child);
    child.kill(signal);
    expect(await code).toBe(0);
  });

  it('stops when the process that started it is gone', async () => {
    // A parent that starts serve and is killed: serve notices within a second and frees its port.
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const c = require('child_process').spawn(process.execPath, ${JSON.stringify([BIN, 'serve', 'collect.tpl', '--port', '0', '--fields', '{}'])}, { stdio: ['ignore', 'pipe', 'inherit'] });
         c.stdout.once('data', (d) => process.stdout.write(c.pid + ' ' + d));`,
      ],
      { cwd: dir },
    );
    const line = await new Promise<string>((resolve) =>
      parent.stdout.once('data', (d: Buffer) => resolve(String(d))),
    );
    const [pid] = line.split(' ');
    const url = /sGTM preview: (\S+)/.exec(line)![1];
    parent.kill('SIGKILL');
    const deadline = Date.now() + 3000;
    let alive = true;
    while (alive && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      try {
        process.kill(Number(pid), 0);
      } catch {
        alive = false;
      }
    }
    expect(alive).toBe(false);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('fixtures/collect.tpl is the template these tests build', () => {
    expect(fs.readFileSync(COLLECT_TPL, 'utf8')).toBe(writeTpl(collectTemplate()));
  });

  it("--no-setup leaves the project's serve setup out, run from the project's root", async () => {
    const root = path.resolve(__dirname, '../../..');
    const child = spawn(
      process.execPath,
      [BIN, 'serve', COLLECT_TPL, '--fields', '{}', '--port', '0', '--no-setup'],
      { cwd: root },
    );
    const line = await new Promise<string>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve(String(d))),
    );
    const code = exited(child);
    child.kill('SIGTERM');
    expect(await code).toBe(0);
    expect(line).toMatch(/requests: nothing answers requests \(--live sends them\)\n$/);
  });

  it.each([
    [['serve', '--port', 'x'], '--port x: expected a whole number, from 0 to 65535'],
    [['serve', '--port', '70000'], '--port 70000: expected a whole number, from 0 to 65535'],
    [
      ['serve', file, '--fields', '{}', '--respond', 'https://a.example/'],
      '--respond https://a.example/: expected URL_PREFIX=STATUS:BODY, URL_PREFIX=fail or URL_PREFIX=timeout, e.g. https://api.example.com/=200:{"ok":true}',
    ],
    [
      ['serve', file, '--fields', '{}', '--respond', 'https://a.example/=200', '--live'],
      '--respond and --live exclude each other',
    ],
  ])('usage error %j: exit 2 and one line saying what to do', async (args, message) => {
    const { code, stderr } = await captureOutput(() => main(args));
    expect(code).toBe(2);
    expect(stderr).toBe(`sgtm-template serve: ${message}; see \`sgtm-template serve --help\`\n`);
  });
});
