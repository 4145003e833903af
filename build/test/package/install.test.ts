// The toolchain as a user gets it: `npm pack` of build/ (the sgtm-template package), installed with
// npm into an empty folder outside the repository, then a ten-line template with one text field is
// built, tested and run there with `npx sgtm-template`, as docs/toolchain.md's "New template in 5
// minutes" shows. No network: npm installs offline from its cache (which `npm ci` filled), and the
// folder starts with a package-lock.json holding the versions of the toolchain's dependencies that
// this repository's lock pins, so npm needs no registry metadata to resolve them.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COMMANDS } from '../../cli/commands';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'package.json'), 'utf8'));

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
}

/** A package-lock.json for a project that depends on the tarball only, from this repository's lock. */
function seededLock(tarball: string, spec: string): object {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const integrity = `sha512-${createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
  const packages: Record<string, object> = {
    '': { dependencies: { 'sgtm-template': spec } },
    'node_modules/sgtm-template': {
      version: MANIFEST.version,
      resolved: spec,
      integrity,
      license: MANIFEST.license,
      dependencies: MANIFEST.dependencies,
      bin: MANIFEST.bin,
      engines: MANIFEST.engines,
    },
  };
  const queue = Object.keys(MANIFEST.dependencies).map((name) => `node_modules/${name}`);
  while (queue.length > 0) {
    const key = queue.shift()!;
    if (packages[key]) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = lock.packages[key];
    packages[key] = entry;
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const nested = `${key}/node_modules/${name}`;
      queue.push(lock.packages[nested] ? nested : `node_modules/${name}`);
    }
  }
  return { name: 'app', lockfileVersion: 3, requires: true, packages };
}

// The template of docs/toolchain.md's "New template in 5 minutes", and the outputs it shows.
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs', 'toolchain.md'), 'utf8');

/** The code block that follows `marker` in the guide (its body, or the output after its `$` line). */
function guideBlock(marker: string): string {
  const at = GUIDE.indexOf(marker);
  const block = /```\w*\n([\s\S]*?)```/.exec(GUIDE.slice(at));
  if (at === -1 || !block) throw new Error(`docs/toolchain.md has no block after ${marker}`);
  return block[1];
}
const output = (marker: string) => guideBlock(marker).replace(/^\$ .*\n/, '');

const DEFINITION = guideBlock('`fields.ts`:');
const MAIN = guideBlock('`main.ts`:');
// The same code without the `data` typing: its imports and the `declare module` block.
const UNTYPED = MAIN.replace(/import type \{ FieldValues \}[\s\S]*?\n\}\n\n/, '\n');

let dir: string;

function run(command: string, args: string[], cwd = dir) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
// `npx` as the user types it (it costs npm's start-up, ~0.6 s); the bin directly where the point
// is not how it is started.
const npx = (...args: string[]) => run('npx', ['--no-install', 'sgtm-template', ...args]);
const bin = (cwd: string, ...args: string[]) =>
  run('node', [path.join(dir, 'node_modules', '.bin', 'sgtm-template'), ...args], cwd);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgtm-package-'));
  const tarball = path.join(
    dir,
    execFileSync('npm', ['pack', path.join(ROOT, 'build'), '--pack-destination', dir, '--silent'], {
      encoding: 'utf8',
    }).trim(),
  );
  const app = path.join(dir, 'app');
  fs.mkdirSync(app);
  const spec = `file:${path.relative(app, tarball)}`;
  // As the guide's reader starts: `npm init -y`, which writes "type": "commonjs" (npm 10 and later).
  execFileSync('npm', ['init', '-y', '--offline', '--silent'], { cwd: app, stdio: 'pipe' });
  fs.writeFileSync(path.join(app, 'package-lock.json'), JSON.stringify(seededLock(tarball, spec)));
  execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--silent', tarball],
    { cwd: app, stdio: 'pipe' },
  );
  dir = app;
}, 60_000);

afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

test('a one-field template builds with --entry main.ts, and its tests and a run work', () => {
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).type).toBe('commonjs');
  fs.writeFileSync(path.join(dir, 'fields.ts'), DEFINITION);
  fs.writeFileSync(path.join(dir, 'main.ts'), MAIN);
  const build = npx('build', '--entry', 'main.ts');
  expect(build.stderr).toBe('');
  expect(build.stdout).toMatch(
    /^wrote template\.tpl \(\d+\.\d KiB, 1 permission\) in \d+\.\d\d s\n$/,
  );

  expect(npx('test', 'template.tpl')).toEqual({
    code: 0,
    stdout: output('**5. Test**'),
    stderr: '',
  });

  const data = ['--data', '{"greeting": "hi"}', '--event', '{}'];
  const trace = npx('run', 'template.tpl', ...data, '--format', 'pretty');
  expect(trace).toEqual({ code: 0, stdout: output('**6. Run**'), stderr: '' });
  expect(JSON.parse(bin(dir, 'run', 'template.tpl', ...data).stdout)).toMatchObject({
    outcome: 'success',
    logs: ['greeting: hi'],
    calls: { makeString: 1, logToConsole: 1 },
  });
}, 30_000);

test('without the field typing, the build error says how to declare it', () => {
  // A project of its own (its own package.json), so that paths in messages are as in the guide.
  const untyped = path.join(dir, 'untyped');
  fs.mkdirSync(untyped);
  fs.writeFileSync(path.join(untyped, 'package.json'), '{ "private": true }\n');
  fs.writeFileSync(path.join(untyped, 'fields.ts'), DEFINITION);
  fs.writeFileSync(path.join(untyped, 'main.ts'), UNTYPED);
  expect(bin(untyped, 'build', '--entry', 'main.ts')).toEqual({
    code: 1,
    stdout: '',
    stderr: output("Without the `declare module 'sgtm'` block, the build says what to add:"),
  });
}, 30_000);

test('the package holds every module of every command', () => {
  const loadAll =
    "require('sgtm-template/register').register();" +
    "Promise.all(require('sgtm-template/cli/commands.ts').COMMANDS.map((c) => c.load()))" +
    ".then((all) => console.log(all.length + ' commands'))";
  expect(run('node', ['-e', loadAll]).stdout).toBe(`${COMMANDS.length} commands\n`);
});
