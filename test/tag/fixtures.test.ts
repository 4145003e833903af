// Every tag fixture (test/fixtures/tag/*.json) through the TypeScript tag under jest's 'sgtm'
// emulation: the exact request (URL, method, headers, timeout, body), the one callback, the log lines,
// and the schema validity of every body the tag builds.
import * as path from 'path';
import { fields } from '../../template-src/fields';
import { fieldDefaults } from '../../template-src/tests/load';
import { loadFixtures } from '../support/fixtures';
import { adapterRequestErrors } from '../support/adapter-schema';
import { runTagModules } from '../support/run-tag-modules';
import { executionInput, expected, leakedIdentifiers, observe } from './fixture-harness';

const FIXTURES = loadFixtures(path.join(__dirname, '..', 'fixtures', 'tag'));
const DEFAULTS = fieldDefaults(fields);

function run(fixture: (typeof FIXTURES)[number]['fixture']) {
  return runTagModules(executionInput(fixture, DEFAULTS));
}

describe('tag fixtures through the TypeScript modules', () => {
  it('has at least 40 fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(FIXTURES.map((f) => [f.name, f.fixture] as const))('%s', async (_name, fixture) => {
    const { host } = await run(fixture);
    const { logLines, ...observed } = observe(host.trace);
    expect(observed).toEqual(expected(fixture));
    for (const line of logLines) expect(line.source).toBe('snapchat-capi-ats');
    expect(leakedIdentifiers(fixture, logLines)).toEqual([]);

    if (fixture.expect.request) {
      expect(adapterRequestErrors(fixture.expect.request.body)).toEqual([]);
    }
  });
});
