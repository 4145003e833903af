// The UI field objects exactly as GTM stores them in ___TEMPLATE_PARAMETERS___, typed so that the
// literal names and item values of a definition flow into `FieldValues` (the type of `data`).
//
// Each field kind is declared once, as a table of its keys in the order GTM's editor writes them
// (`*_KEYS` below). From that one table come the field's type (`TextField`…), the builder's options
// (`TextOptions`…, in field-builders.ts) and the key order of what the builder writes. A new option
// is one line in its table. Keys whose type depends on a definition's literals (a name, item values,
// sub-fields) are narrowed again in the interface, which is why they appear there too.
import type { EnablingCondition, Validator } from './validators';

/**
 * One key of a field kind: set by the builder itself (`fixed`), or taken from an option of the same
 * name, or of the name `as` (`option`, `required` when the field always has it). The type parameters
 * carry the key's type, whether it is always present, and the option's name.
 */
export interface KeySpec<
  T = unknown,
  Source extends 'builder' | 'option' = 'builder' | 'option',
  Always extends boolean = boolean,
  As extends string = string,
> {
  readonly source: Source;
  readonly as?: As;
  /** Never set: the key's type, for the types derived from the table. */
  readonly valueType?: T;
  readonly always?: Always;
}

export type KeyTable = { readonly [key: string]: KeySpec };

/** A key the builder sets (`type`, `name`…): in the field always, never an option. */
const fixed = <T>(): KeySpec<T, 'builder', true, never> => ({ source: 'builder' });
/** An optional option, written under the key's own name or, with `as`, taken from option `as`. */
function option<T, As extends string = never>(as?: As): KeySpec<T, 'option', false, As> {
  return as === undefined ? { source: 'option' } : { source: 'option', as };
}
/** An option the field always has. */
function required<T, As extends string = never>(as?: As): KeySpec<T, 'option', true, As> {
  return as === undefined ? { source: 'option' } : { source: 'option', as };
}

type ValueOf<S> = S extends KeySpec<infer T> ? T : never;
type AlwaysKeys<Table> = {
  [K in keyof Table]: Table[K] extends KeySpec<unknown, 'builder' | 'option', true> ? K : never;
}[keyof Table];

/** The field object a table describes (before the interface narrows its literal keys). */
export type FieldShape<Table> = { [K in AlwaysKeys<Table>]: ValueOf<Table[K]> } & {
  [K in Exclude<keyof Table, AlwaysKeys<Table>>]?: ValueOf<Table[K]>;
};

type OptionName<K, S> =
  S extends KeySpec<unknown, 'option', boolean, infer As> ? ([As] extends [never] ? K : As) : never;
type RequiredOptions<Table> = {
  [K in keyof Table]: Table[K] extends KeySpec<unknown, 'option', true> ? K : never;
}[keyof Table];

/** The builder's options a table describes: every `option`/`required` key, under its option name. */
export type OptionsOf<Table> = {
  [K in RequiredOptions<Table> as OptionName<K, Table[K]>]: ValueOf<Table[K]>;
} & {
  [K in Exclude<keyof Table, RequiredOptions<Table>> as OptionName<K, Table[K]>]?: ValueOf<
    Table[K]
  >;
};

export interface SelectItem<V extends string = string> {
  value: V;
  displayValue: string;
}

export const RADIO_ITEM_KEYS = {
  value: required<string>(),
  displayValue: required<string>(),
  help: option<string>(),
  subParams: option<readonly Field[]>(),
};

export interface RadioItem<
  V extends string = string,
  S extends readonly Field[] = readonly Field[],
> extends FieldShape<typeof RADIO_ITEM_KEYS> {
  value: V;
  subParams?: S;
}

export const TEXT_KEYS = {
  type: fixed<'TEXT'>(),
  name: fixed<string>(),
  displayName: option<string>(),
  simpleValueType: fixed<true>(),
  /** HTML is allowed: <a>, <b>, <br>. */
  help: option<string>(),
  valueValidators: option<Validator[], 'validators'>('validators'),
  enablingConditions: option<EnablingCondition[]>(),
  defaultValue: option<string>(),
  canBeEmptyString: option<boolean>(),
  valueHint: option<string>(),
  alwaysInSummary: option<boolean>(),
  /** More than 1 makes a multi-line text area. */
  lineCount: option<number>(),
  /** A unit shown after the input, e.g. "ms". */
  valueUnit: option<string>(),
};

export interface TextField<N extends string = string> extends FieldShape<typeof TEXT_KEYS> {
  name: N;
}

export const SELECT_KEYS = {
  type: fixed<'SELECT'>(),
  name: fixed<string>(),
  displayName: option<string>(),
  /** True lets the user pick a GTM variable instead of an item. */
  macrosInSelect: option<boolean>(),
  selectItems: required<readonly SelectItem[], 'items'>('items'),
  simpleValueType: fixed<true>(),
  help: option<string>(),
  notSetText: option<string>(),
  subParams: option<readonly Field[]>(),
  defaultValue: option<string>(),
  enablingConditions: option<EnablingCondition[]>(),
  valueValidators: option<Validator[], 'validators'>('validators'),
  alwaysInSummary: option<boolean>(),
};

export interface SelectField<
  N extends string = string,
  V extends string = string,
  M extends boolean = boolean,
  S extends readonly Field[] = readonly Field[],
