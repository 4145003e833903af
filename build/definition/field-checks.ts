// Build-time checks of a field tree that the types cannot express (or that JavaScript callers skip):
// each problem is one sentence naming the field by its path and saying what to change.
import type { Field, RadioItem, SelectItem } from './field-types';
import type { EnablingCondition, Validator } from './validators';

// Type-checked under the sandbox lib too (see define-template.ts); at build time this is Node's RegExp.
declare const RegExp: new (pattern: string) => object;

interface Located {
  field: Field;
  path: string;
}

const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
const RESERVED_NAMES = ['gtmOnSuccess', 'gtmOnFailure'];

/** Every field with its path in the definition (`fields[2].subParams[0]`), depth first. */
export function listFields(fields: readonly Field[], base = 'fields'): Located[] {
  const out: Located[] = [];
  fields.forEach((field, index) => out.push(...listField(field, base + '[' + index + ']')));
  return out;
}

/**
 * The names `data` carries: every field with a value, from a definition's fields or a .tpl's
 * ___TEMPLATE_PARAMETERS___ (not groups, labels, or the columns of a table, which are in its rows).
 */
export function dataFieldNames(fields: readonly unknown[]): string[] {
  return listFields(fields as readonly Field[])
    .filter(
      ({ field, path }) =>
        path.indexOf('paramTableColumns') === -1 &&
        field.type !== 'GROUP' &&
        field.type !== 'LABEL' &&
        typeof field.name === 'string',
    )
    .map(({ field }) => field.name);
}

function listField(field: Field, path: string): Located[] {
  const out: Located[] = [{ field, path }];
  const subParams = (field as { subParams?: readonly Field[] }).subParams;
  if (subParams) out.push(...listFields(subParams, path + '.subParams'));
  if (field.type === 'RADIO') {
    field.radioItems.forEach((item: RadioItem, itemIndex: number) => {
      if (item.subParams) {
        out.push(...listFields(item.subParams, path + '.radioItems[' + itemIndex + '].subParams'));
      }
    });
  }
  if (field.type === 'PARAM_TABLE') {
    // Column params live in the row dialog: their names are unique within the table only.
    field.paramTableColumns.forEach((column, columnIndex) => {
      out.push(...listField(column.param, path + '.paramTableColumns[' + columnIndex + '].param'));
    });
  }
  return out;
}

function describe(located: Located): string {
  return located.path + " ('" + located.field.name + "')";
}

function itemsOf(field: Field): readonly (SelectItem | RadioItem)[] | undefined {
  if (field.type === 'SELECT') return field.selectItems;
  if (field.type === 'RADIO') return field.radioItems;
  return undefined;
}

function regexProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return (error as { message: string }).message;
  }
}

function validatorProblems(where: string, validators: readonly Validator[] | undefined): string[] {
  const problems: string[] = [];
  for (const validator of validators || []) {
    if (validator.type === 'REGEX') {
      const problem = regexProblem(validator.args[0]);
      if (problem !== undefined) {
        problems.push(where + ': REGEX validator pattern does not compile (' + problem + ')');
      }
    }
    if (validator.type === 'STRING_LENGTH' || validator.type === 'TABLE_ROW_COUNT') {
      const [min, max] = validator.args;
      if (!(min >= 0 && max >= min)) {
        problems.push(
          where + ': ' + validator.type + ' needs 0 <= min <= max, got [' + min + ', ' + max + ']',
        );
      }
    }
  }
  return problems;
}

function conditionProblems(
  where: string,
  conditions: readonly EnablingCondition[] | undefined,
  byName: { [name: string]: Field },
): string[] {
  const problems: string[] = [];
  for (const condition of conditions || []) {
    const target = byName.hasOwnProperty(condition.paramName)
      ? byName[condition.paramName]
      : undefined;
    if (target === undefined) {
      problems.push(
        where +
          ": enabling condition refers to field '" +
          condition.paramName +
          "', which does not exist",
      );
      continue;
    }
    const items = itemsOf(target);
    const macros = target.type === 'SELECT' && target.macrosInSelect === true;
    if (items && !macros && !items.some((item) => item.value === condition.paramValue)) {
      problems.push(
        where +
          ": enabling condition compares '" +
          condition.paramName +
          "' with '" +
          condition.paramValue +
          "', which is not one of its items (" +
          items.map((item) => "'" + item.value + "'").join(', ') +
          ')',
      );
    }
    if (target.type === 'CHECKBOX' && typeof condition.paramValue !== 'boolean') {
      problems.push(
        where +
          ": enabling condition compares checkbox '" +
          condition.paramName +
          "' with a string; use when('" +
          condition.paramName +
          "').equals(true) or .equals(false)",
      );
    }
  }
  return problems;
}

