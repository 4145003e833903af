// Validates adapter request bodies against the repo's JSON Schema, compiled once on first use so that
// suites which never validate do not pay for it.
import * as fs from 'fs';
import * as path from 'path';
import { compileSchemaFile, type SchemaCheck } from '../../build/serve/json-schema';

export const ADAPTER_SCHEMA_PATH = path.resolve(
  __dirname,
  '..',
  '..',
  'schema',
  'adapter-request.schema.json',
);

let compiled: SchemaCheck | undefined;

/** The schema's complaints about `body` as `"<instancePath> <message>"` lines; empty when valid. */
export function adapterRequestErrors(body: unknown): string[] {
  if (!compiled) {
    if (!fs.existsSync(ADAPTER_SCHEMA_PATH)) {
      throw new Error(
        `${ADAPTER_SCHEMA_PATH}: not found. The tag's adapter request schema must exist before ` +
          'request bodies can be validated (it is written with the tag, issue 3).',
      );
    }
    compiled = compileSchemaFile(ADAPTER_SCHEMA_PATH);
  }
  return compiled(body);
}
