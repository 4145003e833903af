// The README and docs/tag.md name each field by the label GTM shows (read from the built template),
// with the parameter name after it: `**Label** (`name`)`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFields } from '../../build/definition/field-checks';
import type { Field } from '../../build/definition/field-types';
import { builtTemplate } from '../support/built-template';
import { ROOT } from './doc-files';

/** Each field's label in GTM's UI: its displayName, or a checkbox's text. */
const LABELS = new Map(
  listFields(builtTemplate().parameters as unknown as readonly Field[])
    .map(({ field }) => field as Field & { displayName?: string; checkboxText?: string })
    .filter((f) => f.type !== 'GROUP' && f.type !== 'LABEL')
    .map((f) => [f.name, f.displayName || f.checkboxText || ''] as const),
);

/** Every `**Label** (`name`…` pair a doc writes, Markdown escapes removed. */
function namedFields(file: string): Map<string, string> {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const named = new Map<string, string>();
  for (const m of text.matchAll(/\*\*([^*]+)\*\*\s+\(`(\w+)`/g)) {
    named.set(m[2], m[1].replace(/\\(.)/g, '$1').replace(/\s+/g, ' '));
  }
  return named;
}

test.each(['README.md', 'docs/tag.md'])(
  '%s names every field by its GTM label, with its parameter name',
  (file) => {
    const named = namedFields(file);
    const wrong = [...named]
      .filter(([name, label]) => LABELS.has(name) && LABELS.get(name) !== label)
      .map(([name, label]) => `${name}: the doc says "${label}", GTM shows "${LABELS.get(name)}"`);
    expect(wrong).toEqual([]);
    expect([...LABELS.keys()].filter((name) => !named.has(name))).toEqual([]);
  },
);
