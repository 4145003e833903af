// The refresh through the BUILT template (dist/template.tpl) in the runtime, with the template's
// own permissions: every refresh fixture, and a short simulated session checking that concurrent
// events never refresh the same envelope twice in an interval.
import { runTemplate } from '../../build/runtime/run-template';
import { builtTemplate, fieldDefaults } from '../support/built-template';
import { simulateSession } from '../../bench/refresh-session';
import {
  expectedRefresh,
  loadRefreshFixtures,
  observeRefresh,
  refreshExecutionInput,
} from './refresh-harness';

const tpl = builtTemplate();
const FIXTURES = loadRefreshFixtures();
const DEFAULTS = fieldDefaults(tpl);

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
