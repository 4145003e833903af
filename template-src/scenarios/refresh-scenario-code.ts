// Refresh fixtures → GTM test code. On top of the shared setup (scenario-code.ts), a scenario mocks
// the shared cache with the fixture's entry and a sendHttpRequest that answers the refresh (promise
// form) and the adapter (callback form), then asserts the refresh call, the cookie written back and
// the adapter request. The refresh is asynchronous, so the assertions run in callLater, after the
// template's promise chain has finished.
import { createHash } from 'crypto';
import type { RefreshFixture } from './fixture';
import { literal, quote } from './code-literals';
import { inputMockLines, sendAssertionLines } from './common-code';
import { cookieJar, responseStatus } from './fixture';

export const REFRESH_URL_PREFIX = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';
export const DEFAULT_REFRESH_TIMEOUT_MS = 2000;

/** The setup helpers refresh scenarios use (appended to the shared setup). */
export function refreshSetupCode(): string[] {
  return [
    "const Promise = require('Promise');",
    "const callLater = require('callLater');",
    '',
    '// The refresh API answers `answer` ({statusCode, body} or {reason: "failed" | "timed_out"}), the',
    '// adapter `status`; `refreshCall` and `sent` record the two requests.',
    'let refreshCall;',
    'function mockAdapterAndRefresh(status, answer) {',
    "  mock('sendHttpRequest', function (url, second, options, body) {",
    '    if (url.indexOf(' + quote(REFRESH_URL_PREFIX) + ') === 0) {',
    '      refreshCall = { url: url, options: second };',
    '      return Promise.create(function (resolve, reject) {',
    '        if (answer.reason) reject({ reason: answer.reason });',
    '        else resolve({ statusCode: answer.statusCode, headers: {}, body: answer.body });',
    '      });',
    '    }',
    '    sent = { url: url, options: options, body: body };',
    '    second(status, {}, status === 0 ? \'\' : \'{"status":"ok"}\');',
    '  });',
    '}',
    '',
    '// The shared cache (templateDataStorage), starting with `entries` (key → stored value).',
    'function mockStorage(entries) {',
    "  mockObject('templateDataStorage', {",
    '    getItemCopy: function (key) { return entries.hasOwnProperty(key) ? entries[key] : null; },',
    '    setItemCopy: function (key, value) { entries[key] = value; },',
    '    removeItem: function (key) { entries[key] = null; },',
    '    clear: function () {},',
    '  });',
    '}',
  ];
}

/** The key the tag caches under: sha256 (hex) of placement and envelope, as sha256Sync computes it. */
export function refreshCacheKey(placementId: string, envelope: string): string {
  return (
    'lr_env_refresh_' +
    createHash('sha256')
      .update(placementId + '\n' + envelope)
      .digest('hex')
  );
}

/** The envelope the tag reads: the value field, else the first cookie value (ATS record or raw). */
export function fixtureEnvelope(fixture: RefreshFixture, data: Record<string, unknown>): string {
  if (data.envelopeSource === 'value') return String(data.envelopeValue);
  const name = typeof data.envelopeCookieName === 'string' ? data.envelopeCookieName : '_lr_env';
  const values = cookieJar(fixture)[name] ?? [''];
  const decoded = Buffer.from(values[0], 'base64').toString('utf8');
  return decoded.charAt(0) === '{' ? String(JSON.parse(decoded).envelope) : values[0];
}

function refreshAnswer(fixture: RefreshFixture): Record<string, unknown> {
  const r = fixture.refresh.response ?? { status: 500 };
  if (r.fail) return { reason: r.fail };
  const body =
    r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  return { statusCode: r.status ?? 200, body };
}

function cacheEntries(
  fixture: RefreshFixture,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (!fixture.refresh.cache) return {};
  const placement = String(data.placementId || data.atsConfigId);
  return { [refreshCacheKey(placement, fixtureEnvelope(fixture, data))]: fixture.refresh.cache };
}

function assertions(fixture: RefreshFixture): string[] {
  const expected = fixture.expect;
  const refresh = fixture.refresh.expect;
  const out: string[] = [];
  if (refresh.request === null) {
    out.push('assertThat(refreshCall).isUndefined();');
  } else {
    const call = {
      url: refresh.request.url,
      options: {
        method: 'GET',
        headers: refresh.request.headers,
        timeout: refresh.request.timeout ?? DEFAULT_REFRESH_TIMEOUT_MS,
      },
    };
    out.push('assertThat(refreshCall).isEqualTo(' + literal(call) + ');');
  }
  if (refresh.cookie === null) {
    out.push("assertApi('setCookie').wasNotCalled();");
  } else {
    const args = [
      quote(refresh.cookie.name),
      quote(refresh.cookie.value),
      literal(refresh.cookie.options),
      'true',
    ];
    out.push("assertApi('setCookie').wasCalledWith(" + args.join(', ') + ');');
  }
  out.push(...sendAssertionLines(expected, 'assertThat(sent).isUndefined();'));
  return out;
}

/** `data` is what the fixture's tag gets (defaults plus its fields): the cache key depends on it. */
export function refreshScenarioCode(
  fixture: RefreshFixture,
  data: Record<string, unknown>,
): string {
  const lines = inputMockLines(fixture);
  lines.push('mockStorage(' + literal(cacheEntries(fixture, data)) + ');');
  lines.push(
    'mockAdapterAndRefresh(' +
      responseStatus(fixture) +
      ', ' +
      JSON.stringify(refreshAnswer(fixture)) +
      ');',
  );
  lines.push('');
  lines.push('runCode(fieldsWith(' + literal(fixture.fields ?? {}) + '));');
  lines.push('');
  lines.push('callLater(function () {');
  for (const line of assertions(fixture).join('\n').split('\n')) lines.push('  ' + line);
  lines.push('});');
  return lines.join('\n');
}
