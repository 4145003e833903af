// Typed template definition: builders for GTM's UI fields, validators, enabling conditions,
// `defineTemplate`, and `FieldValues` (the type of `data` in tag code).
//
// Everything here is also type-checked under the sandbox lib (tag code imports `FieldValues` from
// this module), so these modules use no Node or ES2015+ library globals.
export {
  text,
  select,
  checkbox,
  radio,
  group,
  label,
  simpleTable,
  paramTable,
} from './field-builders';
export type {
  TextOptions,
  SelectOptions,
  CheckboxOptions,
  RadioOptions,
  GroupOptions,
  ColumnOptions,
  SimpleTableOptions,
  ParamTableOptions,
} from './field-builders';
export { validate, when } from './validators';
export type { Validator, EnablingCondition } from './validators';
export type * from './field-types';
export type { FieldValues, FieldValue, AllFields } from './field-values';
export { defineTemplate, describeDefinitionProblems } from './define-template';
export type { TemplateDefinition, TemplateDefinitionInfo } from './define-template';
export { describeFieldProblems, listFields } from './field-checks';
export type { PermissionScope, CookieScope } from '../permissions/scope';
export type { TemplateTests, TestScenario } from '../tpl/model';
