// esbuild indents by two spaces; the code section is indented with tabs instead, one byte a level
// rather than two, as what a marketer reviews in GTM's editor and the Gallery reviews is that text.
// Only leading whitespace changes: the sandbox has no template literals, so no string spans a line.
export function tabIndented(code: string): string {
  return code.replace(/^(?: {2})+/gm, (run) => '\t'.repeat(run.length / 2));
}
