// A step counter for one template's code: the counting code compiled in place of the template's own,
// and the counts its executions add up. The counter array reaches the code as a parameter whose name
// the code never uses, so the template can neither see nor change it, and the runtime's sandbox,
// permissions and APIs stay exactly as they are.
import type { CompiledCode, Sandbox } from '../sandbox';
import { instrumentCode, originalColumn, type InstrumentedCode } from './instrument-code';

export interface StepCounter {
  readonly instrumented: InstrumentedCode;
  /** Per slot of `instrumented.slots`, how often it ran, over every execution so far. */
  readonly counts: Float64Array;
  /**
   * The template's code as startExecution would compile it (the same parameters, file name and line
   * offset), counting into `counts`. `code` must be the code the counter was made for.
   */
  compile(sandbox: Sandbox, code: string, fileName: string, lineOffset: number): CompiledCode;
  /** `text` with the columns of `fileName:line:column` references turned back into the original's. */
  restoreColumns(text: string, fileName: string, lineOffset: number): string;
  /** Back to zero, e.g. after warming up. */
  reset(): void;
}

// Instrumenting is a parse and a walk: done once per code text (tests and benchmarks repeat it).
const cache = new Map<string, InstrumentedCode>();

function instrumented(code: string): InstrumentedCode {
  let found = cache.get(code);
  if (!found) {
    found = instrumentCode(code) ?? uncounted(code);
    if (cache.size >= 8) cache.delete(cache.keys().next().value as string);
    cache.set(code, found);
  }
  return found;
}

/**
 * Code that does not parse runs as it is, counting nothing: compiling it then fails as the plain
 * code's compilation does, with the same error.
 */
function uncounted(code: string): InstrumentedCode {
  return {
    code,
    counterName: '$steps',
    slots: [],
    functions: [{ name: '(top level)', line: 1 }],
    insertedByLine: new Map(),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createStepCounter(code: string): StepCounter {
  const inst = instrumented(code);
  const counts = new Float64Array(inst.slots.length);
  // What the code gets (sloppy code reaches it as `arguments[2]`): a view of the same counts without
  // a prototype, so no constructor of the host's leads from it to the host's Function.
  const slots = Object.setPrototypeOf(new Float64Array(counts.buffer), null) as Float64Array;
  return {
    instrumented: inst,
    counts,
    compile(sandbox, given, fileName, lineOffset) {
      if (given !== code) {
        throw new Error('this step counter was made for another template code; make one per code');
      }
      const fn = sandbox.compile(
        inst.code,
        ['data', 'require', inst.counterName],
        fileName,
        lineOffset,
      );
      return (data, requireFn) => fn(data, requireFn, slots);
    },
    restoreColumns(text, fileName, lineOffset) {
      const re = new RegExp(`(${escape(fileName)}:)(\\d+):(\\d+)`, 'g');
      return text.replace(re, (_match, head: string, line: string, column: string) => {
        const codeLine = Number(line) - lineOffset;
        return `${head}${line}:${originalColumn(inst, codeLine, Number(column))}`;
      });
    },
    reset() {
      counts.fill(0);
    },
  };
}

/** Steps (every slot but function entries) in total. */
export function totalSteps(counter: StepCounter): number {
  let total = 0;
  const { slots } = counter.instrumented;
  for (let i = 0; i < slots.length; i++) if (slots[i].kind !== 'entry') total += counter.counts[i];
  return total;
}
