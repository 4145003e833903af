// `sgtm-template serve` in this process, as `npm start` runs it (the built template, the example
// fields, the project's serve setup dev/serve-setup.ts), and the recorded gtag hit of examples/.
import * as fs from 'fs';
import * as path from 'path';
import {
  createPreviewServer,
  type PreviewServer,
  type PreviewServerOptions,
} from '../../build/serve/preview-server';
import { serveOptions } from '../../build/serve/serve-options';
import { loadSetup, setupModuleOf } from '../../build/serve/setup';
import type { RecordedResponse } from '../../build/runtime/types';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE_FIELDS = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'examples', 'fields.json'), 'utf8'),
) as Record<string, unknown>;
export const RECORDED_PURCHASE = path.join(ROOT, 'examples', 'ga4-hits', 'purchase.curl');

export interface RunningPreview {
  app: PreviewServer;
  url: string;
}

/** The project's serve setup, as `npm start` loads it from package.json. */
export const projectSetup = () => loadSetup(ROOT, setupModuleOf(path.join(ROOT, 'package.json'))!);

/** As `npm start` (run from the repository's root); `options` replace parts of the server's. */
export async function startPreview(
  options: Partial<PreviewServerOptions> & { respond?: RecordedResponse[] } = {},
): Promise<RunningPreview> {
  const { respond, ...overrides } = options;
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const settings = {
      file: 'dist/template.tpl',
      fields: EXAMPLE_FIELDS,
      setup: projectSetup(),
      respond,
    };
    const app = createPreviewServer({ ...serveOptions(settings).options, ...overrides });
    return { app, url: await app.listen(0, '127.0.0.1') };
  } finally {
    process.chdir(cwd);
  }
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
