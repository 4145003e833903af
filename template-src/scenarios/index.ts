// The template's ___TESTS___: one GTM test scenario per tag fixture, so the same cases run in jest,
// in `sgtm-template test dist/template.tpl`, and in the Tests tab of GTM's template editor.
import type { TemplateTests } from '../../build/tpl/model';
import { loadFixtures } from './fixture';
import { scenarioCode, setupCode } from './scenario-code';

export { fieldDefaults } from './field-defaults';
export { loadFixtures } from './fixture';
export type { TagFixture } from './fixture';

export function scenariosFromFixtures(
  dir: string,
  defaults: Record<string, unknown>,
): TemplateTests {
  return {
    setup: setupCode(defaults),
    scenarios: loadFixtures(dir)
      .filter((f) => !f.name.startsWith('jest-only-'))
      .map((f) => ({ name: f.name + ': ' + f.fixture.description, code: scenarioCode(f.fixture) })),
  };
}
