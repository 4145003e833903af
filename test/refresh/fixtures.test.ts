// Every refresh fixture through the TypeScript tag (runTag) under jest's 'sgtm' emulation: the
// refresh call, the cookie written back, the adapter request with the envelope the refresh chose,
// the one callback and the log lines.
import { fields } from '../../template-src/fields';
import { fieldDefaults } from '../../template-src/tests/load';
import { adapterRequestErrors } from '../support/adapter-schema';
import { runTagModules } from '../support/run-tag-modules';
import {
  expectedRefresh,
  loadRefreshFixtures,
  observeRefresh,
  refreshExecutionInput,
} from './refresh-harness';

const FIXTURES = loadRefreshFixtures();
const DEFAULTS = fieldDefaults(fields);

describe('refresh fixtures through the TypeScript tag', () => {
  it('covers every branch of the refresh', () => {
    const names = FIXTURES.map((f) => f.name);
    for (const branch of [
      '200',
      '204',
      '400',
      '500',
      'timeout',
      'malformed-json',
      'no-type-19',
      'consent-denied',
      'gpc',
      'cache-hit',
      'cache-expired',
    ]) {
      expect(names.filter((n) => n.includes(branch))).not.toEqual([]);
    }
  });

  it.each(FIXTURES.map((f) => [f.name, f.fixture] as const))('%s', async (_name, fixture) => {
    const { host } = await runTagModules(refreshExecutionInput(fixture, DEFAULTS));
    expect(observeRefresh(host.trace)).toEqual(expectedRefresh(fixture));
    if (fixture.expect.request) {
      expect(adapterRequestErrors(fixture.expect.request.body)).toEqual([]);
    }
  });
});
