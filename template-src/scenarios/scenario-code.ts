// Fixtures → GTM test code. The shared `setup` holds the defaults and three helpers (fields with
// changes, mocked request, mocked adapter), so each scenario reads as the fixture does: the event, the
// cookies and headers, the clock, the adapter's answer, the changed fields, then the assertions on the
// request (URL, options, parsed body) and on which callback ran.
import type { TagFixture } from './fixture';
import { literal } from './code-literals';
import { inputMockLines, sendAssertionLines } from './common-code';
import { refreshSetupCode } from './refresh-scenario-code';
import { responseStatus } from './fixture';

/** Runs before every scenario, in the scenario's scope (GTM's `setup`). */
export function setupCode(defaults: Record<string, unknown>): string {
  return [
    "const JSON = require('JSON');",
    '',
    '// The field values a new tag gets; each scenario changes some of them.',
    'const defaults = ' + literal(defaults) + ';',
    'function fieldsWith(changes) {',
    '  const fields = {};',
    '  for (const key in defaults) fields[key] = defaults[key];',
    '  for (const key in changes) fields[key] = changes[key];',
    '  return fields;',
    '}',
    '',
    '// Cookies as getCookieValues returns them (decoded lists); lower-case header names.',
    'function mockRequest(cookies, headers) {',
    "  mock('getCookieValues', function (name) {",
    '    return cookies.hasOwnProperty(name) ? cookies[name] : [];',
    '  });',
    "  mock('getRequestHeader', function (name) {",
    '    return headers.hasOwnProperty(name) ? headers[name] : undefined;',
    '  });',
    '}',
    '',
    '// The adapter answers `status` (0: the request failed or timed out); `sent` records the request.',
    'let sent;',
    'function mockAdapter(status) {',
    "  mock('sendHttpRequest', function (url, callback, options, body) {",
    '    sent = { url: url, options: options, body: body };',
    '    callback(status, {}, status === 0 ? \'\' : \'{"status":"ok"}\');',
    '  });',
    '}',
    '',
    ...refreshSetupCode(),
  ].join('\n');
}

export function scenarioCode(fixture: TagFixture): string {
  const lines = inputMockLines(fixture);
  lines.push('mockAdapter(' + responseStatus(fixture) + ');');
  lines.push('');
  // The send alone: the envelope refresh (on by default) has its own fixtures and scenarios.
  lines.push(
    'runCode(fieldsWith(' + literal({ refreshEnvelope: false, ...(fixture.fields ?? {}) }) + '));',
  );
  lines.push('');
  lines.push(...sendAssertionLines(fixture.expect, "assertApi('sendHttpRequest').wasNotCalled();"));
  return lines.join('\n');
}
