// The console sessions the docs show: found in Markdown, run, compared and rewritten.
//
// The convention (docs/toolchain.md, "Docs that run"):
// - A ```console block is a session. A line starting `$ ` is a command (a line ending in ` \`
//   continues on the next); the lines up to the next command are what it prints, stdout and stderr
//   as one stream. The commands of a block run in order in one bash, from the repository root.
// - In a shown line, `…` matches any text within that line; a line that is only `…` matches any
//   number of lines, none included.
// - A ```console block after a line `<!-- not run: why -->` (blank lines between allowed) is shown, not run (a server, the
//   network, another folder). Other fences (```sh, ```text, …) are never run.
import { spawn } from 'node:child_process';

export const ELLIPSIS = '…';
const NOT_RUN = /^\s*<!-- not run: (.+?) -->\s*$/;

export interface ConsoleCommand {
  /** The command as bash gets it (continuation lines joined with their newlines). */
  command: string;
  /** What the doc shows it printing, one entry per line. */
  shown: string[];
}

export interface ConsoleBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** Why it is not run, or undefined when it is. */
  notRun: string | undefined;
  commands: ConsoleCommand[];
  /** 0-based line indexes of the block's body (between the fences) in the file. */
  bodyStart: number;
  bodyEnd: number;
  indent: string;
}

/** Every fenced block of `markdown`, as [language, first body line, end line, indent]. */
function fences(lines: string[]): { lang: string; start: number; end: number; indent: string }[] {
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+)\s*([^\s`]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, ticks, lang] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end].startsWith(indent + ticks)) end++;
    found.push({ lang, start: i + 1, end, indent });
    i = end;
  }
  return found;
}

export function consoleBlocks(markdown: string, file: string): ConsoleBlock[] {
  const lines = markdown.split('\n');
  return fences(lines)
    .filter((f) => f.lang === 'console')
    .map((f) => {
      let before = f.start - 2;
      while (before > 0 && lines[before].trim() === '') before--;
      const notRun = NOT_RUN.exec(lines[before] ?? '');
      const commands: ConsoleCommand[] = [];
      const body = lines.slice(f.start, f.end).map((l) => l.slice(f.indent.length));
      for (let i = 0; i < body.length; i++) {
        if (body[i].startsWith('$ ')) {
          let command = body[i].slice(2);
          while (command.endsWith('\\') && i + 1 < body.length) command += '\n' + body[++i];
          commands.push({ command, shown: [] });
        } else if (commands.length > 0) commands[commands.length - 1].shown.push(body[i]);
        else
          throw new Error(`${file}:${f.start + i + 1}: a console block must start with a $ line`);
      }
      return {
        file,
        line: f.start,
        notRun: notRun ? notRun[1] : undefined,
        commands,
        bodyStart: f.start,
        bodyEnd: f.end,
        indent: f.indent,
      };
    });
}

/** Does one shown line (with `…` wildcards) match one printed line? */
export function lineMatches(shown: string, printed: string): boolean {
  const parts = shown.split(ELLIPSIS);
  if (parts.length === 1) return shown === printed;
  if (!printed.startsWith(parts[0])) return false;
  let at = parts[0].length;
  for (const part of parts.slice(1, -1)) {
    const found = printed.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  const last = parts[parts.length - 1];
  return printed.length - last.length >= at && printed.endsWith(last);
}

/** Does what the doc shows match what the command printed, `…` lines spanning any lines? */
export function outputMatches(shown: string[], printed: string[]): boolean {
  const memo = new Map<number, boolean>();
  const from = (i: number, j: number): boolean => {
    const key = i * (printed.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === shown.length) result = j === printed.length;
    else if (shown[i] === ELLIPSIS)
      result = from(i + 1, j) || (j < printed.length && from(i, j + 1));
    else result = j < printed.length && lineMatches(shown[i], printed[j]) && from(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return from(0, 0);
}

// Decimal timings and sizes (`1.28 s`, `96.3 KiB`) differ from run to run and build to build.
const VOLATILE = /\d+\.\d+(?= (?:ms|s|KiB|MB)\b)/g;

/**
 * What the doc should show instead: the shown lines where they still match, what was printed where
 * they do not (decimal timings and sizes written as `…`). Lines are aligned so that as many shown
 * lines as possible are kept.
 */
export function refreshedOutput(shown: string[], printed: string[]): string[] {
  if (outputMatches(shown, printed)) return shown;
  const n = shown.length;
  const m = printed.length;
  const wild = (i: number) => shown[i] === ELLIPSIS;
  const keeps = (i: number, j: number) => j < m && !wild(i) && lineMatches(shown[i], printed[j]);
  // best[i][j]: the most shown lines kept when aligning shown[i..] with printed[j..]; an `…` line is
  // always kept, and absorbs printed lines for free.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let b = best[i + 1][j] + (wild(i) ? 1 : 0);
      if (j < m) b = Math.max(b, best[i][j + 1]);
      if (keeps(i, j)) b = Math.max(b, best[i + 1][j + 1] + 1);
      best[i][j] = b;
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && wild(i)) {
      if (j < m && best[i][j] === best[i][j + 1]) j++;
      else {
        out.push(ELLIPSIS);
        i++;
      }
    } else if (i < n && keeps(i, j) && best[i][j] === best[i + 1][j + 1] + 1) {
      out.push(shown[i++]);
      j++;
    } else if (i < n && j < m && best[i][j] === best[i + 1][j + 1]) {
      // A shown line that changed: the printed line takes its place.
      out.push(printed[j++].replace(VOLATILE, ELLIPSIS));
      i++;
    } else if (j < m && best[i][j] === best[i][j + 1]) {
      out.push(printed[j++].replace(VOLATILE, ELLIPSIS));
    } else i++;
  }
  return out;
}

/** The lines a command printed: trailing spaces and trailing empty lines removed. */
export function printedLines(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const MARK = '<<<docs-test: end of command>>>';

/**
 * Runs a block's commands in order in one bash, from `root`, stdout and stderr as one stream; `$?`
 * after a command is still its exit status. Resolves each command's printed lines.
 */
export function runBlock(
  block: ConsoleBlock,
  root: string,
  timeoutMs: number,
): Promise<string[][]> {
  // `npx sgtm-template` runs node_modules/.bin/sgtm-template, as npx does, without npm's second of
  // start-up per command.
  const bin = JSON.stringify(`${root}/node_modules/.bin/sgtm-template`);
  const npx = `npx() { if [ "$1" = sgtm-template ]; then shift; ${bin} "$@"; else command npx "$@"; fi; }`;
  const script = ['exec 2>&1 </dev/null', npx]
    .concat(
      block.commands.map(
        (c) => `${c.command}\n__rc=$?; printf '\\n%s\\n' '${MARK}'; ( exit $__rc )`,
      ),
    )
    .join('\n');
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
    delete env.NODE_ENV;
    delete env.JEST_WORKER_ID;
    const child = spawn('bash', ['-c', script], { cwd: root, env, detached: true });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`${block.file}:${block.line}: the block did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      const parts = out.split(`\n${MARK}\n`);
      resolve(block.commands.map((_, k) => printedLines(parts[k] ?? '')));
    });
  });
}

