// Where things start in a .tpl file (1-based lines), so failures can point into the file itself.
import { splitSections } from '../tpl/read';

export interface TplLines {
  file: string;
  /** First line of the sandboxed code. */
  code: number;
  /** First line of the tests' setup code, when it is a block scalar. */
  setup?: number;
  /** First code line of each scenario written as a block scalar, by scenario name. */
  scenarios: Map<string, number>;
}

export function tplLines(text: string, file: string): TplLines {
  const sections = splitSections(text, file);
  const code = sections.find((s) => s.name.startsWith('___SANDBOXED_JS_FOR'));
  const tests = sections.find((s) => s.name === '___TESTS___');
  const out: TplLines = { file, code: code?.bodyLine ?? 1, scenarios: new Map() };
  if (!tests) return out;
  const lines = tests.body.split('\n');
  let pendingName: string | undefined;
  lines.forEach((line, i) => {
    const abs = tests.bodyLine + i;
    const setup = /^setup:\s*[|>][-+]?\s*$/.exec(line);
    if (setup) out.setup = abs + 1;
    const name = /^\s*-\s+name:\s*(.*)$/.exec(line) ?? /^\s+name:\s*(.*)$/.exec(line);
    if (name) pendingName = unquote(name[1]);
    if (pendingName !== undefined && /^\s*(-\s+)?code:\s*[|>][-+]?\s*$/.test(line)) {
      if (!out.scenarios.has(pendingName)) out.scenarios.set(pendingName, abs + 1);
      pendingName = undefined;
    }
  });
  return out;
}

function unquote(text: string): string {
  const t = text.trim();
  if (t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  if (t.startsWith('"') && t.endsWith('"')) {
    try {
      return JSON.parse(t) as string;
    } catch {
      return t.slice(1, -1);
    }
  }
  return t;
}
