// Typed builders for GTM's UI fields. Each returns the field exactly as GTM stores it in
// ___TEMPLATE_PARAMETERS___ (keys in the order GTM's editor writes them, absent options left out),
// while `const` type parameters keep literal names and item values for `FieldValues`.
//
// Option names follow GTM's keys, except three shorter ones: `validators` (valueValidators), `items`
// (selectItems / radioItems) and `columns` (simpleTableColumns / paramTableColumns).
//
// Type-checked under the sandbox lib too (see validators.ts): no globals beyond objects and arrays.
import type {
  CheckboxField,
  CommonKeys,
  Field,
  GroupField,
  GroupStyle,
  LabelField,
  ParamTableColumn,
  ParamTableField,
  RadioField,
  RadioItem,
  SelectField,
  SelectItem,
  SimpleTableColumn,
  SimpleTableField,
  TextField,
} from './field-types';
import type { EnablingCondition, Validator } from './validators';

/**
 * Copies the keys of `source` that are set, in the order of `keys`; any other key (one GTM has that
 * these builders do not type, passed from JavaScript) follows in its own order rather than being lost.
 */
function ordered<T>(keys: readonly string[], source: { [key: string]: unknown }): T {
  const out: { [key: string]: unknown } = {};
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  for (const key in source) {
    if (keys.indexOf(key) < 0 && source[key] !== undefined) out[key] = source[key];
  }
  return out as T;
}

interface Shared {
  displayName?: string;
  help?: string;
  enablingConditions?: EnablingCondition[];
}

export interface TextOptions extends Shared {
  validators?: Validator[];
  defaultValue?: string;
  canBeEmptyString?: boolean;
  valueHint?: string;
  alwaysInSummary?: boolean;
  lineCount?: number;
  valueUnit?: string;
}

const TEXT_KEYS = [
  'type',
  'name',
  'displayName',
  'simpleValueType',
  'help',
  'valueValidators',
  'enablingConditions',
  'defaultValue',
  'canBeEmptyString',
  'valueHint',
  'alwaysInSummary',
  'lineCount',
  'valueUnit',
] as const;

/** A text input. Its value in `data` is `unknown`: it may hold a variable of any type. */
export function text<const N extends string>(name: N, options: TextOptions = {}): TextField<N> {
  const { validators, ...rest } = options;
  return ordered(TEXT_KEYS, {
    ...rest,
    type: 'TEXT',
    name,
    simpleValueType: true,
    valueValidators: validators,
  });
}

export interface SelectOptions<
  V extends string,
  M extends boolean,
  S extends readonly Field[],
> extends Shared {
  items: readonly SelectItem<V>[];
  /** Must be the value of one of `items`. */
  defaultValue?: NoInfer<V>;
  macrosInSelect?: M;
  subParams?: S;
  validators?: Validator[];
  notSetText?: string;
  alwaysInSummary?: boolean;
}

const SELECT_KEYS = [
  'type',
  'name',
  'displayName',
  'macrosInSelect',
  'selectItems',
  'simpleValueType',
  'help',
  'notSetText',
  'subParams',
  'defaultValue',
  'enablingConditions',
  'valueValidators',
  'alwaysInSummary',
] as const;

/** A drop-down. Its value is one of the item values (anything, with `macrosInSelect: true`). */
export function select<
  const N extends string,
  const V extends string,
  const M extends boolean = false,
  const S extends readonly Field[] = [],
>(name: N, options: SelectOptions<V, M, S>): SelectField<N, V, M, S> {
  const { items, validators, ...rest } = options;
  return ordered(SELECT_KEYS, {
    ...rest,
    type: 'SELECT',
    name,
    selectItems: items,
    simpleValueType: true,
    valueValidators: validators,
  });
}

export interface CheckboxOptions<S extends readonly Field[]> extends Shared {
  checkboxText: string;
  defaultValue?: boolean;
  subParams?: S;
  alwaysInSummary?: boolean;
}

const CHECKBOX_KEYS = [
  'type',
  'name',
  'displayName',
  'checkboxText',
  'simpleValueType',
  'help',
  'defaultValue',
  'subParams',
  'enablingConditions',
  'alwaysInSummary',
] as const;

/** A checkbox. Its value is `true`, `false`, or undefined in tags saved before the field existed. */
export function checkbox<const N extends string, const S extends readonly Field[] = []>(
  name: N,
  options: CheckboxOptions<S>,
): CheckboxField<N, S> {
  return ordered(CHECKBOX_KEYS, { ...options, type: 'CHECKBOX', name, simpleValueType: true });
}

export interface RadioOptions<I extends readonly RadioItem[]> extends Shared {
  items: I;
  /** Must be the value of one of `items`. */
  defaultValue?: NoInfer<I[number]['value']>;
  validators?: Validator[];
}

const RADIO_KEYS = [
  'type',
  'name',
  'displayName',
  'radioItems',
  'simpleValueType',
  'help',
  'defaultValue',
  'enablingConditions',
  'valueValidators',
] as const;

