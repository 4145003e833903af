// `sgtm-template release NOTES` in a throwaway git repository: the commit that last changed
// template.tpl becomes the newest version of metadata.yaml, and the mistakes are refused.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';

const CLI = resolve(__dirname, '..', '..', '..', 'build', 'bin', 'sgtm-template.js');
const dir = mkdtempSync(join(tmpdir(), 'release-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
const release = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, 'release', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
};
const commitTemplate = (text: string) => {
  writeFileSync(join(dir, 'template.tpl'), text);
  git('add', 'template.tpl');
  git('commit', '-q', '-m', 'template');
  return git('rev-parse', 'HEAD');
};

beforeAll(() => {
  git('init', '-q');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      homepage: 'https://example.com/home',
      'sgtm-template': { documentation: 'https://example.com/docs' },
    }),
  );
});

test('records the commit that changed template.tpl, newest first, and refuses what would be wrong', () => {
  const first = commitTemplate('v1');
  // A later commit that does not touch template.tpl is not the version.
  writeFileSync(join(dir, 'README.md'), 'readme');
  git('add', 'README.md');
  git('commit', '-q', '-m', 'readme');
  expect(release('First release')).toEqual({
    code: 0,
    out: `metadata.yaml: version ${first} recorded: First release`,
    err: '',
  });
  expect(YAML.parse(readFileSync(join(dir, 'metadata.yaml'), 'utf8'))).toEqual({
    homepage: 'https://example.com/home',
    documentation: 'https://example.com/docs',
    versions: [{ sha: first, changeNotes: 'First release' }],
  });

  expect(release('Again')).toEqual({
    code: 1,
    out: '',
    err: `metadata.yaml: ${first} is already the newest version: change and commit template.tpl, then release`,
  });

  writeFileSync(join(dir, 'template.tpl'), 'v2');
  expect(release('Uncommitted')).toEqual({
    code: 1,
    out: '',
    err: 'template.tpl has changes that are not committed: commit them, then release',
  });

  writeFileSync(
    join(dir, 'metadata.yaml'),
    '# Kept across releases\n' + readFileSync(join(dir, 'metadata.yaml'), 'utf8'),
  );
  const second = commitTemplate('v2');
  expect(release('Second release').code).toBe(0);
  const text = readFileSync(join(dir, 'metadata.yaml'), 'utf8');
  expect(text.startsWith('# Kept across releases\n')).toBe(true);
  expect(YAML.parse(text).versions).toEqual([
    { sha: second, changeNotes: 'Second release' },
    { sha: first, changeNotes: 'First release' },
  ]);
  expect(release('  ').err).toBe(
    'sgtm-template release: the change notes are empty; say what changed for users; see `sgtm-template release --help`',
  );
});
