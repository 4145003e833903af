// Rewrites a template's code so that it counts its own steps: every statement of a block (and the
// sole statement of an if, else or loop), every call, and every evaluation of an arrow function's
// expression body add 1 to a slot of a counter array the code receives as a hidden parameter. The
// profiler and the test coverage both read those slots.
import { parse, type Node } from 'acorn';

export type SlotKind = 'statement' | 'call' | 'arrow-body' | 'entry';

/** One counted place in the code. `entry` slots count a function's invocations and are no step. */
export interface Slot {
  kind: SlotKind;
  /** Index into `functions`: the function whose own code this place is in. */
  fn: number;
  /** 1-based line in the code. */
  line: number;
}

export interface CodeFunction {
  /** Its name as the code gives it (declaration, variable, property), else `(anonymous)`. */
  name: string;
  /** 1-based line in the code where the function starts (`(top level)`: line 1). */
  line: number;
  /** The slot that counts its invocations (none for the top level). */
  entry?: number;
}

export interface InstrumentedCode {
  /** The counting code: the same lines as the original, so line numbers in stack traces hold. */
  code: string;
  /** The name of the parameter that receives the counter array; the original code never uses it. */
  counterName: string;
  slots: Slot[];
  /** Index 0 is the code's top level. */
  functions: CodeFunction[];
  /** Per line (1-based), the inserted text's [column in the counting code, length], in order. */
  insertedByLine: Map<number, [number, number][]>;
}

type AnyNode = Node & Record<string, unknown>;

interface Insertion {
  pos: number;
  text: string;
  /** Order among insertions at one position: closings (innermost first), then openings (outermost first). */
  rank: number;
}

const isNode = (value: unknown): value is AnyNode =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Where nodes hold a list of statements, each counted. */
const STATEMENT_LISTS: Record<string, string> = {
  Program: 'body',
  BlockStatement: 'body',
  StaticBlock: 'body',
  SwitchCase: 'consequent',
};

/** Where statements hold one statement (counted too, made a block when it is not one). */
const SOLE_BODY_KEYS: Record<string, string[]> = {
  IfStatement: ['consequent', 'alternate'],
  ForStatement: ['body'],
  ForInStatement: ['body'],
  ForOfStatement: ['body'],
  WhileStatement: ['body'],
  DoWhileStatement: ['body'],
  WithStatement: ['body'],
};

const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
]);

/** A parameter name the code never mentions, so the code cannot reach the counter. */
function unusedName(code: string): string {
  let name = '$steps';
  for (let i = 1; code.includes(name); i++) name = `$steps${i}`;
  return name;
}

