// The docs test's own parts: reading console blocks, matching with `…`, rewriting, running.
import {
  consoleBlocks,
  lineMatches,
  outputMatches,
  refreshedOutput,
  rewriteBlocks,
  runBlock,
  shownCommands,
} from './console-blocks';
import { ROOT } from './doc-files';

const DOC = [
  'Intro.',
  '',
  '```console',
  '$ echo one \\',
  '    two',
  'one two',
  '$ false',
  '$ echo $?',
  '1',
  '```',
  '',
  '<!-- not run: it starts a server -->',
  '',
  '```console',
  '$ npm start',
  'listening',
  '```',
  '',
  '```sh',
  'npm run bench   # a comment',
  '```',
  '',
].join('\n');

test('a console block: commands, continuation lines, shown output, the not-run marker', () => {
  const [run, notRun] = consoleBlocks(DOC, 'doc.md');
  expect(run).toMatchObject({
    file: 'doc.md',
    line: 3,
    notRun: undefined,
    commands: [
      { command: 'echo one \\\n    two', shown: ['one two'] },
      { command: 'false', shown: [] },
      { command: 'echo $?', shown: ['1'] },
    ],
  });
  expect(notRun).toMatchObject({
    notRun: 'it starts a server',
    commands: [{ command: 'npm start' }],
  });
  expect(consoleBlocks('```sh\nnpm start\n```\n', 'doc.md')).toEqual([]);
  expect(() => consoleBlocks('```console\noutput first\n```\n', 'doc.md')).toThrow(
    'doc.md:2: a console block must start with a $ line',
  );
});

test('shownCommands: the command lines of sh blocks and console blocks, comments removed', () => {
  expect(shownCommands(DOC).map((c) => c.command)).toEqual([
    'echo one \\',
    'false',
    'echo $?',
    'npm start',
    'npm run bench',
  ]);
});

test('… matches any text within a line', () => {
  expect(lineMatches('wrote x (… KiB) in … s', 'wrote x (96.3 KiB) in 0.81 s')).toBe(true);
  expect(lineMatches('wrote x (… KiB) in … s', 'wrote x (96.3 KiB) in 0.81 ms')).toBe(false);
  expect(lineMatches('a…', 'a')).toBe(true);
  expect(lineMatches('ab…ba', 'aba')).toBe(false);
  expect(lineMatches('exact', 'exact ')).toBe(false);
  // A `…` the command prints is matched like any text.
  expect(lineMatches('"partner_id":"AnMtR0…"', '"partner_id":"AnMtR0…"')).toBe(true);
});

test('a line that is only … stands for any number of lines', () => {
  expect(outputMatches(['a', '…', 'd'], ['a', 'b', 'c', 'd'])).toBe(true);
  expect(outputMatches(['a', '…', 'd'], ['a', 'd'])).toBe(true);
  expect(outputMatches(['a', '…'], ['a'])).toBe(true);
  expect(outputMatches(['a', '…', 'd'], ['a', 'b', 'c'])).toBe(false);
  expect(outputMatches(['a'], ['a', 'b'])).toBe(false);
  expect(outputMatches([], [])).toBe(true);
});

test('refreshedOutput keeps what still matches and writes what changed', () => {
  const shown = ['outcome: success', '…', 'took … s', 'reason: sent'];
  expect(refreshedOutput(shown, ['outcome: success', 'x', 'y', 'took 1.2 s', 'reason: sent'])).toBe(
    shown,
  );
  expect(
    refreshedOutput(shown, [
      'outcome: failure',
      'x',
      'took 0.9 s',
      'reason: HTTP 400',
      'size 96.3 KiB',
    ]),
  ).toEqual(['outcome: failure', '…', 'took … s', 'reason: HTTP 400', 'size … KiB']);
  expect(refreshedOutput(['old'], [])).toEqual([]);
  expect(refreshedOutput([], ['new 2 ms', 'took 0.81 s'])).toEqual(['new 2 ms', 'took … s']);
});

test('rewriteBlocks replaces only the outputs, keeping commands, markers and the rest', () => {
  const blocks = consoleBlocks(DOC, 'doc.md');
  const out = rewriteBlocks(DOC, [blocks[0]], new Map([[blocks[0], [['one  two'], [], ['1']]]]));
  expect(out).toBe(DOC.replace('\none two\n', '\none  two\n'));
});

test('runBlock runs the commands in one bash from the root, $? being the last exit code', async () => {
  const [block] = consoleBlocks(DOC, 'doc.md');
  expect(await runBlock(block, ROOT, 10_000)).toEqual([['one two'], [], ['1']]);
  const [pwd] = consoleBlocks('```console\n$ pwd\n$ echo err >&2; printf x\n```\n', 'doc.md');
  expect(await runBlock(pwd, ROOT, 10_000)).toEqual([[ROOT], ['err', 'x']]);
});

test('runBlock stops a block that runs too long', async () => {
  const [slow] = consoleBlocks('```console\n$ sleep 5\n```\n', 'doc.md');
  await expect(runBlock(slow, ROOT, 200)).rejects.toThrow(
    'doc.md:1: the block did not finish in 200 ms',
  );
});
