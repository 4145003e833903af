// Logs the greeting: twice wrong, no logging in the scope and a template literal.
import { data, logToConsole, makeString } from 'sgtm';
import type { FieldValues } from 'sgtm-template';
import type definition from './template';

declare module 'sgtm' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateFields extends FieldValues<typeof definition> {}
}

logToConsole(`greeting: ${makeString(data.greeting)}`);
data.gtmOnSuccess();
