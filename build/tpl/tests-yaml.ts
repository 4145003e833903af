// `___TESTS___` as YAML in GTM's layout: `scenarios:` with unindented `- name:` items and code as
// `|-` literal blocks, then `setup:`.
import { Document, isScalar, parse, Scalar, visit } from 'yaml';
import type { TemplateTests } from './model';

/**
 * A `|-` block holds any text that has something besides whitespace and ends in a visible
 * character; for other text (trailing newlines or spaces, blank text) the yaml package chooses a
 * quoted form itself.
 */
function blockSafe(text: string): boolean {
  return /\S/.test(text) && !/\s$/.test(text);
}

type Style = 'blocks' | 'auto' | 'quoted';

function render(value: Record<string, unknown>, style: Style): string {
  const document = new Document(value);
  if (style === 'blocks') {
    visit(document, {
      Pair(_key, pair) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        const text = isScalar(pair.value) ? pair.value.value : undefined;
        if ((key === 'code' || key === 'setup') && typeof text === 'string' && blockSafe(text)) {
          // Even a one-line scenario is a block, as GTM writes it.
          (pair.value as Scalar).type = 'BLOCK_LITERAL';
        }
      },
    });
  }
  return document.toString({
    lineWidth: 80,
    indentSeq: false,
    singleQuote: style !== 'quoted',
    // Last resort for text the yaml package mis-renders as a block (whitespace-only lines).
    ...(style === 'quoted'
      ? { blockQuote: false, defaultStringType: 'QUOTE_DOUBLE' as const }
      : {}),
  });
}

/** Reads parsed `___TESTS___` YAML as tests, or undefined when it has another shape. */
export function testsFromYamlValue(value: unknown): TemplateTests | undefined {
  if (value === null || value === undefined) return { scenarios: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const tests: TemplateTests = { scenarios: [] };
  if (typeof record.setup === 'string') tests.setup = record.setup;
  else if (record.setup !== undefined && record.setup !== null) return undefined;
  if (record.scenarios === undefined || record.scenarios === null) return tests;
  if (!Array.isArray(record.scenarios)) return undefined;
  for (const scenario of record.scenarios) {
    const s = scenario as Record<string, unknown> | null;
    if (!s || typeof s.name !== 'string') return undefined;
    const code = s.code ?? '';
    if (typeof code !== 'string') return undefined;
    tests.scenarios.push({ name: s.name, code });
  }
  return tests;
}

/** Same setup and the same scenarios in the same order (key order and realms don't matter). */
export function sameTests(a: TemplateTests | undefined, b: TemplateTests | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.setup === b.setup &&
    a.scenarios.length === b.scenarios.length &&
    a.scenarios.every((s, i) => s.name === b.scenarios[i].name && s.code === b.scenarios[i].code)
  );
}

export function stringifyTestsYaml(tests: TemplateTests): string {
  // GTM writes `scenarios:` before `setup:`.
  const value: Record<string, unknown> = {
    scenarios: tests.scenarios.map((s) => ({ name: s.name, code: s.code })),
  };
  if (tests.setup !== undefined) value.setup = tests.setup;
  // A rendering the yaml package cannot read back (e.g. a block of whitespace-only lines) counts
  // as a mismatch, so the next style is tried instead of the error escaping.
  const same = (yaml: string) => {
    let value: unknown;
    try {
      value = parse(yaml);
    } catch {
      return false;
    }
    return sameTests(testsFromYamlValue(value), tests);
  };
  for (const style of ['blocks', 'auto', 'quoted'] as const) {
    const yaml = render(value, style);
    // The section separator supplies the final line break, unless the YAML needs it as content.
    const trimmed = yaml.replace(/\n$/, '');
    if (same(trimmed)) return trimmed;
    if (same(yaml)) return yaml;
  }
  throw new Error(
    'the yaml package could not represent these tests (internal error of the writer)',
  );
}
