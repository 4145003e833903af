// Writes a small template project into a temporary folder (outside the repository) for build tests.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildTemplate, type BuildOptions } from '../../compiler/build-template';
import { BuildError, formatDiagnostic } from '../../compiler/diagnostic';

export const REPO = resolve(__dirname, '..', '..', '..');
export const SGTM_DTS = join(REPO, 'build', 'types', 'sgtm.d.ts');
export const SANDBOX_LIB = join(REPO, 'build', 'types', 'sandbox.d.ts');

/** A tsconfig that lets TypeScript accept what the sandbox checker must catch. */
export const PERMISSIVE_TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022'],
    types: [],
    strict: false,
    noEmit: true,
  },
  files: [SGTM_DTS],
  include: ['*.ts'],
});

/** The sandbox tsconfig of the real template, pointed at the repository's lib and 'sgtm' module. */
export const SANDBOX_TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: 'ES5',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    noLib: true,
    types: [],
    strict: true,
    noEmit: true,
  },
  files: [SGTM_DTS, SANDBOX_LIB],
  include: ['*.ts'],
});

export function definitionSource(scope = '{}', extra = ''): string {
  return `export default {
  info: {
    displayName: 'Test tag',
    description: 'A tag for tests.',
    categories: ['UTILITY'],
    brand: { id: 'brand_dummy', displayName: 'Tests' },
  },
  fields: [{ type: 'TEXT', name: 'value', displayName: 'Value', simpleValueType: true }],
  code: './main.ts',
  scope: ${scope},${extra}
};
`;
}

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `files` by path; null leaves a default file (package.json, tsconfig.json, template.ts) out. */
export function tempProject(files: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sgtm-build-'));
  created.push(dir);
  const all: Record<string, string | null> = {
    'package.json': '{ "private": true }\n',
    'tsconfig.json': SANDBOX_TSCONFIG,
    'template.ts': definitionSource(),
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  // `import ... from 'sgtm-template'` resolves to this repository's toolchain, as after npm install.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(REPO, 'build'), join(dir, 'node_modules', 'sgtm-template'), 'dir');
  return dir;
}

/** Builds and returns the formatted diagnostics (errors and warnings), or [] and the text. */
export function buildDiagnostics(
  files: Record<string, string>,
  options: BuildOptions = { typecheck: false },
): { lines: string[]; text?: string } {
  const dir = tempProject(files);
  try {
    const result = buildTemplate(join(dir, 'template.ts'), options);
    return { lines: result.diagnostics.map(formatDiagnostic), text: result.text };
  } catch (error) {
    if (error instanceof BuildError) return { lines: error.diagnostics.map(formatDiagnostic) };
    throw error;
  }
}

/** The code section of a built .tpl. */
export function codeOf(text: string): string {
  const start =
    text.indexOf('___SANDBOXED_JS_FOR_SERVER___\n\n') + '___SANDBOXED_JS_FOR_SERVER___\n\n'.length;
  return text.slice(start, text.indexOf('\n\n\n___SERVER_PERMISSIONS___'));
}
