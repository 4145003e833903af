// Which docs the docs test reads, and how it runs them.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DOC_FILES = ['README.md'].concat(
  fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
);
/** A whole block's commands; a local command takes about a second. */
export const BLOCK_TIMEOUT_MS = 30_000;
/** Blocks run at once: the machine has few cores, and each command starts a Node. */
export const POOL_SIZE = 3;
