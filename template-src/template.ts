// The template definition: what GTM shows (info, fields), what the code may touch (scope, from the
// same rules the code uses), and the curated scenarios of GTM's Tests tab (template-src/tests/).
// `npm run build` compiles it with ./tag/main.ts into dist/template.tpl and template.tpl.
import * as fs from 'fs';
import * as path from 'path';
import { defineTemplate } from 'sgtm-template';
import { fields } from './fields';
import { ADAPTER_URL, DEFAULTS, READABLE_COOKIES, REFRESH_URL, REQUEST_HEADERS } from './tag/rules';
import { gtmTests } from './tests/load';

const icon = fs.readFileSync(path.join(__dirname, 'icon.png')).toString('base64');

export default defineTemplate({
  info: {
    displayName: 'Snapchat CAPI via LiveRamp ATS',
    description:
      'Sends GA4 events to Snapchat Conversions API through LiveRamp ATS, with the ATS envelope, ' +
      '_scid and click ID. Maps ecommerce events, respects consent, refreshes stale envelopes.',
    categories: ['ADVERTISING', 'CONVERSIONS', 'ANALYTICS'],
    brand: {
      id: 'github.com_snapchat-capi-ats',
      displayName: 'snapchat-capi-ats',
      thumbnail: 'data:image/png;base64,' + icon,
    },
  },
  fields: fields,
  code: './tag/main.ts',
  scope: {
    // GTM's URL patterns end with '/' or '*'; the refresh call is `…/refresh?pid=…`.
    sendHttp: { urls: [ADAPTER_URL, REFRESH_URL + '*'] },
    readCookies: READABLE_COOKIES,
    // The refreshed envelope goes back to the browser in ATS.js's own cookie; nothing else is set.
    setCookies: [
      {
        name: DEFAULTS.envelopeCookieName,
        domain: '*',
        path: '/',
        secure: 'secure',
        session: 'any',
      },
    ],
    requestHeaders: [...REQUEST_HEADERS],
    // The user's IP for the refresh call when the event has no ip_override.
    remoteAddress: true,
    eventData: 'any',
    logging: 'all',
  },
  tests: () => gtmTests(fields),
  termsOfService: true,
  notes:
    'Built by `npm run build` from the TypeScript sources in template-src/ (snapchat-capi-ats); edit ' +
    'those and rebuild rather than this file.',
});
