import { checkTpl } from '../../compiler/check-tpl';
import { formatDiagnostic } from '../../compiler/diagnostic';
import { readTpl, readTplFile, splitSections, TplError } from '../../tpl/read';
import { SERVER_SECTIONS } from '../../tpl/sections';

// A small server template in GTM's export layout, written for these tests.
function tplText(overrides: Record<string, string> = {}, order?: string[]): string {
  const sections: Record<string, string> = {
    ___TERMS_OF_SERVICE___: 'Terms sentence.',
    ___INFO___: [
      '{',
      '  "type": "TAG",',
      '  "id": "cvt_temp_public_id",',
      '  "version": 1,',
      '  "securityGroups": [],',
      '  "displayName": "Example \\u003cTag\\u003e \\u0026 co",',
      '  "brand": {',
      '    "id": "brand_dummy",',
      '    "displayName": ""',
      '  },',
      '  "description": "a \\u003d b",',
      '  "containerContexts": [',
      '    "SERVER"',
      '  ]',
      '}',
    ].join('\n'),
    ___TEMPLATE_PARAMETERS___: '[\n  {\n    "type": "TEXT",\n    "name": "pixelId"\n  }\n]',
    ___SANDBOXED_JS_FOR_SERVER___:
      "const log = require('logToConsole');\n\nlog(data.pixelId);\ndata.gtmOnSuccess();",
    ___SERVER_PERMISSIONS___: '[]',
    ___TESTS___:
      'scenarios:\n- name: logs\n  code: |-\n    runCode({pixelId: "1"});\n\n    assertApi(\'gtmOnSuccess\').wasCalled();',
    ___NOTES___: 'Created by a test.',
    ...overrides,
  };
  const names = order ?? Object.keys(sections);
  return names.map((name) => `${name}\n\n${sections[name]}\n\n\n`).join('');
}

function errorOf(run: () => unknown): TplError {
  try {
    run();
  } catch (error) {
    if (error instanceof TplError) return error;
    throw error;
  }
  throw new Error('expected a TplError');
}

