// Every console session the docs show runs as shown, from the repository root
// (the convention is in docs/toolchain.md, "Docs that run"; `npm run docs:update` rewrites the outputs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  consoleBlocks,
  outputMatches,
  pool,
  refreshedOutput,
  runBlock,
  shownCommands,
} from './console-blocks';
import type { ConsoleBlock } from './console-blocks';
import { DOC_FILES, ROOT, BLOCK_TIMEOUT_MS, POOL_SIZE } from './doc-files';

const docs = DOC_FILES.map((file) => ({
  file,
  text: fs.readFileSync(path.join(ROOT, file), 'utf8'),
}));
const blocks: ConsoleBlock[] = docs.flatMap((d) => consoleBlocks(d.text, d.file));
const runnable = blocks.filter((b) => b.notRun === undefined);

// Every block starts at once (a few at a time); each test waits for its own.
let outputs: Promise<(string[][] | Error)[]>;
beforeAll(() => {
  outputs = pool(
    runnable.map((b) => () => runBlock(b, ROOT, BLOCK_TIMEOUT_MS).catch((e: Error) => e)),
    POOL_SIZE,
  );
});

test('the docs have console sessions to run', () => {
  expect(runnable.length).toBeGreaterThanOrEqual(10);
});

describe.each(runnable.map((b, k) => [`${b.file}:${b.line}`, k] as const))('%s', (_where, k) => {
  test('prints what the doc shows', async () => {
    const printed = (await outputs)[k];
    if (printed instanceof Error) throw printed;
    runnable[k].commands.forEach((c, n) => {
      if (!outputMatches(c.shown, printed[n])) {
        // The diff shows the lines `npm run docs:update` would write.
        expect({ command: c.command, output: refreshedOutput(c.shown, printed[n]) }).toEqual({
          command: c.command,
          output: c.shown,
        });
      }
    });
  }, 60_000);
});

const SCRIPTS = Object.keys(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as object,
);
const PLACEHOLDER = /^[A-Z]+$/;
const REPO_PATH =
  /(?:^|[\s'"=(])((?:examples|dist|docs|test|bench|build|template-src|schema)\/[\w./@-]*\w)/g;

test.each(docs.map((d) => [d.file, d.text] as const))(
  '%s: the commands it shows name scripts and files the repository has',
  (file, text) => {
    const wrong: string[] = [];
    // An upper-case word is a placeholder (`npm run NAME`).
    for (const m of text.matchAll(/npm run ([\w:-]+)/g)) {
      if (!PLACEHOLDER.test(m[1]) && !SCRIPTS.includes(m[1]))
        wrong.push(`npm run ${m[1]}: no such script in package.json`);
    }
    for (const m of text.matchAll(/npx jest ([\w./-]+)/g)) {
      if (PLACEHOLDER.test(m[1])) continue;
      const dir = path.dirname(path.join(ROOT, m[1]));
      const base = path.basename(m[1]);
      if (!fs.existsSync(dir) || !fs.readdirSync(dir).some((f) => f.startsWith(base)))
        wrong.push(`npx jest ${m[1]}: nothing there`);
    }
    for (const { line, command } of shownCommands(text)) {
      for (const m of command.matchAll(REPO_PATH)) {
        if (!fs.existsSync(path.join(ROOT, m[1])))
          wrong.push(`${file}:${line}: ${m[1]} does not exist`);
      }
    }
    expect(wrong).toEqual([]);
  },
);
