// Coverage of counted executions (a template's own test scenarios): per function, how many of its
// statements ran at least once and the .tpl lines of those that never did. An arrow function's
// expression body counts as one statement, so an arrow no scenario called shows as missed too.
import type { StepCounter } from './step-counter';

export interface FunctionCoverage {
  name: string;
  /** 1-based .tpl line where the function starts. */
  line: number;
  statements: number;
  reached: number;
  /** .tpl lines of the statements never reached, ascending, each once. */
  missedLines: number[];
  /** Whether it was called at all (the top level: always). */
  called: boolean;
}

export interface Coverage {
  statements: number;
  reached: number;
  /** Every function, in the order of the code. */
  functions: FunctionCoverage[];
}

/** `codeLine`: the 1-based .tpl line of the code's first line. */
export function coverageOf(counter: StepCounter, codeLine = 1): Coverage {
  const { slots, functions } = counter.instrumented;
  const out: FunctionCoverage[] = functions.map((f, i) => ({
    name: f.name,
    line: codeLine + f.line - 1,
    statements: 0,
    reached: 0,
    missedLines: [],
    called: i === 0 || (f.entry !== undefined && counter.counts[f.entry] > 0),
  }));
  for (let i = 0; i < slots.length; i++) {
    const { kind, fn, line } = slots[i];
    if (kind !== 'statement' && kind !== 'arrow-body') continue;
    const f = out[fn];
    f.statements++;
    if (counter.counts[i] > 0) f.reached++;
    else {
      const at = codeLine + line - 1;
      if (!f.missedLines.includes(at)) f.missedLines.push(at);
    }
  }
  for (const f of out) f.missedLines.sort((a, b) => a - b);
  return {
    statements: out.reduce((n, f) => n + f.statements, 0),
    reached: out.reduce((n, f) => n + f.reached, 0),
    functions: out,
  };
}

/** Lines as ranges: 12, 14-16, 20. */
export function lineRanges(lines: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(j === i ? String(lines[i]) : `${lines[i]}-${lines[j]}`);
    i = j;
  }
  return parts.join(', ');
}

export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const percent = (part: number, whole: number) =>
  whole === 0 ? '100 %' : `${((100 * part) / whole).toFixed(1)} %`;

/**
 * What `test --coverage` prints: the total in a line, then a row per function with a statement no
 * scenario reached (the missed lines, or "never called") and the total row.
 */
export function formatCoverage(coverage: Coverage, title: string): string {
  const missing = coverage.functions.filter((f) => f.reached < f.statements);
  const full = coverage.functions.length - missing.length;
  const head = ['function', 'line', 'statements', 'reached', 'missed lines'];
  const cells = missing.map((f) => [
    f.name,
    String(f.line),
    String(f.statements),
    String(f.reached),
    f.called ? lineRanges(f.missedLines) : `never called (${lineRanges(f.missedLines)})`,
  ]);
  const total = ['total', '', String(coverage.statements), String(coverage.reached), ''];
  const all = [head, ...cells, total];
  const widths = head.map((_, i) => Math.max(...all.map((c) => c[i].length)));
  const right = [false, true, true, true, false];
  const row = (c: string[]) =>
    '  ' +
    c
      .map((text, i) => (right[i] ? text.padStart(widths[i]) : text.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const lines = [
    `coverage of ${title}: ${coverage.reached} of ${plural(coverage.statements, 'statement')} ` +
      `reached (${percent(coverage.reached, coverage.statements)}); ${full} of ` +
      `${plural(coverage.functions.length, 'function')} (the top level included) fully reached`,
  ];
  if (missing.length > 0) lines.push(row(head), ...cells.map(row), row(total));
  else lines.push('  every statement was reached');
  lines.push('');
  return lines.join('\n');
}
