// The UI field objects exactly as GTM stores them in ___TEMPLATE_PARAMETERS___, typed so that the
// literal names and item values of a definition flow into `FieldValues` (the type of `data`).
import type { EnablingCondition, Validator } from './validators';

/** Keys every field may carry, in the JSON GTM writes. */
export interface CommonKeys {
  displayName?: string;
  /** HTML is allowed: <a>, <b>, <br>. */
  help?: string;
  enablingConditions?: EnablingCondition[];
}

export interface SelectItem<V extends string = string> {
  value: V;
  displayValue: string;
}

export interface RadioItem<
  V extends string = string,
  S extends readonly Field[] = readonly Field[],
> {
  value: V;
  displayValue: string;
  subParams?: S;
  help?: string;
}

export interface TextField<N extends string = string> extends CommonKeys {
  type: 'TEXT';
  name: N;
  simpleValueType: true;
  valueValidators?: Validator[];
  defaultValue?: string;
  canBeEmptyString?: boolean;
  valueHint?: string;
  alwaysInSummary?: boolean;
  /** More than 1 makes a multi-line text area. */
  lineCount?: number;
  /** A unit shown after the input, e.g. "ms". */
  valueUnit?: string;
}

export interface SelectField<
  N extends string = string,
  V extends string = string,
  M extends boolean = boolean,
  S extends readonly Field[] = readonly Field[],
> extends CommonKeys {
  type: 'SELECT';
  name: N;
  /** True lets the user pick a GTM variable instead of an item. */
  macrosInSelect?: M;
  selectItems: readonly SelectItem<V>[];
  simpleValueType: true;
  subParams?: S;
  defaultValue?: V;
  valueValidators?: Validator[];
  notSetText?: string;
  alwaysInSummary?: boolean;
}

export interface CheckboxField<
  N extends string = string,
  S extends readonly Field[] = readonly Field[],
> extends CommonKeys {
  type: 'CHECKBOX';
  name: N;
  checkboxText: string;
  simpleValueType: true;
  defaultValue?: boolean;
  subParams?: S;
  alwaysInSummary?: boolean;
}

export interface RadioField<
  N extends string = string,
  I extends readonly RadioItem[] = readonly RadioItem[],
> extends CommonKeys {
  type: 'RADIO';
  name: N;
  radioItems: I;
  simpleValueType: true;
  defaultValue?: I[number]['value'];
  valueValidators?: Validator[];
}

export type GroupStyle = 'ZIPPY_OPEN' | 'ZIPPY_CLOSED' | 'ZIPPY_OPEN_ON_PARAM' | 'NO_ZIPPY';

export interface GroupField<
  N extends string = string,
  S extends readonly Field[] = readonly Field[],
> extends CommonKeys {
  type: 'GROUP';
  name: N;
  groupStyle?: GroupStyle;
  subParams: S;
}

export interface LabelField<N extends string = string> extends CommonKeys {
  type: 'LABEL';
  name: N;
}

export interface SimpleTableColumn<C extends string = string> {
  valueValidators?: Validator[];
  defaultValue: string;
  displayName: string;
  name: C;
  isUnique?: boolean;
  type: 'TEXT' | 'SELECT';
  valueHint?: string;
  selectItems?: readonly SelectItem[];
}

export interface SimpleTableField<
  N extends string = string,
  C extends string = string,
> extends CommonKeys {
  type: 'SIMPLE_TABLE';
  name: N;
  simpleTableColumns: readonly SimpleTableColumn<C>[];
  defaultValue?: readonly Readonly<Record<C, string>>[];
  valueValidators?: Validator[];
  newRowButtonText?: string;
}

export interface ParamTableColumn<P extends Field = Field> {
  param: P;
  isUnique: boolean;
}

export interface ParamTableField<
  N extends string = string,
  P extends readonly ParamTableColumn[] = readonly ParamTableColumn[],
> extends CommonKeys {
  type: 'PARAM_TABLE';
  name: N;
  paramTableColumns: P;
  valueValidators?: Validator[];
  newRowButtonText?: string;
  newRowTitle?: string;
  editRowTitle?: string;
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
