// The template's ___TESTS___: one GTM test scenario per fixture, so the same cases run in jest, in
// `sgtm-template test dist/template.tpl`, and in the Tests tab of GTM's template editor. Tag fixtures
// (test/fixtures/tag) test the send; refresh fixtures (test/fixtures/refresh) the envelope refresh.
import type { TemplateTests } from 'sgtm-template';
import { fieldValues, isRefreshFixture, loadFixtures } from './fixture';
import { refreshScenarioCode } from './refresh-scenario-code';
import { scenarioCode, setupCode } from './scenario-code';

export { fieldDefaults } from './field-defaults';
export { loadFixtures } from './fixture';
export type { RefreshFixture, TagFixture } from './fixture';

export function scenariosFromFixtures(
  dirs: string | string[],
  defaults: Record<string, unknown>,
): TemplateTests {
  const fixtures = (typeof dirs === 'string' ? [dirs] : dirs).flatMap((dir) => loadFixtures(dir));
  return {
    setup: setupCode(defaults),
    scenarios: fixtures
      .filter((f) => !f.name.startsWith('jest-only-'))
      .map((f) => ({
        name: f.name + ': ' + f.fixture.description,
        code: isRefreshFixture(f.fixture)
          ? refreshScenarioCode(f.fixture, fieldValues(f.fixture, defaults))
          : scenarioCode(f.fixture),
      })),
  };
}
