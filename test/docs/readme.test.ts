// The README stays short (depth goes to docs/), and its "What it sends" body is the one the built tag
// sends for examples/purchase.json with examples/cookies.json and examples/fields.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runBuilt } from '../support/built-template';
import { ROOT } from './doc-files';

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

test("the README's request body is what the tag sends for the example purchase", async () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const shown = /## What it sends[\s\S]*?```json\n([\s\S]*?)```/.exec(readme);
  expect(shown).not.toBeNull();
  const body = JSON.parse(shown![1]);
  const trace = await runBuilt({
    fields: readJson('examples/fields.json'),
    event: readJson('examples/purchase.json'),
    request: { cookies: readJson('examples/cookies.json') },
    nowMs: body.events[0].event_time * 1000,
    // As `sgtm-template run` answers: every request 200, empty body.
    http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 200 }] },
  });
  const sent = trace.requests.filter((r) => r.url.includes('/send-events/'));
  expect(sent.map((r) => JSON.parse(r.body ?? ''))).toEqual([body]);
});

test('the README is at most 25 KiB', () => {
  expect(fs.statSync(path.join(ROOT, 'README.md')).size).toBeLessThanOrEqual(25 * 1024);
});
