// The curated GTM Tests-tab scenarios (template-src/tests/*.js, assembled by load.ts): enough of them,
// named uniquely, built into dist/template.tpl as load.ts assembles them, small, passing in our GTM
// test runner, and able to fail: a defect injected into the built code makes scenarios fail.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '../../build/runtime/test-runner';
import type { TplFile } from '../../build/tpl/model';
import { fields } from '../../template-src/fields';
import { gtmTests } from '../../template-src/tests/load';
import { BUILT_TEMPLATE_PATH, builtTemplate } from '../support/built-template';

const tests = gtmTests(fields);

/** The names of the scenarios that fail on `tpl`, each with its reason. */
async function failures(tpl: TplFile): Promise<string[]> {
  const results = await runTests(tpl, { fileName: 'dist/template.tpl' });
  expect(results).toHaveLength(tests.scenarios.length);
  return results.filter((r) => !r.passed).map((r) => r.name + ': ' + r.reason);
}

describe('the GTM test scenarios', () => {
  it('are 12 to 30, each with a unique name', () => {
    const names = tests.scenarios.map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(names.length).toBeLessThanOrEqual(30);
    expect(new Set(names).size).toBe(names.length);
    for (const s of tests.scenarios) expect([s.name, s.code.length > 0]).toEqual([s.name, true]);
  });

  it('refuse a scenario file that does not start with its name, saying where', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-tests-'));
    try {
      fs.writeFileSync(path.join(dir, 'setup.js'), 'const x = 1;\n');
      fs.writeFileSync(path.join(dir, '01-a.js'), '// A: first\nrunCode({});\n');
      expect(gtmTests(fields, dir).scenarios).toEqual([{ name: 'A: first', code: 'runCode({});' }]);
      fs.writeFileSync(path.join(dir, '02-b.js'), 'runCode({});\n');
      expect(() => gtmTests(fields, dir)).toThrow(
        path.join(dir, '02-b.js') + ':1: a scenario starts with its name as a comment',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('share the field defaults and the mocks through the setup', () => {
    expect(tests.setup).toContain('const defaults = {\n  "atsConfigId": "",');
    const setupJs = fs.readFileSync(
      path.join(__dirname, '../../template-src/tests/setup.js'),
      'utf8',
    );
    expect(tests.setup!.endsWith(setupJs.trim())).toBe(true);
  });

  it('are what dist/template.tpl carries (run npm run build after editing them)', () => {
    const built = builtTemplate().tests;
    expect(built.setup).toBe(tests.setup);
    expect(built.scenarios).toEqual(tests.scenarios);
  });

  it('fit the ___TESTS___ section in 46,080 bytes', () => {
    const text = fs.readFileSync(BUILT_TEMPLATE_PATH, 'utf8');
    const start = text.indexOf('\n___TESTS___\n');
    const end = text.indexOf('\n___NOTES___\n');
    expect([start > 0, end > start]).toEqual([true, true]);
    expect(Buffer.byteLength(text.slice(start + 1, end + 1))).toBeLessThanOrEqual(46080);
  });

  it('all pass in our GTM test runner on dist/template.tpl', async () => {
    expect(await failures(builtTemplate())).toEqual([]);
  });

  // Each defect is a text edit of the built code; the edit must apply, and the scenario named (at
  // least) must fail.
  it.each([
    [
      'the adapter URL changed',
      'Send success',
      'var ADAPTER_URL = "https://capi.analytics.rlcdn.com/send-events/";',
      'var ADAPTER_URL = "https://capi.analytics.rlcdn.com/send-event/";',
    ],
    ['gtmOnSuccess never called', 'Send success', 'else tagData.gtmOnSuccess();', 'else {}'],
    [
      'the refreshed cookie never written',
      'Refresh 200',
      'setCookie(name, value, options, true);',
      '',
    ],
    [
      'ad_storage consent not checked',
      'Consent denied',
      'function adStorageDenial(event) {',
      'function adStorageDenial(event) {\n  return undefined;',
    ],
  ])('fail when %s (%s notices)', async (_defect, noticedBy, from, to) => {
    const good = builtTemplate();
    expect(good.code).toContain(from);
    const broken: TplFile = { ...good, code: good.code.replace(from, to) };
    const failed = (await failures(broken)).map((f) => f.split(':')[0]);
    expect(failed).toContain(noticedBy);
  });
});
