// `sgtm-template serve` in this process, as `npm start` runs it: the built template, the example
// fields and the mock LiveRamp with the adapter schema; and the recorded gtag hit of examples/.
import * as fs from 'fs';
import * as path from 'path';
import { compileSchemaFile } from '../../build/serve/json-schema';
import { mockLiveRamp } from '../../build/serve/mock-liveramp';
import {
  createPreviewServer,
  type PreviewServerOptions,
  type PreviewServer,
} from '../../build/serve/preview-server';
import { ADAPTER_SCHEMA_PATH } from './adapter-schema';
import { BUILT_TEMPLATE_PATH, builtTemplate } from './built-template';

const ROOT = path.resolve(__dirname, '..', '..');
export const EXAMPLE_FIELDS = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'examples', 'fields.json'), 'utf8'),
) as Record<string, unknown>;
export const RECORDED_PURCHASE = path.join(ROOT, 'examples', 'ga4-hits', 'purchase.curl');

export interface RunningPreview {
  app: PreviewServer;
  url: string;
}

export async function startPreview(
  options: Partial<PreviewServerOptions> & { adapterStatus?: number } = {},
): Promise<RunningPreview> {
  const schemaFile = 'schema/adapter-request.schema.json';
  const app = createPreviewServer({
    tpl: builtTemplate(),
    fileName: path.relative(ROOT, BUILT_TEMPLATE_PATH),
    codeLine: 0,
    fields: EXAMPLE_FIELDS,
    adapter: 'mock',
    send: mockLiveRamp({
      adapterStatus: options.adapterStatus ?? 200,
      schemaCheck: compileSchemaFile(ADAPTER_SCHEMA_PATH),
      schemaFile,
    }),
    ...options,
  });
  return { app, url: await app.listen(0, '127.0.0.1') };
}

/** A curl config file's request: its path and query (host dropped), method, headers and body. */
export function readCurlConfig(file: string): {
  pathAndQuery: string;
  method: string;
  headers: Record<string, string>;
  body: string;
} {
  const out = { pathAndQuery: '', method: 'GET', headers: {} as Record<string, string>, body: '' };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\w[\w-]*)\s*=\s*"(.*)"$/.exec(line.trim());
    if (!m) continue;
    const [, key, value] = m;
    if (key === 'url') {
      const u = new URL(value);
      out.pathAndQuery = u.pathname + u.search;
    } else if (key === 'request') out.method = value;
    else if (key === 'data') out.body = value;
    else if (key === 'header') {
      const colon = value.indexOf(':');
      out.headers[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
    }
  }
  return out;
}