describe('readTpl', () => {
  test('reads every section of a server template', () => {
    const tpl = readTpl(tplText(), 'x.tpl');
    expect(tpl).toEqual({
      termsOfService: 'Terms sentence.',
      info: {
        type: 'TAG',
        id: 'cvt_temp_public_id',
        version: 1,
        securityGroups: [],
        displayName: 'Example <Tag> & co',
        brand: { id: 'brand_dummy', displayName: '' },
        description: 'a = b',
        containerContexts: ['SERVER'],
      },
      parameters: [{ type: 'TEXT', name: 'pixelId' }],
      code: "const log = require('logToConsole');\n\nlog(data.pixelId);\ndata.gtmOnSuccess();",
      codeSection: '___SANDBOXED_JS_FOR_SERVER___',
      permissions: [],
      permissionsSection: '___SERVER_PERMISSIONS___',
      tests: {
        scenarios: [
          {
            name: 'logs',
            code: 'runCode({pixelId: "1"});\n\nassertApi(\'gtmOnSuccess\').wasCalled();',
          },
        ],
      },
      testsYaml:
        'scenarios:\n- name: logs\n  code: |-\n    runCode({pixelId: "1"});\n\n    assertApi(\'gtmOnSuccess\').wasCalled();',
      notes: 'Created by a test.',
    });
  });

  test('strips a byte-order mark and Windows line ends', () => {
    const tpl = readTpl('\ufeff' + tplText().replace(/\n/g, '\r\n'), 'x.tpl');
    expect(tpl.info.displayName).toBe('Example <Tag> & co');
    expect(tpl.code).toBe(
      "const log = require('logToConsole');\n\nlog(data.pixelId);\ndata.gtmOnSuccess();",
    );
  });

  test('accepts sections in any order and no terms section', () => {
    const tpl = readTpl(
      tplText({}, [
        '___INFO___',
        '___SANDBOXED_JS_FOR_SERVER___',
        '___TEMPLATE_PARAMETERS___',
        '___NOTES___',
        '___TESTS___',
        '___SERVER_PERMISSIONS___',
      ]),
    );
    expect(tpl.termsOfService).toBeUndefined();
    expect(tpl.parameters).toEqual([{ type: 'TEXT', name: 'pixelId' }]);
    expect(tpl.notes).toBe('Created by a test.');
  });

  test('reads a double-quoted scenario with \\n escapes and a setup block', () => {
    const yaml =
      'setup: |-\n  const x = 1;\nscenarios:\n- name: quoted\n  code: "runCode({});\\nassertApi(\'gtmOnSuccess\')\\\n    .wasCalled();"';
    const tpl = readTpl(tplText({ ___TESTS___: yaml }));
    expect(tpl.tests).toEqual({
      setup: 'const x = 1;',
      scenarios: [{ name: 'quoted', code: "runCode({});\nassertApi('gtmOnSuccess').wasCalled();" }],
    });
  });

  test('reads "scenarios: []" as no tests', () => {
    expect(readTpl(tplText({ ___TESTS___: 'scenarios: []' })).tests).toEqual({ scenarios: [] });
  });

  test('accepts the web template section names', () => {
    const text = tplText()
      .replace('___SANDBOXED_JS_FOR_SERVER___', '___SANDBOXED_JS_FOR_WEB_TEMPLATE___')
      .replace('___SERVER_PERMISSIONS___', '___WEB_PERMISSIONS___');
    const tpl = readTpl(text);
    expect(tpl.codeSection).toBe('___SANDBOXED_JS_FOR_WEB_TEMPLATE___');
    expect(tpl.permissionsSection).toBe('___WEB_PERMISSIONS___');
    expect(tpl.code).toContain("require('logToConsole')");
  });

  test('keeps code lines that merely look like markers of unknown sections', () => {
    const code = 'const a = 1;\n___NOT_A_SECTION___\nreturn a;';
    expect(readTpl(tplText({ ___SANDBOXED_JS_FOR_SERVER___: code })).code).toBe(code);
  });

  test('names the file, line, column and section of invalid JSON', () => {
    const error = errorOf(() =>
      readTpl(
        tplText({ ___TEMPLATE_PARAMETERS___: '[\n  {\n    "type": "TEXT",\n  }\n]' }),
        'bad.tpl',
      ),
    );
    // ___TERMS_OF_SERVICE___ is line 1, its body line 3; ___INFO___ line 6, body 8..22;
    // ___TEMPLATE_PARAMETERS___ line 25, body from line 27; the stray comma's '}' is on line 30.
    expect(error.message).toBe(
      'bad.tpl:30:3: ___TEMPLATE_PARAMETERS___: invalid JSON (Expected double-quoted property name in JSON at position 28); fix the JSON or re-export the template from GTM',
    );
  });

  test('names the line of invalid tests YAML', () => {
    const error = errorOf(() =>
      readTpl(tplText({ ___TESTS___: 'scenarios:\n- name: a\n  code: [\nb' }), 'bad.tpl'),
    );
    expect(error.file).toBe('bad.tpl');
    expect(error.message).toMatch(/^bad\.tpl:\d+:\d+: ___TESTS___: invalid YAML \(/);
    const testsMarker = tplText().split('\n').indexOf('___TESTS___') + 1;
    expect(error.line).toBeGreaterThanOrEqual(testsMarker + 2);
  });

  test('reports a scenario without a name', () => {
    const error = errorOf(() =>
      readTpl(tplText({ ___TESTS___: 'scenarios:\n- code: x' }), 'bad.tpl'),
    );
    const testsBody = tplText().split('\n').indexOf('___TESTS___') + 3;
    expect(error.message).toBe(
      `bad.tpl:${testsBody}:1: ___TESTS___: scenario 1 has no "name" string`,
    );
  });

  test('reports a missing code section', () => {
    const text = tplText({}, ['___INFO___', '___SERVER_PERMISSIONS___']);
    expect(errorOf(() => readTpl(text, 'bad.tpl')).message).toBe(
      'bad.tpl:1:1: missing section ___SANDBOXED_JS_FOR_SERVER___; a GTM export always has it (re-export the template)',
    );
  });

  test('reports text that is not a template', () => {
    expect(errorOf(() => readTpl('hello\n', 'bad.tpl')).message).toBe(
      'bad.tpl:1:1: no section markers found (expected lines like ___INFO___); is this a GTM template export?',
    );
  });

  test('a section repeated with different contents is an error naming both lines', () => {
    const text = tplText() + '___NOTES___\n\nagain\n\n\n';
    expect(errorOf(() => readTpl(text, 'bad.tpl')).message).toBe(
      'bad.tpl:63:1: ___NOTES___ appears twice (lines 58 and 63) with different contents; keep the one you mean',
    );
  });
});

describe('read as GTM’s importer reads', () => {
  const names = [...SERVER_SECTIONS];

  test('missing permissions, tests and notes sections are empty, each with a warning', () => {
    const without = names.filter(
      (n) => !['___SERVER_PERMISSIONS___', '___TESTS___', '___NOTES___'].includes(n),
    );
    const { tpl, warnings } = readTplFile(tplText({}, without), 'lean.tpl');
    expect(tpl.permissions).toEqual([]);
    expect(tpl.permissionsSection).toBe('___SERVER_PERMISSIONS___');
    expect(tpl.tests).toEqual({ scenarios: [] });
    expect(tpl.notes).toBe('');
    expect(warnings.map((w) => `${w.file}:${w.line}:${w.col}: ${w.detail}`)).toEqual([
      "lean.tpl:1:1: missing section ___SERVER_PERMISSIONS___; read as empty, as GTM's importer does",
      "lean.tpl:1:1: missing section ___TESTS___; read as empty, as GTM's importer does",
      "lean.tpl:1:1: missing section ___NOTES___; read as empty, as GTM's importer does",
    ]);
  });

  test('a section repeated word for word (left by a merge) is one section, with a warning', () => {
    const text = tplText() + '___TERMS_OF_SERVICE___\n\nTerms sentence.\n\n\n';
    const { tpl, warnings } = readTplFile(text, 'merged.tpl');
    expect(tpl).toEqual(readTpl(tplText(), 'merged.tpl'));
    expect(warnings.map((w) => `${w.line}: ${w.detail}`)).toEqual([
      "63: ___TERMS_OF_SERVICE___ appears twice (lines 1 and 63), the same both times; it is read once, as GTM's importer does: remove one",
    ]);
  });

  test('check prints what the reader read leniently as warnings, and the differing repeat as an error', () => {
    const text =
      tplText(
        {},
        names.filter((n) => n !== '___TESTS___'),
      ) + '___NOTES___\n\nother\n\n\n';
    const about = checkTpl(text, 'x.tpl')
      .filter((d) => /section|appears twice/.test(d.message))
      .map(formatDiagnostic);
    expect(about).toEqual([
      "x.tpl:1:1: warning: missing section ___TESTS___; read as empty, as GTM's importer does",
      'x.tpl:53:1: ___NOTES___ appears twice (lines 48 and 53) with different contents; keep the one you mean',
    ]);
  });

  test('sections in another order are read all the same, with one warning for the file', () => {
    const moved = [
      '___INFO___',
      '___NOTES___',
      '___SANDBOXED_JS_FOR_SERVER___',
      '___SERVER_PERMISSIONS___',
      '___TEMPLATE_PARAMETERS___',
      '___TESTS___',
      '___TERMS_OF_SERVICE___',
    ];
    const text = tplText({}, moved);
    const { tpl, warnings } = readTplFile(text, 'moved.tpl');
    expect(tpl).toEqual(readTpl(tplText(), 'moved.tpl'));
    const line = (name: string) => text.split('\n').indexOf(name) + 1;
    const expected = `moved.tpl:${line('___SANDBOXED_JS_FOR_SERVER___')}:1: ___SANDBOXED_JS_FOR_SERVER___ comes after ___NOTES___ (line ${line('___NOTES___')}); sections are read in any order, but GTM writes ___TERMS_OF_SERVICE___, ___INFO___, ___TEMPLATE_PARAMETERS___, ___SANDBOXED_JS_FOR_SERVER___, ___SERVER_PERMISSIONS___, ___TESTS___, ___NOTES___: re-export the template or move the sections`;
    expect(warnings.map((w) => `${w.file}:${w.line}:${w.col}: ${w.detail}`)).toEqual([expected]);
    const asChecked = checkTpl(text, 'moved.tpl')
      .filter((d) => /section/.test(d.message))
      .map(formatDiagnostic);
    expect(asChecked).toEqual([expected.replace(':1: ', ':1: warning: ')]);
  });

  test('a complete file has no warnings', () => {
    expect(readTplFile(tplText(), 'x.tpl').warnings).toEqual([]);
  });
});

describe('splitSections', () => {
  test('gives each body its first line number', () => {
    const sections = splitSections(tplText());
    expect(sections.map((s) => [s.name, s.markerLine, s.bodyLine])).toEqual([
      ['___TERMS_OF_SERVICE___', 1, 3],
      ['___INFO___', 6, 8],
      ['___TEMPLATE_PARAMETERS___', 25, 27],
      ['___SANDBOXED_JS_FOR_SERVER___', 35, 37],
      ['___SERVER_PERMISSIONS___', 43, 45],
      ['___TESTS___', 48, 50],
      ['___NOTES___', 58, 60],
    ]);
  });
});
