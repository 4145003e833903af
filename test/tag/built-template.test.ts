// Every tag fixture through the BUILT template (dist/template.tpl) in our runtime, recorded HTTP:
// the same expectations as fixtures.test.ts, with GTM's permission checks enforced from the .tpl,
// and every request body validated against the adapter schema.
import * as fs from 'fs';
import * as path from 'path';
import { runTemplate } from '../../build/runtime/run-template';
import { BUILT_TEMPLATE_PATH, builtTemplate, fieldDefaults } from '../support/built-template';
import { loadFixtures } from '../support/fixtures';
import { adapterRequestErrors } from '../support/adapter-schema';
import { executionInput, expected, leakedIdentifiers, observe } from './fixture-harness';

const FIXTURES = loadFixtures(path.join(__dirname, '..', 'fixtures', 'tag'));
const DEFAULTS = fieldDefaults();

describe('tag fixtures through the built template', () => {
  const tpl = builtTemplate();

  it.each(FIXTURES.map((f) => [f.name, f.fixture] as const))('%s', async (_name, fixture) => {
    const trace = await runTemplate(tpl, executionInput(fixture, DEFAULTS), {
      fileName: 'dist/template.tpl',
    });
    const { logLines, ...observed } = observe(trace);
    expect(observed).toEqual(expected(fixture));
    expect(trace.cookiesSet).toEqual([]);
    for (const request of trace.requests) {
      expect(adapterRequestErrors(JSON.parse(request.body ?? 'null'))).toEqual([]);
    }
    // Identifiers never appear whole in a log line.
    expect(leakedIdentifiers(fixture, logLines)).toEqual([]);
  });
});

describe('the built code section', () => {
  it("fits in 40 KiB, the budget of issue 17 (readable in GTM's editor, tab-indented)", () => {
    const text = fs.readFileSync(BUILT_TEMPLATE_PATH, 'utf8');
    const start = text.indexOf('\n___SANDBOXED_JS_FOR_SERVER___\n');
    const end = text.indexOf('\n___', start + 1);
    expect([start > 0, end > start]).toEqual([true, true]);
    const code = text.slice(text.indexOf('\n', start + 1) + 1, end + 1);
    expect(code).toContain('runTag(data);');
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(40 * 1024);
  });
});
