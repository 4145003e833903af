// A minimal server tag `.tpl` model around code, permissions and tests that a test writes itself.
import type { PermissionInstance, TestScenario, TplFile } from '../../tpl/model';

export function serverTpl(
  code: string,
  permissions: PermissionInstance[] = [],
  tests: { setup?: string; scenarios?: TestScenario[] } = {},
  displayName = 'Test tag',
): TplFile {
  return {
    info: {
      type: 'TAG',
      id: 'cvt_temp_public_id',
      version: 1,
      securityGroups: [],
      displayName,
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
