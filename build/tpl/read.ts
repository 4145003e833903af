// Parses the text of a `.tpl` file (as GTM exports it) into the shared `TplFile` model.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { PermissionInstance, TemplateInfo, TemplateTests, TplFile } from './model';
import { sectionSet } from './section-set';
import { AFTER_BODY, KNOWN_SECTIONS } from './sections';

/** An error at a place in a `.tpl` file; `message` is `file:line:col: section: what is wrong`. */
export class TplError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${col}: ${detail}`);
    this.name = 'TplError';
  }
}

export interface RawSection {
  name: string;
  /** 1-based line of the marker. */
  markerLine: number;
  /** 1-based line where the body starts (the line after the blank line that follows the marker). */
  bodyLine: number;
  body: string;
}

const MARKER = /^___[A-Z0-9_]+___$/;

/** Normalises what editors and GTM may add around the text: a BOM and Windows line ends. */
export function normaliseTplText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/**
 * Cuts the text into sections at the known marker lines. A body is what lies between the blank
 * line after its marker and the two blank lines before the next marker, so that writing it back
 * with the same separators gives the same bytes.
 */
export function splitSections(text: string, fileName = '<tpl>'): RawSection[] {
  return splitTpl(text, fileName).sections;
}

/** The sections plus the text before the first marker (some published files start with a licence comment). */
export function splitTpl(
  text: string,
  fileName = '<tpl>',
): { preamble: string; sections: RawSection[] } {
  const lines = normaliseTplText(text).split('\n');
  const starts: { name: string; index: number }[] = [];
  lines.forEach((line, index) => {
    if (MARKER.test(line) && KNOWN_SECTIONS.has(line)) starts.push({ name: line, index });
  });
  if (starts.length === 0) {
    throw new TplError(
      fileName,
      1,
      1,
      'no section markers found (expected lines like ___INFO___); is this a GTM template export?',
    );
  }
  const preamble = starts[0].index > 0 ? lines.slice(0, starts[0].index).join('\n') + '\n' : '';
  const sections = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : lines.length;
    let bodyLines = lines.slice(start.index + 1, end);
    let bodyLine = start.index + 2;
    if (bodyLines.length > 0 && bodyLines[0] === '') {
      bodyLines = bodyLines.slice(1);
      bodyLine += 1;
    }
    // Before a following marker, the last line break belongs to the body's final line.
    let body = bodyLines.join('\n') + (i + 1 < starts.length ? '\n' : '');
    // The two blank lines before the next marker (or at the end of the file) are separators.
    if (body.endsWith(AFTER_BODY)) body = body.slice(0, -AFTER_BODY.length);
    else body = body.replace(/\n+$/, '');
    return { name: start.name, markerLine: start.index + 1, bodyLine, body };
  });
  return { preamble, sections };
}

/** 1-based line and column of a character offset inside a section body. */
function placeInBody(section: RawSection, offset: number): { line: number; col: number } {
  const before = section.body.slice(0, Math.max(0, offset));
  const lineBreaks = before.split('\n');
  return {
    line: section.bodyLine + lineBreaks.length - 1,
    col: lineBreaks[lineBreaks.length - 1].length + 1,
  };
}

/** Parses a JSON section; the error names the file, the line and the section. */
export function parseJsonSection(section: RawSection, fileName = '<tpl>'): unknown {
  try {
    return JSON.parse(section.body);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const place = position
      ? placeInBody(section, Number(position[1]))
      : { line: section.bodyLine, col: 1 };
    throw new TplError(
      fileName,
      place.line,
      place.col,
      `${section.name}: invalid JSON (${message}); fix the JSON or re-export the template from GTM`,
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses `___TESTS___` YAML into `{setup?, scenarios}`. */
export function parseTestsSection(section: RawSection, fileName = '<tpl>'): TemplateTests {
  let value: unknown;
  try {
    value = parseYaml(section.body);
  } catch (error) {
    const pos = error instanceof YAMLParseError && error.linePos ? error.linePos[0] : undefined;
    const firstLine = (error as Error).message.split('\n')[0];
    throw new TplError(
      fileName,
      section.bodyLine + (pos ? pos.line - 1 : 0),
      pos ? pos.col : 1,
      `___TESTS___: invalid YAML (${firstLine})`,
    );
  }
  const fail = (what: string): never => {
    throw new TplError(fileName, section.bodyLine, 1, `___TESTS___: ${what}`);
  };
  if (value === null || value === undefined) return { scenarios: [] };
  if (!isRecord(value)) return fail('expected a mapping with "scenarios:" (and optional "setup:")');
  const tests: TemplateTests = { scenarios: [] };
  if (value.setup !== undefined && value.setup !== null) {
    if (typeof value.setup !== 'string') return fail('"setup" must be a string of code');
    tests.setup = value.setup;
  }
  const scenarios = value.scenarios ?? [];
  if (!Array.isArray(scenarios)) return fail('"scenarios" must be a list of {name, code}');
  scenarios.forEach((scenario: unknown, i: number) => {
    if (!isRecord(scenario) || typeof scenario.name !== 'string') {
      fail(`scenario ${i + 1} has no "name" string`);
      return;
    }
    const code = scenario.code ?? '';
    if (typeof code !== 'string') fail(`scenario "${scenario.name}": "code" must be a string`);
    tests.scenarios.push({ name: scenario.name, code: code as string });
  });
  return tests;
}

/** Something the reader read leniently, as GTM's importer would; `check` prints it as a warning. */
export interface TplWarning {
  file: string;
  line: number;
  col: number;
  detail: string;
}

/** Reads a `.tpl` file. Sections may come in any order; absent optional sections get defaults. */
export function readTpl(text: string, fileName = '<tpl>'): TplFile {
  return readTplFile(text, fileName).tpl;
}

/** readTpl, plus what it read leniently: a missing optional section, a section repeated identically. */
export function readTplFile(
  text: string,
  fileName = '<tpl>',
): { tpl: TplFile; warnings: TplWarning[] } {
  const { preamble, sections } = splitTpl(text, fileName);
  const { byName, isWeb, problems } = sectionSet(sections);
  const error = problems.find((p) => p.severity === 'error');
  if (error) throw new TplError(fileName, error.line, 1, error.detail);
  const warnings = problems.map((p) => ({
    file: fileName,
    line: p.line,
    col: 1,
    detail: p.detail,
  }));
  const require = (name: string): RawSection => byName.get(name)!;

  const infoSection = require('___INFO___');
  const info = parseJsonSection(infoSection, fileName);
  if (!isRecord(info)) {
    throw new TplError(fileName, infoSection.bodyLine, 1, '___INFO___: expected a JSON object');
  }

  const paramsSection = byName.get('___TEMPLATE_PARAMETERS___');
  const parameters = paramsSection ? parseJsonSection(paramsSection, fileName) : [];
  if (!Array.isArray(parameters)) {
    throw new TplError(
      fileName,
      paramsSection!.bodyLine,
      1,
      '___TEMPLATE_PARAMETERS___: expected a JSON array of fields',
    );
  }

  const codeSection = require(
    isWeb ? '___SANDBOXED_JS_FOR_WEB_TEMPLATE___' : '___SANDBOXED_JS_FOR_SERVER___',
  );
  const permissionsName = isWeb ? '___WEB_PERMISSIONS___' : '___SERVER_PERMISSIONS___';
  const permissionsSection = byName.get(permissionsName);
  const permissions = permissionsSection ? parseJsonSection(permissionsSection, fileName) : [];
  if (!Array.isArray(permissions)) {
    throw new TplError(
      fileName,
      permissionsSection!.bodyLine,
      1,
      `${permissionsName}: expected a JSON array of permission instances`,
    );
  }

  const testsSection = byName.get('___TESTS___');
  const tpl: TplFile = {
    info: info as TemplateInfo,
    parameters: parameters as Record<string, unknown>[],
    code: codeSection.body,
    codeSection: codeSection.name as TplFile['codeSection'],
    permissions: permissions as PermissionInstance[],
    permissionsSection: permissionsName,
    tests: testsSection ? parseTestsSection(testsSection, fileName) : { scenarios: [] },
    notes: byName.get('___NOTES___')?.body ?? '',
  };
  if (preamble !== '') tpl.preamble = preamble;
  const terms = byName.get('___TERMS_OF_SERVICE___');
  if (terms) tpl.termsOfService = terms.body;
  if (testsSection) tpl.testsYaml = testsSection.body;
  return { tpl, warnings };
}
