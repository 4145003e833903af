// esbuild heads each module's code with a bare `// src/tag/send.ts`. Someone reading the
// .tpl in GTM's editor gets more from `// tag/send.ts: <what the module is for>`: the path from the
// definition's folder, and the first sentence of the module's own header comment.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const PATH_COMMENT = /^\/\/ (\S+\.(?:[cm]?[jt]sx?))$/gm;

const LONGEST = 100;

/** The lines of the comment a source file starts with ([] when it starts with code). */
function headerComment(source: string): string[] {
  const text = source.replace(/^#!.*\n/, '').trimStart();
  if (text.startsWith('/*')) {
    const end = text.indexOf('*/');
    return text
      .slice(2, end === -1 ? undefined : end)
      .split('\n')
      .map((line) => line.replace(/^\s*\*+/, '').trim());
  }
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.slice(2).trim());
  }
  return lines;
}

/**
 * What a module says it is for: the first sentence of its header comment, or the comment's first
 * line when that sentence is long ('' without a header comment).
 */
function headerLine(source: string): string {
  const lines = headerComment(source).filter((line) => line !== '');
  const sentence = /^(.+?[.!?])(\s|$)/.exec(lines.join(' '))?.[1];
  return sentence !== undefined && sentence.length <= LONGEST ? sentence : (lines[0] ?? '');
}

/** `code` with each of esbuild's module path comments replaced by a path and a summary. */
export function withModuleHeaders(code: string, rootDir: string, definitionDir: string): string {
  return code.replace(PATH_COMMENT, (comment, path: string) => {
    const file = resolve(rootDir, path);
    if (!existsSync(file)) return comment;
    const shown = relative(definitionDir, file).startsWith('..')
      ? path
      : relative(definitionDir, file);
    const summary = headerLine(readFileSync(file, 'utf8'));
    return summary ? `// ${shown}: ${summary}` : `// ${shown}`;
  });
}
