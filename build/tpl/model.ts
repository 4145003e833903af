// The parsed form of a `.tpl` file, shared by the writer, the reader, the checker and the runtime.

/** GTM's typed permission values (`___SERVER_PERMISSIONS___`). */
export type TypedValue =
  | { type: 1; string: string }
  | { type: 2; listItem: TypedValue[] }
  | { type: 3; mapKey: TypedValue[]; mapValue: TypedValue[] }
  | { type: 8; boolean: boolean };

export interface PermissionInstance {
  instance: {
    key: { publicId: string; versionId: string };
    param: { key: string; value: TypedValue }[];
  };
  /** GTM omits it on permissions that have no settings (read_container_data, ...). */
  clientAnnotations?: { isEditedByUser: boolean };
  isRequired: boolean;
}

export interface TemplateInfo {
  type: 'TAG' | 'CLIENT' | 'MACRO';
  id: string;
  version: number;
  securityGroups: unknown[];
  displayName: string;
  categories?: string[];
  brand: { id: string; displayName: string; thumbnail?: string };
  description: string;
  containerContexts: ('SERVER' | 'WEB')[];
  [key: string]: unknown;
}

export interface TestScenario {
  name: string;
  code: string;
}

export interface TemplateTests {
  setup?: string;
  scenarios: TestScenario[];
}

export interface TplFile {
  /** Text before the first section marker (some published files start with a licence comment), kept verbatim. */
  preamble?: string;
  /** The Gallery terms sentence, or undefined when the section is absent. */
  termsOfService?: string;
  info: TemplateInfo;
  /** `___TEMPLATE_PARAMETERS___`: the UI fields as GTM stores them. */
  parameters: Record<string, unknown>[];
  /** The sandboxed code (server or web section). */
  code: string;
  codeSection: '___SANDBOXED_JS_FOR_SERVER___' | '___SANDBOXED_JS_FOR_WEB_TEMPLATE___';
  permissions: PermissionInstance[];
  permissionsSection: '___SERVER_PERMISSIONS___' | '___WEB_PERMISSIONS___';
  tests: TemplateTests;
  /** The raw YAML text of `___TESTS___`, as read (the writer produces it from `tests`). */
  testsYaml?: string;
  notes: string;
}
