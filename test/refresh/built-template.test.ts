// The refresh through the BUILT template (dist/template.tpl) in the runtime, with the template's
// own permissions: every refresh fixture, and a short simulated session checking that concurrent
// events never refresh the same envelope twice in an interval.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runTemplate } from '../../build/runtime/run-template';
import { readTpl } from '../../build/tpl/read';
import { fields } from '../../template-src/fields';
import { fieldDefaults } from '../../template-src/tests/load';
import { simulateSession } from '../../bench/refresh-session';
import {
  expectedRefresh,
  loadRefreshFixtures,
  observeRefresh,
  refreshExecutionInput,
} from './refresh-harness';

const TPL_FILE = path.join(__dirname, '..', '..', 'dist', 'template.tpl');
const tpl = readTpl(readFileSync(TPL_FILE, 'utf8'), TPL_FILE);
const FIXTURES = loadRefreshFixtures();
const DEFAULTS = fieldDefaults(fields);

describe('refresh fixtures through the built template', () => {
  it.each(FIXTURES.map((f) => [f.name, f.fixture] as const))('%s', async (_name, fixture) => {
    const trace = await runTemplate(tpl, refreshExecutionInput(fixture, DEFAULTS));
    expect(observeRefresh(trace)).toEqual(expectedRefresh(fixture));
  });
});

describe('a simulated session through the built template', () => {
  it('makes one refresh call per envelope per interval, never two, and one adapter request per event', async () => {
    const report = await simulateSession(tpl, {
      users: 6,
      eventsPerUser: 12,
      tagsPerPage: 3,
      refreshAfterMinutes: 30,
      seed: 7,
    });
    expect(report.events).toHaveLength(72);
    expect(report.events.every((e) => e.adapterRequests === 1 && e.errors.length === 0)).toBe(true);
    expect(report.duplicates).toBe(0);
    expect(report.refreshCalls).toBe(report.refreshesDue);
    expect(report.refreshCalls).toBeGreaterThan(0);
    expect(report.maxRequestsPerEvent).toBe(2);
  });
});
