// Every refresh fixture through the TypeScript tag (runTag) under jest's 'sgtm' emulation: the
// refresh call, the cookie written back, the adapter request with the envelope the refresh chose,
// the one callback and the log lines.
import type { TemplateData } from 'sgtm';
import { createHost, data as sgtmData, setExecution } from '../../build/runtime/sgtm-module';
import { fields } from '../../template-src/fields';
import { fieldDefaults } from '../../template-src/scenarios';
import { gtmEnvironment, runTag } from '../../template-src/tag/run-tag';
import { READABLE_COOKIES } from '../../template-src/template';
import { adapterRequestErrors } from '../support/adapter-schema';
import {
  expectedRefresh,
  loadRefreshFixtures,
  observeRefresh,
  refreshExecutionInput,
} from './refresh-harness';

const FIXTURES = loadRefreshFixtures();
const DEFAULTS = fieldDefaults(fields);

const environment = {
  ...gtmEnvironment,
  cookieAllowed: (name: string) => READABLE_COOKIES.includes(name),
};

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
    const input = refreshExecutionInput(fixture, DEFAULTS);
    const host = createHost(input);
    setExecution(host);
    // Field values as GTM passes them, plus the emulation's callbacks (they record the outcome).
    const data = {
      ...input.data,
      gtmOnSuccess: sgtmData.gtmOnSuccess,
      gtmOnFailure: sgtmData.gtmOnFailure,
    } as unknown as TemplateData;
    runTag(data, environment);
    await host.tasks.idle(10000);
    expect(observeRefresh(host.trace)).toEqual(expectedRefresh(fixture));
    if (fixture.expect.request) {
      expect(adapterRequestErrors(fixture.expect.request.body)).toEqual([]);
    }
  });
});
