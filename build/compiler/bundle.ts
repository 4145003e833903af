// Step 1 of the build: esbuild bundles the sandbox entry and its imports into one ES module, with
// `'sgtm'` left external and a source map back to the TypeScript files.
import { buildSync, type Message } from 'esbuild';
import { join, relative } from 'node:path';
import type { Diagnostic } from './diagnostic';

export interface Bundle {
  /** One ES module: `import ... from "sgtm"` lines, the modules' code, an `export {...}` list. */
  code: string;
  /** esbuild's source map (JSON text); its sources are relative to `rootDir`. */
  map: string;
}

function toDiagnostic(message: Message, severity: Diagnostic['severity']): Diagnostic {
  const location = message.location;
  return {
    file: location?.file ?? '<esbuild>',
    line: location?.line ?? 1,
    col: (location?.column ?? 0) + 1,
    message: message.text,
    severity,
  };
}

/**
 * Bundles `entry` (an absolute path). Paths in comments and in the source map are relative to
 * `rootDir`, so the output does not depend on where the project is checked out.
 */
export function bundle(
  entry: string,
  rootDir: string,
): { bundle?: Bundle; diagnostics: Diagnostic[] } {
  try {
    const result = buildSync({
      entryPoints: [relative(rootDir, entry)],
      absWorkingDir: rootDir,
      bundle: true,
      // esnext: nothing is lowered, so the sandbox checker sees the syntax the author wrote.
      format: 'esm',
      target: 'esnext',
      platform: 'neutral',
      external: ['sgtm'],
      write: false,
      outfile: join(rootDir, 'template-code.js'),
      sourcemap: 'external',
      sourcesContent: false,
      minify: false,
      treeShaking: true,
      charset: 'utf8',
      legalComments: 'inline',
      logLevel: 'silent',
    });
    const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
    const map = result.outputFiles.find((f) => f.path.endsWith('.map'))!.text;
    return {
      bundle: { code, map },
      diagnostics: result.warnings.map((w) => toDiagnostic(w, 'warning')),
    };
  } catch (error) {
    const failure = error as { errors?: Message[]; warnings?: Message[] };
    if (!failure.errors) throw error;
    return {
      diagnostics: [
        ...failure.errors.map((e) => toDiagnostic(e, 'error')),
        ...(failure.warnings ?? []).map((w) => toDiagnostic(w, 'warning')),
      ],
    };
  }
}