/** The offsets where lines start, to turn an offset into a 1-based line and 0-based column. */
function lineStarts(code: string): number[] {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function keyName(key: unknown): string | undefined {
  if (!isNode(key)) return undefined;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

/**
 * The name a function is known by: its own, or that of the variable or property it is assigned to;
 * else `(anonymous in <the function it is in>)`, so a callback is found by its surroundings.
 */
function functionName(fn: AnyNode, parent: AnyNode | undefined, outer?: string): string {
  const name = assignedName(fn, parent);
  if (name !== undefined) return name;
  return outer === undefined
    ? '(anonymous)'
    : `(anonymous in ${outer.replace(/^\(anonymous in (.*)\)$/, '$1')})`;
}

function assignedName(fn: AnyNode, parent: AnyNode | undefined): string | undefined {
  const own = keyName(fn.id);
  if (own) return own;
  if (parent?.type === 'VariableDeclarator' && parent.init === fn) return keyName(parent.id);
  if (parent?.type === 'AssignmentExpression' && parent.right === fn) {
    const left = parent.left as AnyNode;
    if (left.type === 'Identifier') return left.name as string;
    if (left.type === 'MemberExpression' && !left.computed) return keyName(left.property);
  }
  if ((parent?.type === 'Property' || parent?.type === 'MethodDefinition') && parent.value === fn) {
    return keyName(parent.key);
  }
  return undefined;
}

/** The counting code, or undefined when the code does not parse (as a function body). */
export function instrumentCode(code: string): InstrumentedCode | undefined {
  let program: AnyNode;
  try {
    program = parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
    }) as unknown as AnyNode;
  } catch {
    return undefined;
  }
  const counterName = unusedName(code);
  const starts = lineStarts(code);
  const slots: Slot[] = [];
  const functions: CodeFunction[] = [{ name: '(top level)', line: 1 }];
  const insertions: Insertion[] = [];
  const opening = (pos: number, text: string, depth: number) =>
    insertions.push({ pos, text, rank: 1e6 + depth });
  const closing = (pos: number, text: string, depth: number) =>
    insertions.push({ pos, text, rank: -depth });
  const slot = (kind: SlotKind, fn: number, pos: number): string => {
    slots.push({ kind, fn, line: lineOf(starts, pos) });
    return `${counterName}[${slots.length - 1}]++`;
  };
  /**
   * A call counts itself as one more argument spread from an empty array: `f(a)` becomes
   * `f(a, ...($steps[7]++, []))`. The call passes the same arguments, its text before the arguments
   * stays as it was (V8 quotes it in errors such as "a.b(...).c is not a function"), it counts only
   * when it happens (after its arguments, not when an optional chain stops before it), and it needs
   * no parentheses around it that would change how V8 quotes an enclosing call.
   */
  function countCall(node: AnyNode, fn: number, depth: number) {
    const args = node.arguments as AnyNode[];
    const callee = node.callee as AnyNode;
    const counter = `...(${slot('call', fn, node.start)}, [])`;
    if (args.length > 0) closing(args[args.length - 1].end, `, ${counter}`, depth);
    else if (node.type === 'NewExpression' && /^[\s)]*$/.test(code.slice(callee.end, node.end))) {
      // `new X` (or `new (f())`) without an argument list.
      closing(node.end, `(${counter})`, depth);
    } else closing(node.end - 1, counter, depth);
  }

  /** A list of statements: each counted where it starts, directives after the prologue. */
  function statementList(list: AnyNode[], fn: number, depth: number, entryAt?: number) {
    let prologue = 0;
    while (prologue < list.length && typeof list[prologue].directive === 'string') prologue++;
    if (prologue > 0 || entryAt !== undefined) {
      // Nothing may come before a directive ("use strict"); its counter (and the function's entry
      // counter) goes after the prologue, behind a `;` that ends a directive written without one.
      const at = prologue > 0 ? (list[prologue - 1].end as number) : (entryAt as number);
      const lead = prologue > 0 ? ';' : '';
      const counters: string[] = [];
      if (entryAt !== undefined) {
        functions[fn].entry = slots.length;
        counters.push(slot('entry', fn, at));
      }
      for (let i = 0; i < prologue; i++) counters.push(slot('statement', fn, list[i].start));
      opening(at, `${lead}${counters.join(';')};`, depth);
    }
    for (let i = prologue; i < list.length; i++) {
      opening(list[i].start, `${slot('statement', fn, list[i].start)};`, depth + 1);
    }
    for (const statement of list) visit(statement, fn, depth + 1, undefined);
  }

  function visitFunction(node: AnyNode, outer: number, parent: AnyNode | undefined, depth: number) {
    const index = functions.length;
    functions.push({
      name: functionName(node, parent, outer === 0 ? undefined : functions[outer].name),
      line: lineOf(starts, node.start),
    });
    for (const param of node.params as AnyNode[]) visit(param, index, depth + 1, node);
    const body = node.body as AnyNode;
    if (body.type === 'BlockStatement') {
      statementList(body.body as AnyNode[], index, depth + 1, body.start + 1);
    } else {
      functions[index].entry = slots.length;
      opening(body.start, `(${slot('arrow-body', index, body.start)}, `, depth + 1);
      closing(body.end, ')', depth + 1);
      visit(body, index, depth + 2, node);
    }
  }

  function visit(node: AnyNode, fn: number, depth: number, parent: AnyNode | undefined): void {
    if (FUNCTION_TYPES.has(node.type)) return visitFunction(node, fn, parent, depth);
    if (node.type === 'CallExpression' || node.type === 'NewExpression') countCall(node, fn, depth);
    const listKey = STATEMENT_LISTS[node.type];
    const sole = SOLE_BODY_KEYS[node.type] ?? [];
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (key === listKey && Array.isArray(value)) {
        statementList(value as AnyNode[], fn, depth, undefined);
      } else if (sole.includes(key) && isNode(value) && value.type !== 'BlockStatement') {
        // The sole statement of an if, else or loop: a block of its own, so it can be counted.
        opening(value.start, `{${slot('statement', fn, value.start)};`, depth + 1);
        closing(value.end, '}', depth + 1);
        visit(value, fn, depth + 2, node);
      } else if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item, fn, depth + 1, node);
      } else if (isNode(value)) {
        visit(value, fn, depth + 1, node);
      }
    }
  }

  visit(program, 0, 0, undefined);
  return { counterName, slots, functions, ...apply(code, insertions, starts) };
}

/** The code with the insertions made, and where each landed (per line) to map columns back. */
function apply(
  code: string,
  insertions: Insertion[],
  starts: number[],
): Pick<InstrumentedCode, 'code' | 'insertedByLine'> {
  const sorted = insertions
    .map((insertion, order) => ({ ...insertion, order }))
    .sort((a, b) => a.pos - b.pos || a.rank - b.rank || a.order - b.order);
  const parts: string[] = [];
  const insertedByLine = new Map<number, [number, number][]>();
  let from = 0;
  // Column shift of the current line so far in the counting code.
  let line = 0;
  let shift = 0;
  for (const { pos, text } of sorted) {
    parts.push(code.slice(from, pos));
    from = pos;
    const at = lineOf(starts, pos);
    if (at !== line) {
      line = at;
      shift = 0;
    }
    const column = pos - starts[at - 1] + shift;
    const list = insertedByLine.get(at) ?? [];
    list.push([column, text.length]);
    insertedByLine.set(at, list);
    shift += text.length;
    parts.push(text);
  }
  parts.push(code.slice(from));
  return { code: parts.join(''), insertedByLine };
}

/** A 1-based column of the counting code's `line` as the original code's column. */
export function originalColumn(
  instrumented: InstrumentedCode,
  line: number,
  column: number,
): number {
  let out = column;
  for (const [at, length] of instrumented.insertedByLine.get(line) ?? []) {
    // `at` is 0-based; a position inside inserted text maps to where the text was inserted.
    if (at + length <= column - 1) out -= length;
    else if (at <= column - 1) out -= column - 1 - at;
  }
  return out;
}
