// Every tag fixture (test/fixtures/tag/*.json) through the TypeScript tag under jest's 'sgtm'
// emulation: the exact request (URL, method, headers, body), the one callback, the log lines; and the
// request options and schema validity of every body the tag builds.
import * as path from 'path';
import { createHost, setExecution } from '../../build/runtime/sgtm-module';
import { readConfig } from '../../template-src/tag/fields';
import { planRequest } from '../../template-src/tag/core';
import { fields } from '../../template-src/fields';
import { fieldDefaults, loadFixtures } from '../../template-src/scenarios';
import { DEFAULT_TIMEOUT_MS } from '../../template-src/scenarios/fixture';
import { adapterRequestErrors } from '../support/adapter-schema';
import { runTagModules, tagEnvironment } from '../support/run-tag-modules';
import { executionInput, expected, leakedIdentifiers, observe } from './fixture-harness';

const FIXTURES = loadFixtures(path.join(__dirname, '..', 'fixtures', 'tag'));
const DEFAULTS = fieldDefaults(fields);

const environment = tagEnvironment;

function run(fixture: (typeof FIXTURES)[number]['fixture']) {
  return runTagModules(executionInput(fixture, DEFAULTS));
}

describe('tag fixtures through the TypeScript modules', () => {
  it('has at least 40 fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(FIXTURES.map((f) => [f.name, f.fixture] as const))('%s', async (_name, fixture) => {
    const { host, data } = await run(fixture);
    const { logLines, ...observed } = observe(host.trace);
    expect(observed).toEqual(expected(fixture));
    for (const line of logLines) expect(line.source).toBe('snapchat-capi-ats');
    expect(leakedIdentifiers(fixture, logLines)).toEqual([]);

    // The options the request goes out with (the trace does not record the timeout).
    setExecution(createHost(executionInput(fixture, DEFAULTS)));
    const plan = planRequest(readConfig(data), environment);
    if (fixture.expect.request) {
      expect(plan.options).toEqual({
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        timeout: fixture.expect.request.timeout ?? DEFAULT_TIMEOUT_MS,
      });
      expect(adapterRequestErrors(fixture.expect.request.body)).toEqual([]);
    }
  });
});

describe('planRequest with a given envelope (the seam for an envelope refresh)', () => {
  const fixture = FIXTURES.find((f) => f.name === 'seed-3-page-view')!.fixture;
  const config = readConfig({ ...DEFAULTS, ...fixture.fields } as never);

  beforeEach(() => setExecution(createHost(executionInput(fixture, DEFAULTS))));

  it('uses the given envelope instead of the cookie', () => {
    const plan = planRequest(config, environment, { envelope: { envelope: 'renewed', index: 0 } });
    expect(plan.action).toBe('send');
    expect(plan.event?.user_data).toEqual({ partner_id: 'renewed' });
    expect(plan.envelope).toEqual({ envelope: 'renewed', index: 0 });
  });

  it('goes without an envelope when given null (and skips for lack of identity)', () => {
    const plan = planRequest(config, environment, { envelope: null });
    expect(plan.action).toBe('skip');
    expect(plan.reason).toMatch(/^no identity:/);
  });

  it('reads the cookie when no envelope is given', () => {
    const plan = planRequest(config, environment, {});
    expect(plan.envelope?.envelope).toBe(
      'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c',
    );
    expect(plan.envelope?.timestampMs).toBe(fixture.nowMs);
  });
});
