// Small builders for the runtime tests: a TplFile from code, permissions and tests we write here.
import type { PermissionInstance, TestScenario, TplFile } from '../../tpl/model';
import { permission } from '../../runtime/permission-builder';
import { serverTpl } from '../support/server-tpl';
import { runTemplate } from '../../runtime/run-template';
import type { ExecutionInput, Trace } from '../../runtime/types';

export { permission };

export function makeTpl(
  code: string,
  permissions: PermissionInstance[] = [],
  tests: { setup?: string; scenarios?: TestScenario[] } = {},
): TplFile {
  return serverTpl(code, permissions, tests, 'Runtime test tag');
}

/** Runs `code` once with the given permissions; the input defaults to no data, no event, 200 for all. */
export function run(
  code: string,
  permissions: PermissionInstance[] = [],
  input: Partial<ExecutionInput> = {},
): Promise<Trace> {
  return runTemplate(makeTpl(code, permissions), {
    data: {},
    event: {},
    http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 200, body: '' }] },
    ...input,
  });
}

/** Logging allowed everywhere: most tests report what they saw through logToConsole. */
export const LOG = permission('logging', { environments: 'all' });
