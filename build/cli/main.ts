// The `sgtm-template` command: `sgtm-template <command> [options]`, one command per entry of
// ./commands.ts. Usage errors are one line and exit 2; no error ever shows a stack trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  commandHelp,
  InputError,
  parseCommandArgs,
  synopsis,
  UsageError,
  wrap,
  type CommandSpec,
} from './command';
import { COMMANDS } from './commands';

function version(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  return String(manifest.version);
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
  return `sgtm-template ${version()}: write, check, test and run server-side GTM templates

usage: sgtm-template <command> [options]

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

${COMMANDS.map((c) => wrap('  sgtm-template ', synopsis(c as CommandSpec), '      ')).join('\n')}

options:
  -v, --version   print the version
  -h, --help      show this help

'sgtm-template <command> --help' explains a command and each of its options.
`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h') {
    (name ? process.stdout : process.stderr).write(usage());
    return name ? 0 : 2;
  }
  const helpFor = name === 'help' ? rest[0] : undefined;
  const spec = COMMANDS.find((c) => c.name === (helpFor ?? name)) as CommandSpec | undefined;
  if (name === 'help' && helpFor === undefined) {
    process.stdout.write(usage());
    return 0;
  }
  if (!spec) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command ${name}`;
    process.stderr.write(`sgtm-template: ${what}; see \`sgtm-template --help\`\n`);
    return 2;
  }
  if (helpFor !== undefined) {
    process.stdout.write(commandHelp(spec));
    return 0;
  }
  try {
    const args = parseCommandArgs(spec, rest);
    if (args.help) {
      process.stdout.write(commandHelp(spec));
      return 0;
    }
    return await (
      await spec.load()
    )(args);
  } catch (error) {
    // The first line only: Node appends a require stack to some messages.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    if (error instanceof InputError) {
      process.stderr.write(`sgtm-template ${name}: ${message}\n`);
    } else if (error instanceof UsageError) {
      process.stderr.write(
        `sgtm-template ${name}: ${message}; see \`sgtm-template ${name} --help\`\n`,
      );
    } else {
      // Not the user's mistake: still one line, but say so.
      process.stderr.write(`sgtm-template ${name}: internal error: ${message}\n`);
    }
    return 2;
  }
}
