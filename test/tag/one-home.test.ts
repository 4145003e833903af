// "One home for each rule" (issue 9): the configuration-ID pattern and LiveRamp's two URLs are written
// out only in template-src/tag/rules.ts; the UI fields and the permissions import them. The GTM test
// scenarios (template-src/tests/*.js) are left out on purpose: a test states the exact URL it expects
// rather than reading it from the code under test.
import * as fs from 'fs';
import * as path from 'path';
import { ADAPTER_URL, CHOICES, CONFIG_ID_PATTERN, REFRESH_URL } from '../../template-src/tag/rules';
import { listFields } from '../../build/definition/field-checks';
import { builtTemplate } from '../support/built-template';

const SRC = path.join(__dirname, '..', '..', 'template-src');

/** Every text source under template-src/, the scenarios aside, relative to it. */
function sources(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(SRC, 'tests') ? [] : sources(full);
    return /\.(ts|js|json)$/.test(entry.name) ? [path.relative(SRC, full)] : [];
  });
}

const RULES = {
  'the configuration-ID pattern': CONFIG_ID_PATTERN,
  "the pattern's body": '[A-Za-z0-9_-]{0,127}',
  'the adapter URL': ADAPTER_URL,
  'the refresh URL': REFRESH_URL,
  "the adapter's host": 'capi.analytics.rlcdn.com',
  "the refresh API's host": 'api.rlcdn.com/',
};

describe('rules.ts is the one home of the ID pattern and the URLs', () => {
  const files = sources();

  it('finds the sources (tag modules, fields, template definition)', () => {
    expect(files).toEqual(
      expect.arrayContaining(['fields.ts', 'template.ts', 'tag/rules.ts', 'tag/event.ts']),
    );
  });

  it.each(Object.entries(RULES))('%s is written out in tag/rules.ts only', (_rule, text) => {
    const homes = files.filter((f) => fs.readFileSync(path.join(SRC, f), 'utf8').includes(text));
    expect(homes).toEqual(['tag/rules.ts']);
  });

  it('fields.ts and template.ts import them from tag/rules.ts', () => {
    const imports = (file: string) => {
      const text = fs.readFileSync(path.join(SRC, file), 'utf8');
      const m = /import \{([^}]*)\} from '\.\/tag\/rules';/.exec(text);
      return m ? m[1].split(',').map((name) => name.trim()) : [];
    };
    expect(imports('fields.ts')).toEqual(
      expect.arrayContaining(['ADAPTER_URL', 'CONFIG_ID_PATTERN']),
    );
    expect(imports('template.ts')).toEqual(expect.arrayContaining(['ADAPTER_URL', 'REFRESH_URL']));
  });
});

describe('the UI offers exactly the choices the code accepts (CHOICES in rules.ts)', () => {
  const fields = listFields(builtTemplate().parameters as never).map(
    ({ field }) => field as unknown as Record<string, unknown>,
  );

  it.each(Object.entries(CHOICES))('%s', (name, choices) => {
    const field = fields.find((f) => f.name === name)!;
    const items = (field.selectItems ?? field.radioItems) as { value: unknown }[];
    expect(items.map((item) => item.value)).toEqual([...choices]);
  });
});
