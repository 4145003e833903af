// What `sgtm-template serve` runs, from its settings: the template read from its file, and where the
// template's requests go (the mock LiveRamp with the project's adapter schema, or the real hosts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sendLive } from '../runtime/apis/http';
import { tplLines } from '../runtime/tpl-lines';
import type { TplFile } from '../tpl/model';
import { readTpl } from '../tpl/read';
import { compileSchemaFile } from './json-schema';
import { mockLiveRamp, type Send } from './mock-liveramp';
import type { PreviewServerOptions } from './preview-server';

/** The project's adapter schema, looked up from where the command runs (the project's root). */
export const ADAPTER_SCHEMA_FILE = path.join('schema', 'adapter-request.schema.json');

export interface ServeSettings {
  /** The .tpl file, as the user named it. */
  file: string;
  /** The file's text and the template read from it, when the caller has them already. */
  text?: string;
  tpl?: TplFile;
  fields: Record<string, unknown>;
  live?: boolean;
  /** What the mock adapter answers (default 200). */
  adapterStatus?: number;
}

function adapter(settings: ServeSettings): { send: Send; label: string } {
  if (settings.live) {
    return { send: (request) => sendLive(undefined, request), label: 'live (LiveRamp)' };
  }
  const status = settings.adapterStatus ?? 200;
  const schemaFile = ADAPTER_SCHEMA_FILE;
  const schemaCheck = fs.existsSync(schemaFile) ? compileSchemaFile(schemaFile) : undefined;
  const send = mockLiveRamp({ adapterStatus: status, schemaCheck, schemaFile });
  const answer = status === 200 ? 'mock' : `mock answering HTTP ${status}`;
  return { send, label: `${answer} (--live sends to LiveRamp)` };
}

/** The server's options, and how the start line names the adapter. Throws when the file is unreadable. */
export function serveOptions(settings: ServeSettings): {
  options: PreviewServerOptions;
  adapterLabel: string;
} {
  const text = settings.text ?? fs.readFileSync(settings.file, 'utf8');
  const { send, label } = adapter(settings);
  return {
    options: {
      tpl: settings.tpl ?? readTpl(text, settings.file),
      fileName: settings.file,
      codeLine: tplLines(text, settings.file).code - 1,
      fields: settings.fields,
      send,
      adapter: settings.live ? 'live' : 'mock',
    },
    adapterLabel: label,
  };
}
