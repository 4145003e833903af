// The package's own template for its serve tests: a server tag that posts each event to
// https://api.example.com/collect/A1 and succeeds on a 2xx answer, fails otherwise, sends nothing for
// `skip_me`, never calls back for `hang` and throws for `throw`. Nothing of this project's tag. The
// same template as a file, fixtures/collect.tpl, is docs/runtime.md's example of serve for any template.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { permission } from '../../runtime/permission-builder';
import type { TplFile } from '../../tpl/model';
import { serverTpl } from '../support/server-tpl';

export const COLLECT_URL = 'https://api.example.com/collect/A1';
export const COLLECT_TPL = path.join(__dirname, 'fixtures', 'collect.tpl');

const CODE = `const getAllEventData = require('getAllEventData');
const sendHttpRequest = require('sendHttpRequest');
const JSON = require('JSON');
const logToConsole = require('logToConsole');
const event = getAllEventData();
if (event.event_name === 'throw') event.missing.field;
if (event.event_name === 'skip_me') {
  logToConsole('nothing to send for skip_me');
  data.gtmOnSuccess();
} else if (event.event_name !== 'hang') {
  sendHttpRequest('${COLLECT_URL}', { method: 'POST', headers: { 'content-type': 'application/json' } },
    JSON.stringify({ name: event.event_name, page: event.page_location }))
    .then(function (response) {
      logToConsole('answered ' + response.statusCode);
      if (response.statusCode >= 200 && response.statusCode < 300) data.gtmOnSuccess();
      else data.gtmOnFailure();
    }, function () {
      data.gtmOnFailure();
    });
}
`;

export function collectTemplate(code = CODE): TplFile {
  return serverTpl(
    code,
    [
      permission('read_event_data', { eventDataAccess: 'any' }),
      permission('send_http', { allowedUrls: 'specific', urls: ['https://api.example.com/'] }),
      permission('logging', { environments: 'all' }),
    ],
    {},
    'Collect tag',
  );
}

/** The template as a .tpl file in a new folder of its own (no package.json, so no serve setup). */
export function collectTemplateFile(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-collect-'));
  const file = path.join(dir, 'collect.tpl');
  fs.copyFileSync(COLLECT_TPL, file);
  return { dir, file };
}
