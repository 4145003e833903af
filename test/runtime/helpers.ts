// Small builders for the runtime tests: a TplFile from code, permissions and tests we write here.
import type { PermissionInstance, TestScenario, TplFile } from '../../build/tpl/model';
import { permission } from '../../build/runtime/permission-builder';
import { runTemplate } from '../../build/runtime/run-template';
import type { ExecutionInput, Trace } from '../../build/runtime/types';

export { permission };

export function makeTpl(
  code: string,
  permissions: PermissionInstance[] = [],
  tests: { setup?: string; scenarios?: TestScenario[] } = {},
): TplFile {
  return {
    info: {
      type: 'TAG',
      id: 'cvt_temp_public_id',
      version: 1,
      securityGroups: [],
      displayName: 'Runtime test tag',
      brand: { id: 'brand_dummy', displayName: '' },
      description: '',
      containerContexts: ['SERVER'],
    },
    parameters: [],
    code,
    codeSection: '___SANDBOXED_JS_FOR_SERVER___',
    permissions,
    permissionsSection: '___SERVER_PERMISSIONS___',
    tests: { setup: tests.setup, scenarios: tests.scenarios ?? [] },
    notes: '',
  };
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