const RADIO_ITEM_KEYS = ['value', 'displayValue', 'help', 'subParams'] as const;

/** Radio buttons; each item may carry its own sub-fields, shown when it is chosen. */
export function radio<const N extends string, const I extends readonly RadioItem[]>(
  name: N,
  options: RadioOptions<I>,
): RadioField<N, I> {
  const { items, validators, ...rest } = options;
  return ordered(RADIO_KEYS, {
    ...rest,
    type: 'RADIO',
    name,
    radioItems: items.map((item) => ordered<RadioItem>(RADIO_ITEM_KEYS, { ...item })),
    simpleValueType: true,
    valueValidators: validators,
  });
}

export interface GroupOptions<S extends readonly Field[]> extends Shared {
  groupStyle?: GroupStyle;
  subParams: S;
}

const GROUP_KEYS = [
  'type',
  'name',
  'displayName',
  'groupStyle',
  'subParams',
  'help',
  'enablingConditions',
] as const;

/** A (collapsible) section. Its sub-fields appear in `data` at the top level, under their own names. */
export function group<const N extends string, const S extends readonly Field[]>(
  name: N,
  options: GroupOptions<S>,
): GroupField<N, S> {
  return ordered(GROUP_KEYS, { ...options, type: 'GROUP', name });
}

const LABEL_KEYS = ['type', 'name', 'displayName', 'help', 'enablingConditions'] as const;

/** Static text in the UI; no value in `data`. */
export function label<const N extends string>(name: N, options: CommonKeys): LabelField<N> {
  return ordered(LABEL_KEYS, { ...options, type: 'LABEL', name });
}

export interface ColumnOptions<C extends string> {
  name: C;
  displayName: string;
  type: 'TEXT' | 'SELECT';
  isUnique?: boolean;
  validators?: Validator[];
  /** GTM always stores one; '' unless given. */
  defaultValue?: string;
  valueHint?: string;
  /** For `type: 'SELECT'` columns. */
  items?: readonly SelectItem[];
}

const COLUMN_KEYS = [
  'valueValidators',
  'defaultValue',
  'displayName',
  'name',
  'isUnique',
  'type',
  'selectItems',
  'valueHint',
] as const;

export interface SimpleTableOptions<C extends string> extends Shared {
  columns: readonly ColumnOptions<C>[];
  validators?: Validator[];
  newRowButtonText?: string;
  /** The rows a new tag starts with; `[]` states "no rows" explicitly. */
  defaultValue?: readonly Readonly<Record<C, string>>[];
}

const SIMPLE_TABLE_KEYS = [
  'type',
  'name',
  'displayName',
  'simpleTableColumns',
  'defaultValue',
  'valueValidators',
  'newRowButtonText',
  'help',
  'enablingConditions',
] as const;

/** A table of text/select cells; in `data`, an array of rows keyed by column name. */
export function simpleTable<const N extends string, const C extends string>(
  name: N,
  options: SimpleTableOptions<C>,
): SimpleTableField<N, C> {
  const { columns, validators, ...rest } = options;
  const simpleTableColumns = columns.map((column) => {
    const { validators: columnValidators, items, defaultValue, ...columnRest } = column;
    return ordered<SimpleTableColumn<C>>(COLUMN_KEYS, {
      ...columnRest,
      valueValidators: columnValidators,
      defaultValue: defaultValue === undefined ? '' : defaultValue,
      selectItems: items,
    });
  });
  return ordered(SIMPLE_TABLE_KEYS, {
    ...rest,
    type: 'SIMPLE_TABLE',
    name,
    simpleTableColumns,
    valueValidators: validators,
  });
}

export interface ParamTableOptions<P extends readonly ParamTableColumn[]> extends Shared {
  /** Each column is a field built with text/select/checkbox...: `{ param: text('id', {...}), isUnique: true }`. */
  columns: P;
  validators?: Validator[];
  newRowButtonText?: string;
  newRowTitle?: string;
  editRowTitle?: string;
}

// [unsure] No published server template uses PARAM_TABLE; the key order follows SIMPLE_TABLE's.
const PARAM_TABLE_KEYS = [
  'type',
  'name',
  'displayName',
  'paramTableColumns',
  'valueValidators',
  'newRowButtonText',
  'newRowTitle',
  'editRowTitle',
  'help',
  'enablingConditions',
] as const;

/** A table whose rows are edited in a dialog of full fields; in `data`, an array of row objects. */
export function paramTable<const N extends string, const P extends readonly ParamTableColumn[]>(
  name: N,
  options: ParamTableOptions<P>,
): ParamTableField<N, P> {
  const { columns, validators, ...rest } = options;
  return ordered(PARAM_TABLE_KEYS, {
    ...rest,
    type: 'PARAM_TABLE',
    name,
    paramTableColumns: columns.map((column) => ({
      param: column.param,
      isUnique: column.isUnique,
    })),
    valueValidators: validators,
  });
}
