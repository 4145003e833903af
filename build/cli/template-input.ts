// What `run` and `serve` read before running a template: the file as a server template, the values of
// its fields when it has any, and JSON objects given as a file or inline.
import * as fs from 'node:fs';
import { dataFieldNames } from '../definition/field-checks';
import type { TplFile } from '../tpl/model';
import { readTpl } from '../tpl/read';
import { UsageError } from './command';

/** The .tpl's text and its parsed form; a usage error when unreadable or a web template. */
export function readServerTemplate(file: string): { text: string; tpl: TplFile } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  const tpl = readTpl(text, file);
  if (tpl.codeSection !== '___SANDBOXED_JS_FOR_SERVER___') {
    throw new UsageError(`${file} is a web template; only server templates run here`);
  }
  return { text, tpl };
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
