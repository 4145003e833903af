// `sgtm-template check`: what can be verified about a .tpl file without GTM: the sections (present,
// once, in GTM's order: the reader's leniency as warnings), JSON and YAML that parse, sandbox syntax, and permissions covering every require().
import type { PermissionInstance } from '../tpl/model';
import {
  parseJsonSection,
  parseTestsSection,
  splitTpl,
  TplError,
  type RawSection,
} from '../tpl/read';
import { sectionSet } from '../tpl/section-set';
import { SERVER_SECTIONS, WEB_SECTIONS } from '../tpl/sections';
import { findApiUses } from '../permissions/api-uses';
import { checkApiUses } from '../permissions/derive';
import { grantsFromPermissions } from '../permissions/grants';
import { parseScript } from '../sandbox/ast';
import { dataFieldNames } from '../definition/field-checks';
import { checkDataFields } from './data-fields';
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { checkSandboxCode } from './sandbox-check';
import { tplPositionMapper } from './source-position';

function fromTplError(error: unknown): Diagnostic {
  if (error instanceof TplError) {
    return {
      file: error.file,
      line: error.line,
      col: error.col,
      message: error.detail,
      severity: 'error',
    };
  }
  throw error;
}

/** Sections of the other kind of template (a ___WEB_PERMISSIONS___ in a server template). */
function foreignSections(sections: RawSection[], isWeb: boolean, file: string): Diagnostic[] {
  const order: readonly string[] = isWeb ? WEB_SECTIONS : SERVER_SECTIONS;
  return sections
    .filter((section) => !order.includes(section.name))
    .map((section) => ({
      file,
      line: section.markerLine,
      col: 1,
      severity: 'error' as const,
      message: `${section.name} does not belong in a ${isWeb ? 'web' : 'server'} template; remove it`,
    }));
}

function infoProblems(
  info: Record<string, unknown>,
  section: RawSection,
  isWeb: boolean,
  file: string,
): Diagnostic[] {
  const problems: string[] = [];
  if (!['TAG', 'CLIENT', 'MACRO'].includes(info.type as string)) {
    problems.push(`"type" is ${JSON.stringify(info.type)}; GTM knows "TAG", "CLIENT" and "MACRO"`);
  }
  if (typeof info.displayName !== 'string' || info.displayName === '') {
    problems.push('"displayName" is missing; GTM shows it as the template name');
  }
  const context = isWeb ? 'WEB' : 'SERVER';
  if (!Array.isArray(info.containerContexts) || !info.containerContexts.includes(context)) {
    problems.push(
      `"containerContexts" does not include "${context}", but the code section is for ${isWeb ? 'web' : 'server'} containers`,
    );
  }
  return problems.map((message) => ({
    file,
    line: section.bodyLine,
    col: 1,
    severity: 'error' as const,
    message: `___INFO___: ${message}`,
  }));
}

export function checkTpl(text: string, file: string): Diagnostic[] {
  let split: ReturnType<typeof splitTpl>;
  try {
    split = splitTpl(text, file);
  } catch (error) {
    return [fromTplError(error)];
  }
  const { sections } = split;
  const diagnostics: Diagnostic[] = [];
  // The reader's own view of the sections (lenient as GTM's importer), its problems as diagnostics.
  const { byName, isWeb, problems } = sectionSet(sections);
  const once = sections.filter((s) => byName.get(s.name) === s);
  diagnostics.push(...foreignSections(once, isWeb, file));
  for (const p of problems) {
    diagnostics.push({ file, line: p.line, col: 1, severity: p.severity, message: p.detail });
  }

  const json = (name: string): unknown => {
    const section = byName.get(name);
    if (!section) return undefined;
    try {
      return parseJsonSection(section, file);
    } catch (error) {
      diagnostics.push(fromTplError(error));
      return undefined;
    }
  };
  const info = json('___INFO___');
  if (info !== undefined && (typeof info !== 'object' || info === null || Array.isArray(info))) {
    const s = byName.get('___INFO___')!;
    diagnostics.push({
      file,
      line: s.bodyLine,
      col: 1,
      severity: 'error',
      message: '___INFO___ must be a JSON object',
    });
  } else if (info !== undefined) {
    diagnostics.push(
      ...infoProblems(info as Record<string, unknown>, byName.get('___INFO___')!, isWeb, file),
    );
  }
  const parameters = json('___TEMPLATE_PARAMETERS___');
  if (parameters !== undefined && !Array.isArray(parameters)) {
    const s = byName.get('___TEMPLATE_PARAMETERS___')!;
    diagnostics.push({
      file,
      line: s.bodyLine,
      col: 1,
      severity: 'error',
      message: '___TEMPLATE_PARAMETERS___ must be a JSON array',
    });
  }
  const permissionsName = isWeb ? '___WEB_PERMISSIONS___' : '___SERVER_PERMISSIONS___';
  const permissions = json(permissionsName);
  if (permissions !== undefined && !Array.isArray(permissions)) {
    const s = byName.get(permissionsName)!;
    diagnostics.push({
      file,
      line: s.bodyLine,
      col: 1,
      severity: 'error',
      message: `${permissionsName} must be a JSON array`,
    });
  }
  const tests = byName.get('___TESTS___');
  if (tests) {
    try {
      parseTestsSection(tests, file);
    } catch (error) {
      diagnostics.push(fromTplError(error));
    }
  }

  const codeSection = byName.get(
    isWeb ? '___SANDBOXED_JS_FOR_WEB_TEMPLATE___' : '___SANDBOXED_JS_FOR_SERVER___',
  );
  if (codeSection) {
    const mapPosition = tplPositionMapper(codeSection.body, file, codeSection.bodyLine);
    const syntax = checkSandboxCode(codeSection.body, {
      mapPosition,
      dialect: 'js',
      unsureSeverity: 'warning',
    });
    diagnostics.push(...syntax);
    const parsed = syntax.some((d) => d.message.startsWith('syntax error'))
      ? undefined
      : parseScript(codeSection.body);
    if (parsed && Array.isArray(parameters)) {
      for (const problem of checkDataFields(parsed, dataFieldNames(parameters))) {
        diagnostics.push({
          ...mapPosition(problem.offset),
          message: problem.message,
          severity: problem.severity,
        });
      }
    }
    if (parsed && Array.isArray(permissions)) {
      const grants = grantsFromPermissions(permissions as PermissionInstance[]);
      for (const problem of checkApiUses(findApiUses(parsed), grants, 'check')) {
        diagnostics.push({
          ...mapPosition(problem.offset ?? 0),
          message: problem.message,
          severity: problem.severity,
        });
      }
    }
  }
  return sortDiagnostics(diagnostics);
}
