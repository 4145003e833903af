// The whole build: definition module → type check → bundle → 'sgtm' imports → sandbox check →
// permissions → TplFile → .tpl text. Pure apart from reading the sources; the CLI writes the file.
import type { Program } from 'acorn';
import { dirname, relative, resolve } from 'node:path';
import { findApiUses } from '../permissions/api-uses';
import { checkApiUses, checkScope, permissionsFor } from '../permissions/derive';
import { grantsFromScope } from '../permissions/grants';
import type { PermissionInstance, TemplateInfo, TemplateTests, TplFile } from '../tpl/model';
import { GALLERY_TERMS } from '../tpl/sections';
import { writeTpl } from '../tpl/write';
import { parseScript } from '../sandbox/ast';
import { bundle } from './bundle';
import { BuildError, errorsIn, sortDiagnostics, type Diagnostic } from './diagnostic';
import { EditedText } from './edits';
import { findEsbuildHelpers } from './esbuild-helpers';
import { withModuleHeaders } from './module-headers';
import { tabIndented } from './tab-indent';
import { withFieldTypingHints } from './field-typing';
import { findDefinition, type LoadedDefinition } from './load-definition';
import { projectOf, tsconfigOf } from './project-files';
import { checkSandboxCode } from './sandbox-check';
import { rewriteSgtmImports } from './sgtm-imports';
import {
  bundleOrigin,
  sourcePositionMapper,
  traceBundle,
  type PositionMapper,
} from './source-position';
import { prewarmTypecheck, startTypecheck } from './typecheck-client';

export interface BuildResult {
  tpl: TplFile;
  text: string;
  /** Warnings (errors throw a BuildError). */
  diagnostics: Diagnostic[];
}

export interface BuildOptions {
  /** Skip the TypeScript type check (tests of the checker use it for code TypeScript would reject). */
  typecheck?: boolean;
}

function templateInfo(loaded: LoadedDefinition): TemplateInfo {
  const info = loaded.definition.info;
  const brand: TemplateInfo['brand'] = { id: info.brand.id, displayName: info.brand.displayName };
  if (info.brand.thumbnail !== undefined) brand.thumbnail = info.brand.thumbnail;
  // GTM's key order.
  return {
    type: info.type ?? 'TAG',
    id: 'cvt_temp_public_id',
    version: 1,
    securityGroups: [],
    displayName: info.displayName,
    categories: info.categories,
    brand,
    description: info.description,
    containerContexts: ['SERVER'],
  };
}

/** What steps 2-4 make of the sandbox entry: the code section, its API uses and the findings. */
interface CompiledCode {
  code?: string;
  program?: Program;
  diagnostics: Diagnostic[];
  /** Maps an offset in `code` to the TypeScript source. */
  toSource?: PositionMapper;
}

/** Bundle, rewrite the 'sgtm' imports, check for the sandbox; stops early only when it must. */
function compileSandboxCode(entry: string, rootDir: string, tsconfig?: string): CompiledCode {
  const diagnostics: Diagnostic[] = [];
  const bundled = bundle(entry, rootDir, tsconfig);
  diagnostics.push(...bundled.diagnostics);
  if (!bundled.bundle) return { diagnostics };
  const { code: bundleCode, map } = bundled.bundle;
  const outputLabel = `${relative(rootDir, entry)} (generated code)`;

  const traced = traceBundle(bundleCode, map);
  const rewritten = rewriteSgtmImports(bundleCode, bundleOrigin(traced));
  const unedited = new EditedText(bundleCode).apply();
  const inBundle = sourcePositionMapper(traced, unedited, outputLabel);
  for (const problem of rewritten.problems) {
    diagnostics.push({ ...inBundle(problem.offset), message: problem.message, severity: 'error' });
  }

  const code = rewritten.code.text.replace(/\s+$/, '');
  const toSource = sourcePositionMapper(traced, rewritten.code, outputLabel);
  let program: Program;
  try {
    program = parseScript(code);
  } catch {
    // The checker reports the syntax error at the author's line.
    const check = { mapPosition: toSource, dialect: 'ts', unsureSeverity: 'error' } as const;
    return { diagnostics: [...diagnostics, ...checkSandboxCode(code, check)] };
  }
  const helpers = findEsbuildHelpers(program, code);
  for (const problem of helpers.problems) {
    diagnostics.push({ ...toSource(problem.offset), message: problem.message, severity: 'error' });
  }
  diagnostics.push(
    ...checkSandboxCode(code, {
      mapPosition: toSource,
      dialect: 'ts',
      unsureSeverity: 'error',
      ignore: (offset) => helpers.ranges.some(([s, e]) => s <= offset && offset < e),
      ignoreGlobals: new Set(rewritten.namespaces),
    }),
  );
  return { code, program, diagnostics, toSource };
}

