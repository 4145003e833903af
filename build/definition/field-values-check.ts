// Field values given from outside (`run --data`, `serve --fields`, serve's PUT /api/fields) checked
// against a template's fields: a name no field has is a warning naming the nearest field; a value that
// no GTM field of that kind could hold (an object in a text field, "yes" in a checkbox, a value a
// select does not list) is an error naming the field. One sentence each.
import type { Field } from './field-types';
import { listFields } from './field-checks';

export interface FieldValueProblem {
  /** The name as given. */
  name: string;
  severity: 'error' | 'warning';
  message: string;
}

type Kind = 'a string' | 'a number' | 'true' | 'false' | 'null' | 'a list' | 'an object';

function kindOf(value: unknown): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'string') return 'a string';
  return 'an object';
}

const shown = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : kindOf(value);

const isRow = (row: unknown) => typeof row === 'object' && row !== null && !Array.isArray(row);

/** Why `value` cannot be this field's value, or undefined when it can. */
function valueProblem(field: Field, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const kind = kindOf(value);
  switch (field.type) {
    case 'TEXT':
      // A text field holds text, or a variable that resolves to a number or a boolean.
      return kind === 'a list' || kind === 'an object'
        ? `is a text field: expected a string (or a number or boolean), got ${kind}`
        : undefined;
    case 'CHECKBOX':
      return typeof value === 'boolean'
        ? undefined
        : `is a checkbox: expected true or false, got ${shown(value)}`;
    case 'SELECT':
    case 'RADIO': {
      if (kind === 'a list' || kind === 'an object') {
        return `is a ${field.type === 'SELECT' ? 'select' : 'radio'} field: expected one of its values, got ${kind}`;
      }
      if (field.type === 'SELECT' && field.macrosInSelect) return undefined;
      const items = (field.type === 'SELECT' ? field.selectItems : field.radioItems) ?? [];
      const values = items.map((item) => item.value);
      return values.some((v) => v === value)
        ? undefined
        : `is a ${field.type === 'SELECT' ? 'select' : 'radio'} field: expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown(value)}`;
    }
    case 'SIMPLE_TABLE':
    case 'PARAM_TABLE': {
      const table = field.type === 'SIMPLE_TABLE' ? 'simple table' : 'param table';
      if (!Array.isArray(value)) return `is a ${table}: expected a list of rows, got ${kind}`;
      const bad = value.findIndex((row) => !isRow(row));
      return bad === -1
        ? undefined
        : `is a ${table}: row ${bad + 1} must be an object of column values, got ${kindOf(value[bad])}`;
    }
    default:
      return undefined;
  }
}

/** Edit distance, case-insensitive letters counting half, so `atsConfigID` is nearest `atsConfigId`. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1];
      const y = b[j - 1];
      const cost = x === y ? 0 : x.toLowerCase() === y.toLowerCase() ? 0.5 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

function nearest(name: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** `values` checked against the fields of a definition or a .tpl's ___TEMPLATE_PARAMETERS___. */
export function checkFieldValues(
  fields: readonly unknown[],
  values: Record<string, unknown>,
): FieldValueProblem[] {
  const byName = new Map<string, Field>();
  for (const { field, path } of listFields(fields as readonly Field[])) {
    // The columns of a param table are in its rows, not in `data`; groups and labels hold no value.
    if (path.includes('paramTableColumns') || field.type === 'GROUP' || field.type === 'LABEL')
      continue;
    if (typeof field.name === 'string' && !byName.has(field.name)) byName.set(field.name, field);
  }
  const names = [...byName.keys()];
  const problems: FieldValueProblem[] = [];
  for (const [name, value] of Object.entries(values)) {
    const field = byName.get(name);
    if (!field) {
      const near = nearest(name, names);
      problems.push({
        name,
        severity: 'warning',
        message: `${name} is not a field of this template${near ? `; did you mean ${near}?` : names.length > 0 ? ` (its fields: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''})` : ''}`,
      });
      continue;
    }
    const problem = valueProblem(field, value);
    if (problem) problems.push({ name, severity: 'error', message: `${name} ${problem}` });
  }
  return problems;
}