> extends FieldShape<typeof SELECT_KEYS> {
  name: N;
  macrosInSelect?: M;
  selectItems: readonly SelectItem<V>[];
  subParams?: S;
  defaultValue?: V;
}

export const CHECKBOX_KEYS = {
  type: fixed<'CHECKBOX'>(),
  name: fixed<string>(),
  displayName: option<string>(),
  checkboxText: required<string>(),
  simpleValueType: fixed<true>(),
  help: option<string>(),
  defaultValue: option<boolean>(),
  subParams: option<readonly Field[]>(),
  enablingConditions: option<EnablingCondition[]>(),
  alwaysInSummary: option<boolean>(),
};

export interface CheckboxField<
  N extends string = string,
  S extends readonly Field[] = readonly Field[],
> extends FieldShape<typeof CHECKBOX_KEYS> {
  name: N;
  subParams?: S;
}

export const RADIO_KEYS = {
  type: fixed<'RADIO'>(),
  name: fixed<string>(),
  displayName: option<string>(),
  radioItems: required<readonly RadioItem[], 'items'>('items'),
  simpleValueType: fixed<true>(),
  help: option<string>(),
  defaultValue: option<string>(),
  enablingConditions: option<EnablingCondition[]>(),
  valueValidators: option<Validator[], 'validators'>('validators'),
};

export interface RadioField<
  N extends string = string,
  I extends readonly RadioItem[] = readonly RadioItem[],
> extends FieldShape<typeof RADIO_KEYS> {
  name: N;
  radioItems: I;
  defaultValue?: I[number]['value'];
}

export type GroupStyle = 'ZIPPY_OPEN' | 'ZIPPY_CLOSED' | 'ZIPPY_OPEN_ON_PARAM' | 'NO_ZIPPY';

export const GROUP_KEYS = {
  type: fixed<'GROUP'>(),
  name: fixed<string>(),
  displayName: option<string>(),
  groupStyle: option<GroupStyle>(),
  subParams: required<readonly Field[]>(),
  help: option<string>(),
  enablingConditions: option<EnablingCondition[]>(),
};

export interface GroupField<
  N extends string = string,
  S extends readonly Field[] = readonly Field[],
> extends FieldShape<typeof GROUP_KEYS> {
  name: N;
  subParams: S;
}

export const LABEL_KEYS = {
  type: fixed<'LABEL'>(),
  name: fixed<string>(),
  displayName: option<string>(),
  help: option<string>(),
  enablingConditions: option<EnablingCondition[]>(),
};

export interface LabelField<N extends string = string> extends FieldShape<typeof LABEL_KEYS> {
  name: N;
}

/** Keys every field may carry, in the JSON GTM writes: a label's options. */
export type CommonKeys = OptionsOf<typeof LABEL_KEYS>;

export const COLUMN_KEYS = {
  valueValidators: option<Validator[], 'validators'>('validators'),
  /** GTM always stores one; the builder writes '' unless given. */
  defaultValue: fixed<string>(),
  displayName: required<string>(),
  name: required<string>(),
  isUnique: option<boolean>(),
  type: required<'TEXT' | 'SELECT'>(),
  /** For `type: 'SELECT'` columns. */
  selectItems: option<readonly SelectItem[], 'items'>('items'),
  valueHint: option<string>(),
};

export interface SimpleTableColumn<C extends string = string> extends FieldShape<
  typeof COLUMN_KEYS
> {
  name: C;
}

export const SIMPLE_TABLE_KEYS = {
  type: fixed<'SIMPLE_TABLE'>(),
  name: fixed<string>(),
  displayName: option<string>(),
  simpleTableColumns: fixed<readonly SimpleTableColumn[]>(),
  /** The rows a new tag starts with; `[]` states "no rows" explicitly. */
  defaultValue: option<readonly Readonly<Record<string, string>>[]>(),
  valueValidators: option<Validator[], 'validators'>('validators'),
  newRowButtonText: option<string>(),
  help: option<string>(),
  enablingConditions: option<EnablingCondition[]>(),
};

export interface SimpleTableField<
  N extends string = string,
  C extends string = string,
> extends FieldShape<typeof SIMPLE_TABLE_KEYS> {
  name: N;
  simpleTableColumns: readonly SimpleTableColumn<C>[];
  defaultValue?: readonly Readonly<Record<C, string>>[];
}

export interface ParamTableColumn<P extends Field = Field> {
  param: P;
  isUnique: boolean;
}

// [unsure] No published server template uses PARAM_TABLE; the key order follows SIMPLE_TABLE's.
export const PARAM_TABLE_KEYS = {
  type: fixed<'PARAM_TABLE'>(),
  name: fixed<string>(),
  displayName: option<string>(),
  paramTableColumns: fixed<readonly ParamTableColumn[]>(),
  valueValidators: option<Validator[], 'validators'>('validators'),
  newRowButtonText: option<string>(),
  newRowTitle: option<string>(),
  editRowTitle: option<string>(),
  help: option<string>(),
  enablingConditions: option<EnablingCondition[]>(),
};

export interface ParamTableField<
  N extends string = string,
  P extends readonly ParamTableColumn[] = readonly ParamTableColumn[],
> extends FieldShape<typeof PARAM_TABLE_KEYS> {
  name: N;
  paramTableColumns: P;
}

export type Field =
  | TextField
  | SelectField
  | CheckboxField
  | RadioField
  | GroupField
  | LabelField
  | SimpleTableField
  | ParamTableField;
