// Runs the tag's TypeScript flow (runTag) once under jest's 'sgtm' emulation, as GTM runs the built
// code: field values as given (variables may resolve to anything) plus the emulation's callbacks,
// which record the outcome in the host's trace, and the permissions the template declares (or
// `permissions`, to test a template whose permissions a user edited).
import type { TemplateData } from 'sgtm';
import type { PermissionInstance } from '../../build/tpl/model';
import type { ExecutionInput } from '../../build/runtime/types';
import { createHost, data as sgtmData, setExecution } from '../../build/runtime/sgtm-module';
import { runTag } from '../../template-src/tag/flow';
import { builtTemplate } from './built-template';

export async function runTagModules(
  input: ExecutionInput,
  permissions: PermissionInstance[] = builtTemplate().permissions,
) {
  const host = createHost(input, { permissions });
  setExecution(host);
  const data = {
    ...input.data,
    gtmOnSuccess: sgtmData.gtmOnSuccess,
    gtmOnFailure: sgtmData.gtmOnFailure,
  } as unknown as TemplateData;
  runTag(data);
  await host.tasks.idle(10000);
  return { host, data };
}
