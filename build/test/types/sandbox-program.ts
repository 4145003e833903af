// Type-checks virtual TypeScript files with the sandbox settings of template-src/tsconfig.json, in
// one program, and returns each file's diagnostics as `line:col TSxxxx message` strings.
import * as path from 'node:path';
import * as ts from 'typescript';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
const templateSrc = path.join(repoRoot, 'template-src');

function sandboxOptions(): ts.CompilerOptions {
  const configPath = path.join(templateSrc, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, templateSrc);
  if (parsed.errors.length > 0) {
    throw new Error(
      parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'),
    );
  }
  return parsed.options;
}

function format(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code} ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${line + 1}:${character + 1} TS${diagnostic.code} ${message}`;
}

/**
 * `files` maps paths relative to template-src/ (e.g. 'tag/__types__/date.ts') to their text. Returns the
 * diagnostics of every virtual file (key: the same relative path) and of any real file (key: its path
 * relative to the repository, so a broken lib or definition module shows up too).
 */
export function checkSandboxFiles(files: Record<string, string>): Record<string, string[]> {
  const options = sandboxOptions();
  const virtual = new Map<string, string>();
  for (const [relative, text] of Object.entries(files)) {
    virtual.set(path.join(templateSrc, relative), text);
  }
  const host = ts.createCompilerHost(options, true);
  const realGetSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(path.resolve(fileName));
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    return realGetSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  const realFileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => virtual.has(path.resolve(fileName)) || realFileExists(fileName);
  // The virtual files' folder may not exist on disk; module resolution asks for it.
  const virtualDirs = new Set([...virtual.keys()].map((fileName) => path.dirname(fileName)));
  const realDirectoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) =>
    virtualDirs.has(path.resolve(dir)) || (realDirectoryExists ? realDirectoryExists(dir) : true);
  const realReadFile = host.readFile.bind(host);
  host.readFile = (fileName) => virtual.get(path.resolve(fileName)) ?? realReadFile(fileName);

  const roots = [
    path.join(repoRoot, 'build', 'types', 'sgtm.d.ts'),
    path.join(repoRoot, 'build', 'types', 'sandbox.d.ts'),
    ...virtual.keys(),
  ];
  const program = ts.createProgram(roots, options, host);
  const result: Record<string, string[]> = {};
  for (const relative of Object.keys(files)) result[relative] = [];
  const all = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const sourceFile of program.getSourceFiles()) {
    all.push(
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile),
    );
  }
  for (const diagnostic of all) {
    const fileName = diagnostic.file ? path.resolve(diagnostic.file.fileName) : '';
    const key = virtual.has(fileName)
      ? path.relative(templateSrc, fileName)
      : fileName
        ? path.relative(repoRoot, fileName)
        : '(global)';
    (result[key] ??= []).push(format(diagnostic));
  }
  return result;
}
