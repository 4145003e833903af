// Runs the tag's TypeScript entry (runTag) once under jest's 'sgtm' emulation, as GTM would run the
// built code: field values as given (variables may resolve to anything) plus the emulation's
// callbacks, which record the outcome in the host's trace.
import type { TemplateData } from 'sgtm';
import type { ExecutionInput } from '../../build/runtime/types';
import { createHost, data as sgtmData, setExecution } from '../../build/runtime/sgtm-module';
import { gtmEnvironment, runTag } from '../../template-src/tag/run-tag';
import { READABLE_COOKIES } from '../../template-src/template';

/** queryPermission answers from the template's declared cookie scope, as it does in GTM. */
export const tagEnvironment = {
  ...gtmEnvironment,
  cookieAllowed: (name: string) => READABLE_COOKIES.includes(name),
};

export async function runTagModules(input: ExecutionInput) {
  const host = createHost(input);
  setExecution(host);
  const data = {
    ...input.data,
    gtmOnSuccess: sgtmData.gtmOnSuccess,
    gtmOnFailure: sgtmData.gtmOnFailure,
  } as unknown as TemplateData;
  runTag(data, tagEnvironment);
  await host.tasks.idle(10000);
  return { host, data };
}
