// Which source module a line of a built code section comes from: the build heads each module's code
// with a comment naming it (`// tag/send.ts: what it is for`, or esbuild's bare `// src/x.ts`), so a
// line belongs to the module of the last such comment above it. Code without them has no sources.

const MODULE_HEADER = /^\/\/ (\S+\.[cm]?[jt]sx?)(?::|$)/;

/** Per 1-based code line, the module it belongs to (undefined before the first header). */
export function sourceLines(code: string): (string | undefined)[] {
  const out: (string | undefined)[] = [undefined];
  let current: string | undefined;
  for (const line of code.split('\n')) {
    const header = MODULE_HEADER.exec(line);
    if (header) current = header[1];
    out.push(current);
  }
  return out;
}