/**
 * The fields an enabling condition may name: the other columns of its row for a PARAM_TABLE column
 * (the row dialog has only those), the template's named fields otherwise.
 */
function conditionScope(
  located: Located,
  all: readonly Located[],
  topLevel: { [name: string]: Field },
): { [name: string]: Field } {
  const at = located.path.lastIndexOf('.paramTableColumns[');
  if (at < 0) return topLevel;
  const tablePath = located.path.slice(0, at);
  const table = all.filter((candidate) => candidate.path === tablePath)[0];
  const columns: { [name: string]: Field } = {};
  if (table && table.field.type === 'PARAM_TABLE') {
    for (const column of table.field.paramTableColumns) columns[column.param.name] = column.param;
  }
  return columns;
}

/** Problems of a whole field list (empty when it is valid). */
export function describeFieldProblems(fields: readonly Field[] | undefined): string[] {
  if (!fields || typeof fields.length !== 'number') {
    return ['fields must be an array of fields built with text(), select(), checkbox()...'];
  }
  const problems: string[] = [];
  const all = listFields(fields);
  const topLevel = all.filter((located) => located.path.indexOf('.paramTableColumns[') < 0);
  const byName: { [name: string]: Field } = {};
  const firstPath: { [name: string]: string } = {};
  for (const located of topLevel) {
    const name = located.field.name;
    if (typeof name !== 'string' || name.match(NAME_PATTERN) === null) {
      problems.push(
        located.path +
          ": field name '" +
          name +
          "' is not an identifier; use letters, digits and _ (it becomes data." +
          name +
          ')',
      );
    } else if (RESERVED_NAMES.indexOf(name) >= 0) {
      problems.push(
        describe(located) + ': the name is reserved for the callback GTM passes in data; rename it',
      );
    } else if (firstPath.hasOwnProperty(name)) {
      problems.push(
        describe(located) +
          ': duplicate field name, already used by ' +
          firstPath[name] +
          '; every field needs its own name',
      );
    } else {
      firstPath[name] = located.path;
      byName[name] = located.field;
    }
  }
  for (const located of all) {
    const field = located.field;
    const where = describe(located);
    const items = itemsOf(field);
    if (items) {
      const seen: string[] = [];
      for (const item of items) {
        if (seen.indexOf(item.value) >= 0) {
          problems.push(where + ": item value '" + item.value + "' appears twice");
        }
        seen.push(item.value);
      }
      const defaultValue = (field as { defaultValue?: unknown }).defaultValue;
      if (defaultValue !== undefined && seen.indexOf(defaultValue as string) < 0) {
        problems.push(
          where +
            ": defaultValue '" +
            defaultValue +
            "' is not one of the items (" +
            seen.map((value) => "'" + value + "'").join(', ') +
            ')',
        );
      }
    }
    if (field.type === 'SIMPLE_TABLE') {
      const columnNames = field.simpleTableColumns.map((column) => column.name);
      if (columnNames.length === 0) problems.push(where + ': a table needs at least one column');
      columnNames.forEach((name, index) => {
        if (columnNames.indexOf(name) !== index) {
          problems.push(where + ": column name '" + name + "' appears twice");
        }
      });
      field.simpleTableColumns.forEach((column, index) => {
        problems.push(
          ...validatorProblems(
            where + '.simpleTableColumns[' + index + ']',
            column.valueValidators,
          ),
        );
      });
    }
    if (field.type === 'PARAM_TABLE') {
      const names = field.paramTableColumns.map((column) => column.param.name);
      names.forEach((name, index) => {
        if (names.indexOf(name) !== index) {
          problems.push(where + ": column param name '" + name + "' appears twice");
        }
      });
    }
    problems.push(
      ...validatorProblems(where, (field as { valueValidators?: Validator[] }).valueValidators),
    );
    problems.push(
      ...conditionProblems(where, field.enablingConditions, conditionScope(located, all, byName)),
    );
  }
  return problems;
}
