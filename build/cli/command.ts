// What every sub-command shares: its options declared once (type, placeholder, help text), parsed
// with node:util's parseArgs, and turned into the command's help and its one-line usage errors.
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean' | 'number';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help, e.g. 'FILE'. */
  value?: string;
  help: string;
  /** Numbers: the smallest value allowed (default 0). Numbers are whole. */
  min?: number;
  /** Numbers: the largest value allowed, if any. */
  max?: number;
  /** Strings: the only values allowed. */
  choices?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean | undefined
  : S['type'] extends 'number'
    ? number | undefined
    : S['multiple'] extends true
      ? string[] | undefined
      : string | undefined;

export interface ParsedArgs<O extends OptionSpecs = OptionSpecs> {
  values: { [K in keyof O]: ValueOf<O[K]> };
  operands: string[];
}

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The operands as the usage line shows them, e.g. '[FILE.tpl...]'. */
  operands: string;
  /** How many operands it takes: [least, most]. */
  operandCount: readonly [number, number];
  /** Paragraphs after the usage line. */
  description: string;
  options: O;
  /** The implementation, loaded only when the command runs (so `check` never loads TypeScript). */
  load(): Promise<(args: ParsedArgs<O>) => Promise<number>>;
}

/** A mistake in how the command was called: exit 2 with one line that ends with where to look. */
export class UsageError extends Error {}

/**
 * A file the user named that is missing or not what the command reads (a .tpl that does not parse):
 * one line, exit 2, like a usage error, but without the pointer to --help.
 */
export class InputError extends UsageError {}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

function flag(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.value ? ` ${spec.value}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : long;
}

/** The synopsis, a part per item: every option, e.g. `run [FILE.tpl] [--data F.json] ... [--live]`. */
export function synopsis(spec: CommandSpec): string[] {
  const options = Object.entries(spec.options).map(
    ([name, o]) => `[--${name}${o.value ? ` ${o.value}` : ''}]${o.multiple ? '...' : ''}`,
  );
  return [spec.name, spec.operands, ...options].filter(Boolean);
}

const WIDTH = 100;

/** `words` filled into lines of at most WIDTH characters; lines after the first start with `hang`. */
export function wrap(first: string, words: string[], hang: string): string {
  const lines = [first];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last.length + word.length + 1 > WIDTH && last.trim() !== '') lines.push(hang + word);
    else lines[lines.length - 1] = last + (last === first && first.endsWith(' ') ? '' : ' ') + word;
  }
  return lines.join('\n');
}

export function commandHelp(spec: CommandSpec): string {
  const options = Object.entries({ ...spec.options, help: HELP_OPTION });
  const width = Math.max(...options.map(([name, o]) => flag(name, o).length)) + 3;
  const lines = options.map(([name, o]) => {
    const start = `  ${flag(name, o).padEnd(width)}`;
    const help = `${o.help}${o.multiple ? ' (repeatable)' : ''}`;
    return wrap(start, help.split(' '), ' '.repeat(start.length));
  });
  const usage = wrap('usage: sgtm-template ', synopsis(spec), '    ');
  return `${usage}\n\n${spec.description.trim()}\n\noptions:\n${lines.join('\n')}\n`;
}

function toNumber(name: string, text: string, spec: OptionSpec): number {
  const min = spec.min ?? 0;
  const n = Number(text);
  const tooLarge = spec.max !== undefined && n > spec.max;
  if (text.trim() === '' || !Number.isInteger(n) || n < min || tooLarge) {
    const range = spec.max === undefined ? `${min} or more` : `from ${min} to ${spec.max}`;
    throw new UsageError(
      `--${name} ${text}: expected a whole number${spec.value === 'MS' ? ' of milliseconds' : ''}, ${range}`,
    );
  }
  return n;
}

/** The option a parseArgs error is about, e.g. '--frobnicate'. */
const optionIn = (message: string) => /'(-{1,2}[^' =]+)/.exec(message)?.[1] ?? 'an option';

export function parseCommandArgs<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  argv: string[],
): ParsedArgs<O> & { help: boolean } {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
  > = {};
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP_OPTION })) {
    options[name] = {
      type: o.type === 'boolean' ? 'boolean' : 'string',
      ...(o.short ? { short: o.short } : {}),
      ...(o.multiple ? { multiple: true } : {}),
    };
  }
  // `--timeout -5` is a (bad) value, not an option: hand it to parseArgs as `--timeout=-5`.
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : '';
    if (spec.options[name]?.type === 'number' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${argv[i]}=${next}`);
      i++;
    } else {
      joined.push(argv[i]);
    }
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: joined, options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(`unknown option ${optionIn(message)}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = optionIn(message);
      const name = option.replace(/^-+/, '');
      const expected = spec.options[name]?.value ?? 'a value';
      throw new UsageError(
        spec.options[name]?.type === 'boolean' || name === 'help'
          ? `${option} takes no value`
          : `${option} needs a value (${expected})`,
      );
    }
    throw new UsageError(message.split('. ')[0]);
  }
  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(spec.options)) {
    const raw = parsed.values[name];
    if (raw === undefined) continue;
    if (o.type === 'number') values[name] = toNumber(name, raw as string, o);
    else if (o.choices && !o.choices.includes(raw as string)) {
      throw new UsageError(`--${name} ${String(raw)}: expected ${o.choices.join(' or ')}`);
    } else values[name] = raw;
  }
  const help = parsed.values.help === true;
  const operands = parsed.positionals;
  const [least, most] = spec.operandCount;
  if (!help && operands.length > most) {
    throw new UsageError(
      most === 0
        ? `unexpected argument ${operands[0]}; this command takes options only`
        : `too many arguments (${operands.slice(most).join(' ')}); it takes ${spec.operands}`,
    );
  }
  if (!help && operands.length < least) throw new UsageError(`name ${spec.operands}`);
  return { values: values as ParsedArgs<O>['values'], operands, help };
}
