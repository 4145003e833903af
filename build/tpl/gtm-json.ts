// JSON as GTM exports it: two-space indentation, keys in the given order, and HTML-safe escapes
// for the characters GTM escapes (`<`, `>`, `&`, `=`, `'`, and the two JavaScript line separators).

const HTML_SAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '=': '\\u003d',
  "'": '\\u0027',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function stringifyGtmJson(value: unknown): string {
  // These characters never occur in JSON punctuation, so every occurrence is inside a string.
  return JSON.stringify(value, null, 2).replace(/[<>&='\u2028\u2029]/g, (c) => HTML_SAFE[c]);
}
