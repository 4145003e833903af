// Compiles a JSON Schema file (draft-07 or 2020-12) into a function listing what a value breaks.
import * as fs from 'node:fs';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';

/** The schema's complaints about a value as `"<instancePath> <message>"` lines; empty when valid. */
export type SchemaCheck = (value: unknown) => string[];

export function compileSchemaFile(file: string): SchemaCheck {
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  // Draft 2020-12 needs its own Ajv class; draft-07 (or no $schema) uses the default one.
  const is2020 = typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');
  const ajv = is2020
    ? new Ajv2020({ allErrors: true, strict: false })
    : new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return (value) =>
    validate(value)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
