// Step 1 of the build: esbuild bundles the sandbox entry and its imports into one ES module, with
// `'sgtm'` left external and a source map back to the TypeScript files.
import { buildSync, type Message } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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
 * Bundles `entry` (an absolute path) with the project's `tsconfig` (projectFiles' tsconfigOf). Paths in comments and in the source map are relative to
 * `rootDir`, so the output does not depend on where the project is checked out.
 */
export function bundle(
  entry: string,
  rootDir: string,
  tsconfig?: string,
): { bundle?: Bundle; diagnostics: Diagnostic[] } {
  let source: string;
  try {
    source = readFileSync(entry, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      diagnostics: [
        {
          file: relative(rootDir, entry),
          line: 1,
          col: 1,
          severity: 'error',
          message: `cannot read the entry file (${code})`,
        },
      ],
    };
  }
  try {
    const result = buildSync({
      // The entry is handed over as text, so that esbuild reads it as the ES module it is whatever the
      // folder's package.json says: with "type": "commonjs" (what `npm init -y` writes) a file with
      // imports but no export would be wrapped as CommonJS.
      stdin: {
        contents: source,
        sourcefile: entry,
        resolveDir: dirname(entry),
        loader: 'ts',
      },
      absWorkingDir: rootDir,
      // The text handed over has no folder for esbuild to find a tsconfig from (its settings, such as
      // the target, change the output): the project's own, the one the type check uses.
      ...(tsconfig ? { tsconfig } : {}),
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
    const diagnostics = result.warnings.map((w) => toDiagnostic(w, 'warning'));
    const wrapped = commonJsModules(code);
    if (wrapped.length > 0) {
      return {
        diagnostics: [
          ...diagnostics,
          ...wrapped.map((file) => ({
            file,
            line: 1,
            col: 1,
            severity: 'error' as const,
            message:
              'bundled as CommonJS: it has no export and its package.json says "type": "commonjs"; add `export {};` to it, or set "type": "module"',
          })),
        ],
      };
    }
    return { bundle: { code, map }, diagnostics };
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

/** Modules esbuild wrapped as CommonJS (`var require_x = __commonJS({ "x.ts"() {…} })`). */
function commonJsModules(code: string): string[] {
  if (!code.includes('__commonJS(')) return [];
  return [...code.matchAll(/= __commonJS\(\{\n\s*"([^"]+)"\(/g)].map((m) => m[1]);
}
