// npm run docs:update: runs every console session of the docs and writes what each command printed
// into the doc, keeping the shown lines (and their `…` patterns) that still match.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { consoleBlocks, outputMatches, pool, rewriteBlocks, runBlock } from './console-blocks';
import type { ConsoleBlock } from './console-blocks';
import { BLOCK_TIMEOUT_MS, DOC_FILES, POOL_SIZE, ROOT } from './doc-files';

export async function main(): Promise<number> {
  const docs = DOC_FILES.map((file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    return { file, text, blocks: consoleBlocks(text, file).filter((b) => !b.notRun) };
  });
  const all = docs.flatMap((d) => d.blocks);
  const printed = await pool(
    all.map((b) => () => runBlock(b, ROOT, BLOCK_TIMEOUT_MS)),
    POOL_SIZE,
  );
  const outputs = new Map<ConsoleBlock, string[][]>(all.map((b, k) => [b, printed[k]]));
  for (const doc of docs) {
    const changed = doc.blocks.filter((b) =>
      b.commands.some((c, k) => !outputMatches(c.shown, outputs.get(b)![k])),
    );
    if (changed.length === 0) continue;
    fs.writeFileSync(path.join(ROOT, doc.file), rewriteBlocks(doc.text, changed, outputs));
    for (const b of changed) process.stdout.write(`updated ${b.file}:${b.line}\n`);
  }
  process.stdout.write(`${all.length} console blocks run\n`);
  return 0;
}
