// The type of `data` in tag code, computed from the field definitions:
//
//   declare module 'sgtm' { interface TemplateFields extends FieldValues<typeof fields> {} }
//
// Every named field is flattened out of groups and out of the sub-fields of selects, checkboxes and
// radio items (GTM delivers them all at the top level of `data`). Value types are what the code can
// really receive, which is wider than what the UI lets a user pick:
// - TEXT → unknown: a text field may hold a GTM variable (`{{Event Data - x}}`) that resolves to any
//   type at run time, and GTM never runs the UI validators at run time; the code must check it.
// - CHECKBOX → boolean | undefined; SELECT / RADIO → the item values | undefined (unknown with
//   `macrosInSelect`); SIMPLE_TABLE / PARAM_TABLE → an array of rows | undefined.
//   `undefined` because a tag saved before a field was added to the template has no value for it.
// - GROUP, LABEL → no value.
import type {
  CheckboxField,
  Field,
  ParamTableField,
  RadioField,
  SelectField,
  SimpleTableField,
  TextField,
} from './field-types';

/** The value GTM delivers for one field; `never` for fields without a value. */
export type FieldValue<F> = F extends TextField
  ? unknown
  : F extends CheckboxField
    ? boolean | undefined
    : F extends SelectField<string, infer V, infer M>
      ? [M] extends [true]
        ? unknown
        : V | undefined
      : F extends RadioField<string, infer I>
        ? I[number]['value'] | undefined
        : F extends SimpleTableField<string, infer C>
          ? { readonly [K in C]: unknown }[] | undefined
          : F extends ParamTableField<string, infer P>
            ? ParamRow<P[number]['param']>[] | undefined
            : never;

type ParamRow<P> = {
  readonly [F in P as F extends { name: infer N extends string } ? N : never]: FieldValue<F>;
};

/**
 * Every field of a list and, recursively, every sub-field, as one union. The depth counter (GTM's
 * UI nests a handful of levels at most) keeps TypeScript from recursing forever on the generic `Field`.
 */
export type AllFields<F, Depth extends unknown[] = []> = Depth['length'] extends 8
  ? never
  : F extends Field
    ? F | SubFields<F, [...Depth, unknown]>
    : never;

type SubFields<F, Depth extends unknown[]> =
  | (F extends { subParams?: infer S } ? Listed<S, Depth> : never)
  | (F extends { radioItems: readonly (infer R)[] }
      ? R extends { subParams?: infer S }
        ? Listed<S, Depth>
        : never
      : never);

// A builder called inside another builder's list gets its unspecified type parameters from the
// context (`readonly Field[]`, `boolean`), not from its defaults: such a wide list holds no fields.
type Listed<S, Depth extends unknown[]> = S extends readonly unknown[]
  ? Field[] extends S
    ? never
    : AllFields<S[number], Depth>
  : never;

// A name that is not a literal (a field built from a `string` variable) would turn `data` into an index
// signature that accepts any property: leave it out instead.
type NameOf<F> = F extends { name: infer N extends string }
  ? string extends N
    ? never
    : N
  : never;

type FieldsOf<D> = D extends { fields: readonly (infer F)[] }
  ? F
  : D extends readonly (infer F)[]
    ? F
    : never;

/**
 * `data`'s field values for a definition (`typeof definition`, with a `fields` list) or a field list.
 * Readonly: the fields are inputs.
 */
export type FieldValues<D> = {
  readonly [
    F in AllFields<FieldsOf<D>> as [FieldValue<F>] extends [never] ? never : NameOf<F>
  ]: FieldValue<F>;
};
