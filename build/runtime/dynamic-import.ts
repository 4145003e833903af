// Finds a dynamic `import()` in code the sandbox is to run. Node answers one, in any vm realm, with a
// rejection whose error is the host's own (vm has no module loader without --experimental-vm-modules,
// and no option changes that error), and from the host's error `e.constructor.constructor` is the
// host's Function: so code with an import() is never run. GTM's sandbox has no modules either, and the
// checker reports it (compiler/sandbox-check.ts).
import { parse } from 'acorn';
import { walk } from '../sandbox/ast';

export interface CodePosition {
  /** 1-based, within the code. */
  line: number;
  /** 1-based. */
  column: number;
}

/** Where the code's first import() is; undefined when it has none. */
export function dynamicImportIn(code: string): CodePosition | undefined {
  // Most code never says `import`: it is not parsed.
  if (!/\bimport\b/.test(code)) return undefined;
  let program;
  try {
    program = parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      locations: true,
    });
  } catch {
    // V8 compiled what acorn cannot read: the word may be an import(), so it counts as one.
    return { line: 1, column: 1 };
  }
  let found: CodePosition | undefined;
  walk(program, (node) => {
    if (found === undefined && node.type === 'ImportExpression' && node.loc) {
      found = { line: node.loc.start.line, column: node.loc.start.column + 1 };
    }
  });
  return found;
}

/** The error a sandbox's compile throws for it, located like V8's syntax errors ("file:line"). */
export function dynamicImportError(
  at: CodePosition,
  fileName: string,
  lineOffset: number,
): SyntaxError {
  const message =
    'import() is not available in the sandbox: GTM runs no modules; require() the sandbox APIs instead';
  const error = new SyntaxError(message);
  error.stack = `${fileName}:${lineOffset + at.line}:${at.column}\nSyntaxError: ${message}`;
  return error;
}
