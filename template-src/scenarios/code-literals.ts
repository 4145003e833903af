// JSON literals for generated test code. Short values stay on one line and long ones break per
// member, so a scenario reads like the fixture while the ___TESTS___ section stays small (pretty
// printing every leaf tripled the .tpl's size).

const LINE_WIDTH = 100;

/** A JSON literal (valid JavaScript), indented to continue at `indent` spaces. */
export function literal(value: unknown, indent = 0): string {
  const flat = JSON.stringify(value);
  if (flat === undefined || indent + flat.length <= LINE_WIDTH || value === null) return flat;
  if (typeof value !== 'object') return flat;
  const inner = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return (
      '[\n' +
      value.map((v) => inner + literal(v === undefined ? null : v, indent + 2)).join(',\n') +
      '\n' +
      close +
      ']'
    );
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function',
  );
  if (entries.length === 0) return '{}';
  return (
    '{\n' +
    entries.map(([k, v]) => inner + JSON.stringify(k) + ': ' + literal(v, indent + 2)).join(',\n') +
    '\n' +
    close +
    '}'
  );
}

/** A string literal for the test code. */
export function quote(text: string): string {
  return JSON.stringify(text);
}
