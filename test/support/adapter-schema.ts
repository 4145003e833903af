// Validates adapter request bodies against the repo's JSON Schema, compiled once on first use so that
// suites which never validate (and phase-1 runs before the schema exists) do not pay for it.
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';

export const ADAPTER_SCHEMA_PATH = path.resolve(
  __dirname,
  '..',
  '..',
  'schema',
  'adapter-request.schema.json',
);

let compiled: ValidateFunction | undefined;

function compile(): ValidateFunction {
  if (compiled) return compiled;
  if (!fs.existsSync(ADAPTER_SCHEMA_PATH)) {
    throw new Error(
      `${ADAPTER_SCHEMA_PATH}: not found. The tag's adapter request schema must exist before ` +
        'request bodies can be validated (it is written with the tag, issue 3).',
    );
  }
  const schema = JSON.parse(fs.readFileSync(ADAPTER_SCHEMA_PATH, 'utf8')) as {
    $schema?: string;
  };
  // Draft 2020-12 needs its own Ajv class; draft-07 (or no $schema) uses the default one.
  const is2020 = typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');
  const ajv = is2020
    ? new Ajv2020({ allErrors: true, strict: false })
    : new Ajv({ allErrors: true, strict: false });
  compiled = ajv.compile(schema);
  return compiled;
}

/** The schema's complaints about `body` as `"<instancePath> <message>"` lines; empty when valid. */
export function adapterRequestErrors(body: unknown): string[] {
  const validate = compile();
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
  );
}