function definitionTests(loaded: LoadedDefinition): TemplateTests {
  try {
    return loaded.definition.tests ? loaded.definition.tests() : { scenarios: [] };
  } catch (error) {
    const message = (error as Error).message.split('\n').join(' ');
    throw new BuildError([
      {
        file: loaded.label,
        line: 1,
        col: 1,
        severity: 'error',
        message: `tests() failed: ${message}; fix the scenarios the definition builds`,
      },
    ]);
  }
}

/** Builds from a definition module, or from the template code a definition module names. */
export function buildTemplate(definitionPath: string, options: BuildOptions = {}): BuildResult {
  if (options.typecheck !== false) prewarmTypecheck();
  // The project is looked up once: its root and tsconfig are passed to every step.
  const rootDir = projectOf(definitionPath).root;
  const loaded = findDefinition(definitionPath, rootDir);
  const { definition } = loaded;
  const entry = resolve(dirname(loaded.path), definition.code);

  // TypeScript runs in a worker while the main thread bundles and checks.
  const tsconfig = tsconfigOf(entry, rootDir);
  const typeDiagnostics =
    options.typecheck !== false ? startTypecheck(entry, rootDir, tsconfig) : () => [];
  const compiled = compileSandboxCode(entry, rootDir, tsconfig);
  const diagnostics = [...compiled.diagnostics];

  const { code, program, toSource } = compiled;
  let permissions: PermissionInstance[] = [];
  if (code !== undefined && program && toSource) {
    const uses = findApiUses(program);
    const problems = [
      ...checkApiUses(uses, grantsFromScope(definition.scope), 'build'),
      ...checkScope(uses, definition.scope),
    ];
    for (const problem of problems) {
      const place =
        problem.offset !== undefined
          ? toSource(problem.offset)
          : { file: loaded.label, line: loaded.lineOf(problem.scopeKey!), col: 1 };
      diagnostics.push({ ...place, message: problem.message, severity: problem.severity });
    }
    permissions = permissionsFor(uses, definition.scope);
  }

  const typeErrors = withFieldTypingHints(typeDiagnostics(), rootDir, loaded.path);
  const sorted = sortDiagnostics([...typeErrors, ...diagnostics]);
  if (errorsIn(sorted).length > 0 || code === undefined) throw new BuildError(sorted);

  const tpl: TplFile = {
    info: templateInfo(loaded),
    parameters: definition.fields as unknown as Record<string, unknown>[],
    code: tabIndented(withModuleHeaders(code, rootDir, dirname(loaded.path))),
    codeSection: '___SANDBOXED_JS_FOR_SERVER___',
    permissions,
    permissionsSection: '___SERVER_PERMISSIONS___',
    tests: definitionTests(loaded),
    notes: definition.notes ?? '',
  };
  if (definition.termsOfService) tpl.termsOfService = GALLERY_TERMS;
  return { tpl, text: writeTpl(tpl), diagnostics: sorted };
}
