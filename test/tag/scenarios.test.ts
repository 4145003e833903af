// The ___TESTS___ scenarios generated from the fixtures: enough of them, readable code, and they pass
// against the built template in our GTM test runner (and fail when an expectation is wrong).
import * as fs from 'fs';
import * as path from 'path';
import { runScenario, runTests } from '../../build/runtime/test-runner';
import { readTpl } from '../../build/tpl/read';
import type { TplFile } from '../../build/tpl/model';
import { fields } from '../../template-src/fields';
import { fieldDefaults, loadFixtures, scenariosFromFixtures } from '../../template-src/scenarios';
import { scenarioCode } from '../../template-src/scenarios/scenario-code';

const FIXTURES_DIR = path.join(__dirname, '..', 'fixtures', 'tag');
const DEFAULTS = fieldDefaults(fields);
const TPL_PATH = path.join(__dirname, '..', '..', 'dist', 'template.tpl');

describe('scenarios from fixtures', () => {
  const tests = scenariosFromFixtures(FIXTURES_DIR, DEFAULTS);

  it('makes one scenario per fixture (jest-only fixtures aside), at least 30', () => {
    const names = loadFixtures(FIXTURES_DIR)
      .map((f) => f.name)
      .filter((n) => !n.startsWith('jest-only-'));
    expect(tests.scenarios.map((s) => s.name.split(':')[0])).toEqual(names);
    expect(tests.scenarios.length).toBeGreaterThanOrEqual(30);
    expect(new Set(tests.scenarios.map((s) => s.name)).size).toBe(tests.scenarios.length);
  });

  it('writes readable GTM test code', () => {
    const code = scenarioCode({
      description: 'a skipped event',
      fields: { atsConfigId: 'cfg' },
      event: { event_name: 'scroll' },
      request: { cookies: { _lr_env: 'a%20b' }, headers: { referer: 'https://r.example/' } },
      nowMs: 1000,
      expect: { outcome: 'success', request: null, logReason: 'x' },
    });
    expect(code).toBe(
      [
        '// a skipped event',
        'mock(\'getAllEventData\', {"event_name":"scroll"});',
        'mockRequest({"_lr_env":["a b"]}, {"referer":"https://r.example/"});',
        "mock('getTimestampMillis', 1000);",
        "mock('generateRandom', 123456789);",
        'mock(\'getContainerVersion\', {"debugMode":true,"previewMode":true});',
        'mockAdapter(200);',
        '',
        'runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"cfg"}));',
        '',
        "assertApi('sendHttpRequest').wasNotCalled();",
        "assertApi('gtmOnSuccess').wasCalled();",
        "assertApi('gtmOnFailure').wasNotCalled();",
      ].join('\n'),
    );
  });

  it('puts the defaults and helpers in the shared setup', () => {
    expect(tests.setup).toContain('const defaults = {\n  "atsConfigId": "",\n  "pixelId": "",');
    expect(tests.setup).toContain('function fieldsWith(changes) {');
    expect(tests.setup).toContain('function mockRequest(cookies, headers) {');
    expect(tests.setup).toContain('function mockAdapter(status) {');
  });

  describe('against the built template', () => {
    const built = readTpl(fs.readFileSync(TPL_PATH, 'utf8'), TPL_PATH);
    const tpl: TplFile = { ...built, tests: tests };

    it('all pass in the GTM test runner', async () => {
      const results = await runTests(tpl, { fileName: 'dist/template.tpl' });
      expect(results.filter((r) => !r.passed).map((r) => r.name + ': ' + r.reason)).toEqual([]);
      expect(results).toHaveLength(tests.scenarios.length);
    });

    it('fail when an expectation is wrong', async () => {
      const scenario = tests.scenarios.find((s) => s.name.startsWith('seed-3-page-view'))!;
      const wrongUrl = scenario.code.replace('send-events/ats-cfg_123', 'send-events/other');
      const wrongBody = scenario.code.replace('"PAGE_VIEW"', '"VIEW_CONTENT"');
      const wrongCallback = scenario.code.replace(
        "assertApi('gtmOnSuccess').wasCalled();",
        "assertApi('gtmOnFailure').wasCalled();",
      );
      for (const code of [wrongUrl, wrongBody, wrongCallback]) {
        expect(code).not.toBe(scenario.code);
        const result = await runScenario(tpl, scenario.name, code);
        expect(result.passed).toBe(false);
      }
    });
  });
});
