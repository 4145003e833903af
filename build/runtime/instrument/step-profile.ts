// The profile of counted executions: steps in total, by kind, and per function (its own code, not its
// callees), each function placed by its line in the .tpl and, in built code, its source module.
import { sourceLines } from './code-sources';
import type { StepCounter } from './step-counter';

export interface FunctionSteps {
  name: string;
  /** 1-based line in the .tpl file. */
  line: number;
  /** The source module, in built code that names its modules. */
  source?: string;
  steps: number;
  /** How often it was called (the top level: 0). */
  runs: number;
}

export interface StepProfile {
  steps: number;
  statements: number;
  calls: number;
  arrowBodies: number;
  /** Functions the code defines (the top level left out), and how many of them ran. */
  functionCount: number;
  functionsRun: number;
  /** Functions with steps, most first; the top level once per source module when modules are known. */
  functions: FunctionSteps[];
}

export interface ProfileOptions {
  /** 1-based .tpl line of the code's first line (1 when the code stands alone). */
  codeLine?: number;
  /** Executions the counts add up: figures are per execution. Default 1. */
  executions?: number;
}

export function stepProfile(counter: StepCounter, options: ProfileOptions = {}): StepProfile {
  const { slots, functions, code } = counter.instrumented;
  const codeLine = options.codeLine ?? 1;
  const per = options.executions ?? 1;
  // The counting code keeps the original's lines and comments, so its module headers place lines.
  const sources = sourceLines(code);
  const byKey = new Map<string, FunctionSteps>();
  const totals = { statement: 0, call: 0, 'arrow-body': 0 };
  const ran = new Set<number>();
  for (let i = 0; i < slots.length; i++) {
    const count = counter.counts[i] / per;
    if (count === 0) continue;
    const { kind, fn, line } = slots[i];
    if (kind === 'entry') {
      ran.add(fn);
      continue;
    }
    if (kind === 'arrow-body') ran.add(fn);
    totals[kind] += count;
    const f = functions[fn];
    // The top level, split by the module whose top-level code it is.
    const source = sources[fn === 0 ? line : f.line];
    const key = fn === 0 ? `0 ${source ?? ''}` : String(fn);
    let entry = byKey.get(key);
    if (!entry) {
      const first = fn === 0 ? line : f.line;
      entry = { name: f.name, line: codeLine + first - 1, steps: 0, runs: 0 };
      if (source !== undefined) entry.source = source;
      if (fn !== 0 && f.entry !== undefined) entry.runs = counter.counts[f.entry] / per;
      byKey.set(key, entry);
    }
    // The top level's line: where its first counted statement in the module is.
    if (fn === 0) entry.line = Math.min(entry.line, codeLine + line - 1);
    entry.steps += count;
  }
  return {
    steps: totals.statement + totals.call + totals['arrow-body'],
    statements: totals.statement,
    calls: totals.call,
    arrowBodies: totals['arrow-body'],
    functionCount: functions.length - 1,
    functionsRun: [...ran].filter((fn) => fn !== 0).length,
    functions: [...byKey.values()].sort((a, b) => b.steps - a.steps || a.line - b.line),
  };
}

const number = (n: number) =>
  Number.isInteger(n)
    ? n.toLocaleString('en-US')
    : n.toLocaleString('en-US', { maximumFractionDigits: 1 });

const count = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/** A readable profile: the totals line, then the top `top` functions as a table. */
export function formatProfile(profile: StepProfile, top = 20): string {
  const rows = profile.functions.slice(0, top);
  const withSource = rows.some((r) => r.source !== undefined);
  const head = ['steps', 'calls', 'function', 'line', ...(withSource ? ['source'] : [])];
  const cells = rows.map((r) => [
    number(r.steps),
    r.name === '(top level)' ? '' : number(r.runs),
    r.name,
    String(r.line),
    ...(withSource ? [r.source ?? ''] : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  // Counts right-aligned, names and sources left-aligned.
  const right = [true, true, false, true, false];
  const row = (c: string[]) =>
    '  ' +
    c
      .map((text, i) => (right[i] ? text.padStart(widths[i]) : text.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [
    `steps: ${number(profile.steps)} (${count(profile.statements, 'statement', 'statements')}, ` +
      `${count(profile.calls, 'call', 'calls')}, ` +
      `${count(profile.arrowBodies, 'arrow body', 'arrow bodies')}); ` +
      `${profile.functionsRun} of ${count(profile.functionCount, 'function', 'functions')} ran`,
    `top ${rows.length} by their own steps:`,
    row(head),
    ...cells.map(row),
    '',
  ].join('\n');
}
