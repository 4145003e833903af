// Every tag fixture through the BUILT template (dist/template.tpl) in our runtime, recorded HTTP:
// the same expectations as fixtures.test.ts, with GTM's permission checks enforced from the .tpl,
// and every request body validated against the adapter schema.
import * as path from 'path';
import { runTemplate } from '../../build/runtime/run-template';
import { builtTemplate, fieldDefaults } from '../support/built-template';
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
