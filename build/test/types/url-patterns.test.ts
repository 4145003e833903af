// One URL matcher (build/sandbox/url-pattern.ts) for every permission that allows URLs: this table
// holds GTM's rules and their look-alikes, and asserts that `check` (the checker, reading the URL in
// the code) and `run` (the runtime, judging the URL the call really uses) give the same verdict on
// every row, through their own code paths, for send_http and for send_pixel_from_browser.
import { checkTpl } from '../../compiler/check-tpl';
import { permission } from '../../runtime/permission-builder';
import { runTemplate } from '../../runtime/run-template';
import { urlPatternAllows, urlPrefixMayBeAllowed } from '../../sandbox/url-pattern';
import { writeTpl } from '../../tpl/write';
import { serverTpl } from '../support/server-tpl';

const ROWS: [pattern: string, url: string, allowed: boolean][] = [
  ['https://*.example.com/', 'https://api.example.com/a', true],
  ['https://*.example.com/', 'https://eu.api.example.com/a', true],
  ['https://*.example.com/', 'https://evil.com/?x=.example.com/', false],
  ['https://*.example.com/', 'https://evil.com/.example.com/', false],
  ['https://*.example.com/', 'https://evil.com/#.example.com/', false],
  ['https://*.example.com/', 'https://api.example.com@evil.com/', false],
  ['https://*.example.com/', 'https://API.EXAMPLE.com/a', true],
  ['https://*.example.com/', 'https://api.example.com:443/a', true],
  ['https://*.example.com/', 'https://api.example.com:8443/a', false],
  ['https://*.example.com/', 'https://api.example.com.evil.net/', false],
  ['https://*.example.com/', 'https://apiexample.com/', false],
  ['https://*.example.com/', 'https://example.com/', false],
  ['https://*.example.com/', 'http://api.example.com/a', false],
  ['https://api.example.com/v1/', 'https://api.example.com/v1/events', true],
  ['https://api.example.com/v1/', 'https://api.example.com/v2/events', false],
  ['https://api.example.com/v1/', 'https://api.example.com/v2/?next=/v1/', false],
  ['https://api.example.com/v1/', 'https://api.example.com/v1', false],
  ['https://api.example.com/v1/', 'https://API.example.COM/v1/x', true],
  ['https://api.example.com/v1/', 'https://api.example.com/V1/x', false],
  ['https://api.example.com/v1/*', 'https://api.example.com/v1/x?y=1', true],
  ['https://api.example.com/*/events', 'https://api.example.com/v9/events', true],
  ['https://api.example.com/*/events', 'https://api.example.com/v9/other', false],
  ['https://api.example.com:443/', 'https://api.example.com/a', true],
  ['https://api.example.com:8443/', 'https://api.example.com:8443/a', true],
  ['https://api.example.com:8443/', 'https://api.example.com/a', false],
  ['http://api.example.com/', 'https://api.example.com/a', false],
  ['http://api.example.com/', 'http://api.example.com:80/a', true],
  ['https://api.example.com/', 'not a url', false],
];

const CALLS = {
  send_http: (url: string) =>
    `const sendHttpRequest = require('sendHttpRequest');\nsendHttpRequest('${url}', () => data.gtmOnSuccess());\ndata.gtmOnSuccess();`,
  send_pixel_from_browser: (url: string) =>
    `const sendPixelFromBrowser = require('sendPixelFromBrowser');\nsendPixelFromBrowser('${url}');\ndata.gtmOnSuccess();`,
};

function tplFor(id: keyof typeof CALLS, pattern: string, url: string) {
  return serverTpl(CALLS[id](url), [permission(id, { allowedUrls: 'specific', urls: [pattern] })]);
}

/** check's verdict: no error about the URL. */
function checkAllows(id: keyof typeof CALLS, pattern: string, url: string): boolean {
  const diagnostics = checkTpl(writeTpl(tplFor(id, pattern, url)), 'x.tpl');
  return !diagnostics.some((d) => d.severity === 'error');
}

/** run's verdict: the call was not refused. */
async function runAllows(id: keyof typeof CALLS, pattern: string, url: string): Promise<boolean> {
  const trace = await runTemplate(tplFor(id, pattern, url), {
    data: {},
    event: {},
    http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 200, body: '' }] },
  });
  return !trace.errors.some((e) => e.startsWith(`Tag failed "${id}" permission check`));
}

describe.each(Object.keys(CALLS) as (keyof typeof CALLS)[])('%s', (id) => {
  test.each(ROWS)(
    '%s with %s: allowed %s by the matcher, check and run',
    async (pattern, url, allowed) => {
      expect(urlPatternAllows(pattern, url)).toBe(allowed);
      expect(checkAllows(id, pattern, url)).toBe(allowed);
      expect(await runAllows(id, pattern, url)).toBe(allowed);
    },
  );
});

test.each([
  ['https://api.example.com/v1/', 'https://api.example.com/', true],
  ['https://eu.api.example.com/', 'https://*.example.com/', true],
  ['https://evil.com/.example.com/', 'https://*.example.com/', false],
  ['https://api.example.com:443/', 'https://api.example.com/', true],
  ['https://api.example.com/v2/', 'https://api.example.com/v1/', false],
  ['https://api.example.com/v', 'https://api.example.com/v1/', true],
  ['https://api.exa', 'https://api.example.com/', undefined],
])('a URL known to start with %s, against %s: %s', (prefix, pattern, verdict) => {
  expect(
    urlPrefixMayBeAllowed({ any: false, patterns: [pattern], googleDomains: false }, prefix),
  ).toBe(verdict);
});

test('Google domains, when the permission allows them', () => {
  const grant = { any: false, patterns: [], googleDomains: true };
  expect(urlPatternAllows('https://x/', 'https://www.googletagmanager.com/gtag/js')).toBe(false);
  expect(urlPrefixMayBeAllowed(grant, 'https://www.googletagmanager.com/')).toBe(true);
  expect(urlPrefixMayBeAllowed(grant, 'https://www.googletagmanager.com.evil.net/')).toBe(false);
});
