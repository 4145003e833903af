// Typed builders for GTM's UI fields. Each returns the field exactly as GTM stores it in
// ___TEMPLATE_PARAMETERS___ (keys in the order GTM's editor writes them, absent options left out),
// while `const` type parameters keep literal names and item values for `FieldValues`.
//
// Option names follow GTM's keys, except three shorter ones: `validators` (valueValidators), `items`
// (selectItems / radioItems) and `columns` (simpleTableColumns / paramTableColumns).
//
// Type-checked under the sandbox lib too (see validators.ts): no globals beyond objects and arrays.
import {
  CHECKBOX_KEYS,
  COLUMN_KEYS,
  GROUP_KEYS,
  LABEL_KEYS,
  PARAM_TABLE_KEYS,
  RADIO_ITEM_KEYS,
  RADIO_KEYS,
  SELECT_KEYS,
  SIMPLE_TABLE_KEYS,
  TEXT_KEYS,
  type CheckboxField,
  type CommonKeys,
  type Field,
  type GroupField,
  type KeyTable,
  type LabelField,
  type OptionsOf,
  type ParamTableColumn,
  type ParamTableField,
  type RadioField,
  type RadioItem,
  type SelectField,
  type SelectItem,
  type SimpleTableColumn,
  type SimpleTableField,
  type TextField,
} from './field-types';

/**
 * The field a key table describes, from the builder's options and the keys the builder sets, in the
 * table's order; absent options are left out. An option the table does not have (a key GTM has that
 * these builders do not type, passed from JavaScript) follows in its own order rather than being lost.
 */
function fromTable<T>(
  table: KeyTable,
  options: { [key: string]: unknown },
  set: { [key: string]: unknown },
): T {
  const out: { [key: string]: unknown } = {};
  const consumed: { [key: string]: boolean } = {};
  for (const key in table) {
    const spec = table[key];
    const optionName = spec.source === 'option' ? (spec.as === undefined ? key : spec.as) : '';
    if (optionName !== '') consumed[optionName] = true;
    const value = key in set ? set[key] : optionName !== '' ? options[optionName] : undefined;
    if (value !== undefined) out[key] = value;
  }
  for (const key in options) {
    if (!consumed[key] && !(key in table) && options[key] !== undefined) out[key] = options[key];
  }
  return out as T;
}

/** A text input's options; every one is a key of GTM's TEXT field (`validators`: valueValidators). */
export type TextOptions = OptionsOf<typeof TEXT_KEYS>;

/** A text input. Its value in `data` is `unknown`: it may hold a variable of any type. */
export function text<const N extends string>(name: N, options: TextOptions = {}): TextField<N> {
  return fromTable(TEXT_KEYS, options, { type: 'TEXT', name, simpleValueType: true });
}

export type SelectOptions<V extends string, M extends boolean, S extends readonly Field[]> = Omit<
  OptionsOf<typeof SELECT_KEYS>,
  'items' | 'defaultValue' | 'macrosInSelect' | 'subParams'
> & {
  items: readonly SelectItem<V>[];
  /** Must be the value of one of `items`. */
  defaultValue?: NoInfer<V>;
  macrosInSelect?: M;
  subParams?: S;
};

/** A drop-down. Its value is one of the item values (anything, with `macrosInSelect: true`). */
export function select<
  const N extends string,
  const V extends string,
  const M extends boolean = false,
  const S extends readonly Field[] = [],
>(name: N, options: SelectOptions<V, M, S>): SelectField<N, V, M, S> {
  return fromTable(SELECT_KEYS, options, { type: 'SELECT', name, simpleValueType: true });
}

export type CheckboxOptions<S extends readonly Field[]> = Omit<
  OptionsOf<typeof CHECKBOX_KEYS>,
  'subParams'
> & { subParams?: S };

/** A checkbox. Its value is `true`, `false`, or undefined in tags saved before the field existed. */
export function checkbox<const N extends string, const S extends readonly Field[] = []>(
  name: N,
  options: CheckboxOptions<S>,
): CheckboxField<N, S> {
  return fromTable(CHECKBOX_KEYS, options, { type: 'CHECKBOX', name, simpleValueType: true });
}

export type RadioOptions<I extends readonly RadioItem[]> = Omit<
  OptionsOf<typeof RADIO_KEYS>,
  'items' | 'defaultValue'
> & {
  items: I;
  /** Must be the value of one of `items`. */
  defaultValue?: NoInfer<I[number]['value']>;
};

/** Radio buttons; each item may carry its own sub-fields, shown when it is chosen. */
export function radio<const N extends string, const I extends readonly RadioItem[]>(
  name: N,
  options: RadioOptions<I>,
): RadioField<N, I> {
  return fromTable(RADIO_KEYS, options, {
    type: 'RADIO',
    name,
    radioItems: options.items.map((item) => fromTable<RadioItem>(RADIO_ITEM_KEYS, { ...item }, {})),
    simpleValueType: true,
  });
}

export type GroupOptions<S extends readonly Field[]> = Omit<
  OptionsOf<typeof GROUP_KEYS>,
  'subParams'
> & { subParams: S };

/** A (collapsible) section. Its sub-fields appear in `data` at the top level, under their own names. */
export function group<const N extends string, const S extends readonly Field[]>(
  name: N,
  options: GroupOptions<S>,
): GroupField<N, S> {
  return fromTable(GROUP_KEYS, options, { type: 'GROUP', name });
}

/** Static text in the UI; no value in `data`. */
export function label<const N extends string>(name: N, options: CommonKeys): LabelField<N> {
  return fromTable(LABEL_KEYS, options, { type: 'LABEL', name });
}

export type ColumnOptions<C extends string> = Omit<OptionsOf<typeof COLUMN_KEYS>, 'name'> & {
  name: C;
  /** GTM always stores one; '' unless given. */
  defaultValue?: string;
};

export type SimpleTableOptions<C extends string> = OptionsOf<typeof SIMPLE_TABLE_KEYS> & {
  columns: readonly ColumnOptions<C>[];
  /** The rows a new tag starts with; `[]` states "no rows" explicitly. */
  defaultValue?: readonly Readonly<Record<C, string>>[];
};

/** A table of text/select cells; in `data`, an array of rows keyed by column name. */
export function simpleTable<const N extends string, const C extends string>(
  name: N,
  options: SimpleTableOptions<C>,
): SimpleTableField<N, C> {
  const { columns, ...rest } = options;
  const simpleTableColumns = columns.map((column) =>
    fromTable<SimpleTableColumn<C>>(COLUMN_KEYS, column, {
      defaultValue: column.defaultValue === undefined ? '' : column.defaultValue,
    }),
  );
  return fromTable(SIMPLE_TABLE_KEYS, rest, { type: 'SIMPLE_TABLE', name, simpleTableColumns });
}

export type ParamTableOptions<P extends readonly ParamTableColumn[]> = OptionsOf<
  typeof PARAM_TABLE_KEYS
> & {
  /** Each column is a field built with text/select/checkbox...: `{ param: text('id', {...}), isUnique: true }`. */
  columns: P;
};

/** A table whose rows are edited in a dialog of full fields; in `data`, an array of row objects. */
export function paramTable<const N extends string, const P extends readonly ParamTableColumn[]>(
  name: N,
  options: ParamTableOptions<P>,
): ParamTableField<N, P> {
  const { columns, ...rest } = options;
  return fromTable(PARAM_TABLE_KEYS, rest, {
    type: 'PARAM_TABLE',
    name,
    paramTableColumns: columns.map((column) => ({
      param: column.param,
      isUnique: column.isUnique,
    })),
  });
}
