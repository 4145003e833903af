// One execution of a template with its steps counted: the same run as runTemplate, its code
// compiled counting, and error locations given in the template's own columns.
import type { TplFile } from '../../tpl/model';
import { DEFAULT_TIMEOUT_MS, settle, startExecution, type StartOptions } from '../run-template';
import type { ExecutionInput, Trace } from '../types';
import { createStepCounter, type StepCounter } from './step-counter';

export async function runCounted(
  tpl: Pick<TplFile, 'code' | 'permissions'> & { info?: Pick<TplFile['info'], 'type'> },
  input: ExecutionInput,
  options: Pick<StartOptions, 'fileName' | 'codeLine'> & { steps?: StepCounter } = {},
): Promise<{ trace: Trace; steps: StepCounter }> {
  const steps = options.steps ?? createStepCounter(tpl.code);
  const execution = startExecution(tpl, input, { ...options, steps });
  await settle(execution.host, input.timeoutMs ?? DEFAULT_TIMEOUT_MS, tpl.info?.type);
  const trace = execution.host.trace;
  const fileName = options.fileName ?? 'template.tpl';
  const line = options.codeLine ?? 0;
  trace.errors.forEach((e, i) => (trace.errors[i] = steps.restoreColumns(e, fileName, line)));
  return { trace, steps };
}
