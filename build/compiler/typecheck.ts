// Step 0 of the build: type-checks the sandbox code against the restricted lib with the TypeScript
// compiler API, using the tsconfig nearest the entry. Source files are cached by content between
// builds in one process, so a second build only re-checks.
import { createHash } from 'node:crypto';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { Diagnostic } from './diagnostic';

/**
 * A template without a tsconfig of its own is checked with the toolchain's sandbox settings: the
 * restricted lib and the 'sgtm' declarations that ship with this package (types/).
 */
export const DEFAULT_SANDBOX_TSCONFIG = resolve(__dirname, '..', 'tsconfig.sandbox.json');

const sourceFileCache = new Map<string, { text: string; file: ts.SourceFile }>();
// A builder program remembers each file's diagnostics and re-checks only what changed since the
// previous build in this process (watch loops, the benchmark, the test suite).
let previousProgram: ts.SemanticDiagnosticsBuilderProgram | undefined;

function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  host.getSourceFile = (fileName, languageVersion) => {
    const text = ts.sys.readFile(fileName);
    if (text === undefined) return undefined;
    const cached = sourceFileCache.get(fileName);
    if (cached && cached.text === text) return cached.file;
    const file = ts.createSourceFile(fileName, text, languageVersion, true);
    // The builder program compares versions to find changed files.
    (file as ts.SourceFile & { version: string }).version = createHash('sha1')
      .update(text)
      .digest('hex');
    sourceFileCache.set(fileName, { text, file });
    return file;
  };
  return host;
}

function toDiagnostic(d: ts.Diagnostic, rootDir: string, fallbackFile: string): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
  const severity = d.category === ts.DiagnosticCategory.Error ? 'error' : 'warning';
  if (!d.file || d.start === undefined) {
    return { file: fallbackFile, line: 1, col: 1, message: `TS${d.code}: ${message}`, severity };
  }
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return {
    file: relative(rootDir, d.file.fileName),
    line: line + 1,
    col: character + 1,
    message: `TS${d.code}: ${message}`,
    severity,
  };
}

/**
 * Type-checks `entry` (and what it imports) with the declaration files its tsconfig includes
 * (the restricted lib and the 'sgtm' module). Returns errors as `file:line:col` diagnostics.
 * `tsconfig` is the project's (projectFiles' tsconfigOf); without one, the toolchain's sandbox settings.
 */
export function typecheck(entry: string, rootDir: string, tsconfig?: string): Diagnostic[] {
  const configPath = tsconfig ?? DEFAULT_SANDBOX_TSCONFIG;
  const configLabel = relative(rootDir, configPath);
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) return [toDiagnostic(read.error, rootDir, configLabel)];
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath));
  const configErrors = parsed.errors.filter(
    // "No inputs were found" is fine: the entry is added below.
    (e) => e.code !== 18003,
  );
  if (configErrors.length > 0)
    return configErrors.map((e) => toDiagnostic(e, rootDir, configLabel));
  // The declaration files themselves are checked by `npm run check` (tsc -p); here only the code.
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, skipLibCheck: true };
  const declarationFiles = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const builder = ts.createSemanticDiagnosticsBuilderProgram(
    [...declarationFiles, resolve(entry)],
    options,
    cachingHost(options),
    previousProgram,
  );
  previousProgram = builder;
  const diagnostics = [
    ...builder.getOptionsDiagnostics(),
    ...builder.getGlobalDiagnostics(),
    ...builder.getSyntacticDiagnostics(),
    ...builder.getSemanticDiagnostics(),
  ];
  return diagnostics.map((d) => toDiagnostic(d, rootDir, configLabel));
}
