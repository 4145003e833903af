// What `run` and `serve` read before running a template: the file as a server template, the values of
// its fields when it has any, and JSON objects given as a file or inline.
import * as fs from 'node:fs';
import { dataFieldNames } from '../definition/field-checks';
import type { TplFile } from '../tpl/model';
import { checkFieldValues } from '../definition/field-values-check';
import { InputError, UsageError } from './command';
import { parseInputTpl, readInputText } from './input-files';

/** The .tpl's text and its parsed form; an input error when unreadable, not a .tpl, or a web template. */
export function readServerTemplate(file: string): { text: string; tpl: TplFile } {
  const text = readInputText(file);
  const { tpl } = parseInputTpl(text, file);
  if (tpl.codeSection !== '___SANDBOXED_JS_FOR_SERVER___') {
    throw new InputError(`${file} is a web template; only server templates run here`);
  }
  return { text, tpl };
}

/**
 * Field values given through `flag` (a file or inline JSON), checked against the template's fields:
 * a value no field could hold is a usage error naming the field; a name no field has is printed as a
 * warning (with the nearest field name) and kept.
 */
export function readFieldValues(
  command: string,
  tpl: TplFile,
  given: string,
  flag: string,
): Record<string, unknown> {
  const values = readJsonObject(given, flag);
  const problems = checkFieldValues(tpl.parameters, values);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new UsageError(`${flag}: ${errors.map((p) => p.message).join('; ')}`);
  for (const p of problems)
    process.stderr.write(`sgtm-template ${command}: warning: ${flag}: ${p.message}\n`);
  return values;
}

/** A template with fields runs only with their values given, through `flag` (e.g. `--data`). */
export function requireFieldValues(
  file: string,
  tpl: TplFile,
  given: string | undefined,
  flag: string,
  empty: string,
): void {
  const fields = dataFieldNames(tpl.parameters);
  if (given !== undefined || fields.length === 0) return;
  const shown = fields.slice(0, 3).join(', ') + (fields.length > 3 ? ', …' : '');
  throw new UsageError(
    `${file} has fields (${shown}): give their values with ${flag} F.json (${flag} '{}' for ${empty})`,
  );
}

/** A JSON object given as a file or inline (`--data '{"a": 1}'`). */
export function readJsonObject(value: string, flag: string): Record<string, unknown> {
  const inline = /^\s*[{[]/.test(value);
  let text = value;
  if (!inline) {
    try {
      text = fs.readFileSync(value, 'utf8');
    } catch (error) {
      throw new UsageError(
        `${flag} ${value}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error}); give a JSON file or inline JSON`,
      );
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${flag} ${inline ? '' : `${value}: `}not JSON (${(error as Error).message})`,
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`${flag}${inline ? '' : ` ${value}`}: expected a JSON object`);
  }
  return parsed as Record<string, unknown>;
}
