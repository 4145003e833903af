// The first build of a new template usually fails on `data.<field>`: TypeScript does not know the
// template's fields until the code declares them. That error gets the declaration to add, with the
// import path from the code file to the definition module.
import { dirname, relative, resolve } from 'node:path';
import type { Diagnostic } from './diagnostic';

const UNKNOWN_DATA_PROPERTY = /^TS2339: Property '([^']+)' does not exist on type 'TemplateData'/;

function fieldTypingHint(codeFile: string, definitionPath: string): string {
  let from = relative(dirname(codeFile), definitionPath).replace(/\.ts$/, '');
  if (!from.startsWith('.')) from = `./${from}`;
  return (
    "declare the template's fields for TypeScript, once, in the template code: " +
    "import type { FieldValues } from 'sgtm-template'; " +
    `import type definition from '${from}'; ` +
    "declare module 'sgtm' { interface TemplateFields extends FieldValues<typeof definition> {} } " +
    '(or FieldValues<typeof fields> with the fields list itself)'
  );
}

/** Adds the declaration to add to each "Property 'x' does not exist on type 'TemplateData'". */
export function withFieldTypingHints(
  diagnostics: Diagnostic[],
  rootDir: string,
  definitionPath: string,
): Diagnostic[] {
  return diagnostics.map((d) => {
    const match = UNKNOWN_DATA_PROPERTY.exec(d.message);
    if (!match) return d;
    const hint = fieldTypingHint(resolve(rootDir, d.file), definitionPath);
    return { ...d, message: `${d.message.replace(/\.$/, '')}; ${hint}` };
  });
}
