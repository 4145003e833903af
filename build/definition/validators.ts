// GTM's UI validators and enabling conditions, as the JSON GTM stores in ___TEMPLATE_PARAMETERS___.
// They run in the GTM UI only, never in tests or at run time: tag code validates its inputs itself.
//
// This module (like every module of build/definition except define-template's Node-only checks) is also
// type-checked under the sandbox lib, because tag code imports field types through it: it uses no
// global beyond plain objects and arrays.

export type Validator =
  | { type: 'NON_EMPTY'; errorMessage?: string }
  | { type: 'POSITIVE_NUMBER'; errorMessage?: string }
  | { type: 'NON_NEGATIVE_NUMBER'; errorMessage?: string }
  | { type: 'REGEX'; args: [string]; errorMessage?: string }
  | { type: 'STRING_LENGTH'; args: [number, number]; errorMessage?: string }
  | { type: 'TABLE_ROW_COUNT'; args: [number, number]; errorMessage?: string };

export interface EnablingCondition {
  paramName: string;
  paramValue: string | boolean;
  type: 'EQUALS' | 'NOT_EQUALS';
}

function withMessage<V extends Validator>(validator: V, errorMessage: string | undefined): V {
  return errorMessage === undefined ? validator : { ...validator, errorMessage };
}

/** The validator builders. Each takes an optional message GTM shows when the value is refused. */
export const validate = {
  nonEmpty: (errorMessage?: string): Validator => withMessage({ type: 'NON_EMPTY' }, errorMessage),
  positiveNumber: (errorMessage?: string): Validator =>
    withMessage({ type: 'POSITIVE_NUMBER' }, errorMessage),
  nonNegativeNumber: (errorMessage?: string): Validator =>
    withMessage({ type: 'NON_NEGATIVE_NUMBER' }, errorMessage),
  /** The whole value must match `pattern` (GTM anchors nothing itself: write `^...$`). */
  regex: (pattern: string, errorMessage?: string): Validator =>
    withMessage({ type: 'REGEX', args: [pattern] }, errorMessage),
  /** Text length from `min` to `max` characters, both included. */
  stringLength: (min: number, max: number, errorMessage?: string): Validator =>
    withMessage({ type: 'STRING_LENGTH', args: [min, max] }, errorMessage),
  /** A SIMPLE_TABLE / PARAM_TABLE with from `min` to `max` rows. */
  tableRowCount: (min: number, max: number, errorMessage?: string): Validator =>
    withMessage({ type: 'TABLE_ROW_COUNT', args: [min, max] }, errorMessage),
};

/** An enabling condition on another field: `when('mode').equals('fixed')`. */
export function when(paramName: string): {
  equals(value: string | boolean): EnablingCondition;
  notEquals(value: string | boolean): EnablingCondition;
} {
  return {
    equals: (paramValue) => ({ paramName, paramValue, type: 'EQUALS' }),
    notEquals: (paramValue) => ({ paramName, paramValue, type: 'NOT_EQUALS' }),
  };
}
