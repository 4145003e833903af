import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { main } from '../../cli/main';
import { captureOutput } from '../support/capture-output';
import { definitionSource, tempProject } from './temp-project';

const buildCommand = (args: string[]) => main(['build', ...args]);
const checkCommand = (args: string[]) => main(['check', ...args]);

function run(command: (args: string[]) => Promise<number>, args: string[]) {
  return captureOutput(() => command(args));
}

const MAIN =
  "import { data, logToConsole } from 'sgtm';\nlogToConsole('hi');\ndata.gtmOnSuccess();\n";

describe('sgtm-template build', () => {
  test('writes the .tpl and prints one summary line', async () => {
    const dir = tempProject({
      'main.ts': MAIN,
      'template.ts': definitionSource("{ logging: 'debug' }"),
    });
    const out = join(dir, 'out', 'template.tpl');
    const result = await run(buildCommand, ['--entry', join(dir, 'template.ts'), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const size = (Buffer.byteLength(readFileSync(out, 'utf8')) / 1024).toFixed(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^wrote ${relative(process.cwd(), out).replace(/[.]/g, '\\.')} \\(${size} KiB, 1 permission\\) in \\d+\\.\\d\\d s\\n$`,
      ),
    );
  });

  test('prints each error and exits 1', async () => {
    const dir = tempProject({
      'main.ts':
        "import { data, logToConsole } from 'sgtm';\nlogToConsole(`x${1}`);\ndata.gtmOnSuccess();\n",
      'template.ts': definitionSource('{}'),
    });
    const result = await run(buildCommand, [
      '--entry',
      join(dir, 'template.ts'),
      '--out',
      join(dir, 'x.tpl'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        "main.ts:2:1: logToConsole needs the logging permission, but the definition's scope has no logging; add it to scope, e.g. logging: 'debug'",
        "main.ts:2:14: template literals are not supported by the sandbox; concatenate with + ('a' + b + 'c')",
        'build failed: 2 errors',
        '',
      ].join('\n'),
    );
  });

  test('rejects unknown options in one line', async () => {
    const result = await run(buildCommand, ['--nope']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sgtm-template build: unknown option --nope; see `sgtm-template build --help`\n',
    });
  });
});

describe('sgtm-template check', () => {
  test('prints "FILE: ok" for a built template, and the errors of a broken one', async () => {
    const dir = tempProject({
      'main.ts': MAIN,
      'template.ts': definitionSource("{ logging: 'debug' }"),
    });
    const good = join(dir, 'good.tpl');
    await run(buildCommand, ['--entry', join(dir, 'template.ts'), '--out', good]);
    const ok = await run(checkCommand, [good]);
    expect(ok).toEqual({ code: 0, stdout: `${good}: ok\n`, stderr: '' });

    const bad = join(dir, 'bad.tpl');
    writeFileSync(
      bad,
      readFileSync(good, 'utf8').replace('logToConsole("hi");', 'logToConsole(new Date());'),
    );
    const result = await run(checkCommand, [bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${bad}: 2 errors\n`);
    expect(result.stderr.split('\n').map((l) => l.slice(bad.length))).toEqual([
      ':40:14: `new` does not exist in the sandbox; create values with literals or with factory APIs (Promise.create, createRegex)',
      ":40:18: `Date` is not defined in the sandbox (only `data` and `require` are global); use getTimestampMillis() (const getTimestampMillis = require('getTimestampMillis'))",
      '',
    ]);
  });
});
