// The console blocks of docs/runtime.md that show the profiler and the coverage: their command, run
// here, must print what the block shows, its figures aside (they change as the tag does: the docs
// say the command prints the current ones). So a shown line is a pattern with its numbers left
// open, and a table's rows (which functions, as the tag is reworked) are checked for their form.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export interface DocBlock {
  /** The command's arguments after `npx sgtm-template`. */
  args: string[];
  /** The lines shown after the command. */
  output: string[];
}

/** The first console block of the `##` section titled `heading` in docs/runtime.md. */
export function docBlock(heading: string): DocBlock {
  const text = fs.readFileSync(path.join(ROOT, 'docs/runtime.md'), 'utf8');
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/runtime.md has no section "## ${heading}"`);
  const block = /```console\n([\s\S]*?)```/.exec(text.slice(start))?.[1];
  if (block === undefined) throw new Error(`"## ${heading}" has no console block`);
  const [command, ...output] = block.trimEnd().split('\n');
  const prefix = '$ npx sgtm-template ';
  if (!command.startsWith(prefix))
    throw new Error(`"${command}" is not an npx sgtm-template command`);
  return { args: command.slice(prefix.length).split(' '), output };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A shown line as a pattern: each number (1,215 or 87.2) any number, the spaces around it any. */
export function linePattern(shown: string): RegExp {
  const parts = shown.trimEnd().split(/(\s*\d[\d,.]*\s*)/);
  const source = parts
    .map((part, i) =>
      i % 2 === 1 ? (part.trim() === '' ? '' : '\\s*[\\d][\\d,.]*\\s*') : escape(part),
    )
    .join('');
  return new RegExp(`^${source}$`);
}
