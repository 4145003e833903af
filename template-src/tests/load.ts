// The ___TESTS___ section from the scenario files here: setup.js, then one file per scenario, named by
// its first line (`// Send success: …`). The field defaults a new tag gets are generated from the
// fields, so the scenarios never restate a default.
import * as fs from 'fs';
import * as path from 'path';
import type { Field, TemplateTests } from 'sgtm-template';
import { fieldDefaults } from 'sgtm-template/tpl/field-defaults';

export { fieldDefaults };

export function gtmTests(fields: readonly Field[], dir = __dirname): TemplateTests {
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').trim();
  const scenarios = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.js') && file !== 'setup.js')
    .sort()
    .map((file) => {
      const [first, ...rest] = read(file).split('\n');
      if (!first.startsWith('// ')) {
        throw new Error(`${path.join(dir, file)}:1: a scenario starts with its name as a comment`);
      }
      return { name: first.slice(3).trim(), code: rest.join('\n').trim() };
    });
  const defaults = JSON.stringify(fieldDefaults(fields), null, 2);
  return {
    setup: `// The field values a new tag gets (generated from the fields).\nconst defaults = ${defaults};\n\n${read('setup.js')}`,
    scenarios,
  };
}