/** Runs `jobs` with at most `size` at once; resolves their results in order. */
export async function pool<T>(jobs: (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const k = next++;
      results[k] = await jobs[k]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, jobs.length) }, worker));
  return results;
}

/** The Markdown with the blocks' shown outputs replaced by `outputs` (per block, per command). */
export function rewriteBlocks(
  markdown: string,
  blocks: ConsoleBlock[],
  outputs: Map<ConsoleBlock, string[][]>,
): string {
  const lines = markdown.split('\n');
  // From the last block up, so earlier line numbers stay valid.
  for (const block of [...blocks].sort((a, b) => b.bodyStart - a.bodyStart)) {
    const printed = outputs.get(block);
    if (!printed) continue;
    const body: string[] = [];
    block.commands.forEach((c, k) => {
      body.push(...c.command.split('\n').map((l, at) => (at === 0 ? '$ ' + l : l)));
      body.push(...refreshedOutput(c.shown, printed[k]));
    });
    lines.splice(
      block.bodyStart,
      block.bodyEnd - block.bodyStart,
      ...body.map((l) => (l === '' ? '' : block.indent + l)),
    );
  }
  return lines.join('\n');
}

/** The shell command lines of the blocks that are not run (```sh, ```bash, not-run ```console). */
export function shownCommands(markdown: string): { line: number; command: string }[] {
  const lines = markdown.split('\n');
  const found: { line: number; command: string }[] = [];
  for (const f of fences(lines)) {
    const shell = ['sh', 'bash', 'shell'].includes(f.lang);
    if (!shell && f.lang !== 'console') continue;
    for (let i = f.start; i < f.end; i++) {
      const text = lines[i].slice(f.indent.length);
      if (f.lang === 'console' && !text.startsWith('$ ')) continue;
      const command = (f.lang === 'console' ? text.slice(2) : text)
        .replace(/(^|\s)#.*$/, '')
        .trim();
      if (command) found.push({ line: i + 1, command });
    }
  }
  return found;
}
