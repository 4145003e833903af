// `sgtm-template release NOTES`: records the commit that last changed the Gallery's template.tpl, with
// NOTES, as the newest version in metadata.yaml (which the Community Template Gallery reads).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { addVersion } from '../gallery/metadata';
import type { ParsedArgs } from './command';
import type { RELEASE_OPTIONS } from './commands';
import { UsageError } from './command';
import { projectSettings } from './project';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export async function releaseCommand({
  operands,
  values,
}: ParsedArgs<typeof RELEASE_OPTIONS>): Promise<number> {
  const notes = operands[0].trim();
  if (notes === '') throw new UsageError('the change notes are empty; say what changed for users');
  const settings = projectSettings();
  const root = settings.packageJson ? dirname(settings.packageJson) : process.cwd();
  const template = join(root, values.template ?? 'template.tpl');
  const metadata = join(root, values.metadata ?? 'metadata.yaml');
  const name = relative(process.cwd(), template) || template;
  let sha: string;
  try {
    if (git(['status', '--porcelain', '--', template], root) !== '') {
      process.stderr.write(
        `${name} has changes that are not committed: commit them, then release\n`,
      );
      return 1;
    }
    sha = git(['log', '-1', '--format=%H', '--', template], root);
  } catch (error) {
    process.stderr.write(`git failed in ${root}: ${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    process.stderr.write(`${name} has no commit yet: build it, commit it, then release\n`);
    return 1;
  }
  try {
    const text = existsSync(metadata) ? readFileSync(metadata, 'utf8') : undefined;
    writeFileSync(
      metadata,
      addVersion(
        text,
        { sha, changeNotes: notes },
        { homepage: settings.homepage, documentation: settings.documentation },
      ),
    );
  } catch (error) {
    process.stderr.write(`${relative(process.cwd(), metadata)}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${relative(process.cwd(), metadata)}: version ${sha} recorded: ${notes}\n`);
  return 0;
}
