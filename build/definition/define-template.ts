// `defineTemplate`: the single export of a template definition module.
// It returns the definition unchanged (the compiler serializes the fields as they are) after checking,
// at build time, what the types cannot: unique field names, defaults and enabling conditions that
// refer to real items and fields, regex validators that compile.
import type { PermissionScope } from '../permissions/scope';
import type { TemplateTests } from '../tpl/model';
import type { Field } from './field-types';
import { describeFieldProblems } from './field-checks';

export interface TemplateDefinitionInfo {
  /** Default 'TAG'. */
  type?: 'TAG' | 'CLIENT' | 'MACRO';
  displayName: string;
  description: string;
  /** Gallery categories, e.g. ['ADVERTISING', 'CONVERSIONS']; the Gallery requires at least one. */
  categories: string[];
  /** `id`: 'github.com_OWNER' for a Gallery template, 'brand_dummy' otherwise. */
  brand: { id: string; displayName: string; thumbnail?: string };
}

export interface TemplateDefinition<F extends readonly Field[] = readonly Field[]> {
  info: TemplateDefinitionInfo;
  /** The UI fields, built with text/select/checkbox/radio/group/simpleTable/paramTable/label. */
  fields: F;
  /** The sandbox entry module, relative to the definition file, e.g. './tag/main.ts'. */
  code: string;
  /** What the code may touch; the build derives the permissions from it and the APIs the code uses. */
  scope: PermissionScope;
  /** The ___TESTS___ scenarios (a function, so test fixtures load only when building). */
  tests?: () => TemplateTests;
  /** The ___NOTES___ text; keep it static so builds are byte-identical. */
  notes?: string;
  /** Writes the Community Template Gallery terms section (Gallery templates need it). */
  termsOfService?: boolean;
}

// This module is type-checked under the sandbox lib as well (tag code imports field types through
// build/definition), which has no Error constructor; it runs in Node, where this is the real one.
declare const Error: new (message: string) => object;

/** Checks a template definition and returns it as given, keeping the literal field types. */
export function defineTemplate<const F extends readonly Field[]>(
  definition: TemplateDefinition<F>,
): TemplateDefinition<F> {
  const problems = describeDefinitionProblems(definition);
  if (problems.length > 0) {
    throw new Error(
      'template definition is invalid:\n' + problems.map((problem) => '  - ' + problem).join('\n'),
    );
  }
  return definition;
}

/** Every problem of a definition, one sentence each (empty when it is valid). */
export function describeDefinitionProblems(definition: TemplateDefinition): string[] {
  const problems: string[] = [];
  const info = definition.info;
  if (!info || typeof info.displayName !== 'string' || info.displayName.trim() === '') {
    problems.push('info.displayName is empty; give the name GTM shows for the template');
  }
  if (!info || typeof info.description !== 'string' || info.description.trim() === '') {
    problems.push('info.description is empty; describe in one sentence what the template does');
  }
  if (!info || !info.brand || typeof info.brand.id !== 'string' || info.brand.id === '') {
    problems.push("info.brand.id is empty; use 'github.com_<owner>' or 'brand_dummy'");
  }
  if (typeof definition.code !== 'string' || definition.code.match('\\.(ts|js)$') === null) {
    problems.push(
      "code must be the path of the sandbox entry module, relative to the definition, e.g. './tag/main.ts'",
    );
  }
  if (!definition.scope || typeof definition.scope !== 'object') {
    problems.push('scope is missing; declare what the code may touch, e.g. { logging: "debug" }');
  }
  return problems.concat(describeFieldProblems(definition.fields));
}
