// `sgtm-template serve FILE.tpl --fields F.json …`: a local server-side tagging endpoint. gtag hits on
// /g/collect run the template once per event, LiveRamp is mocked in-process, and a preview page at /
// shows every event.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { sendLive } from '../runtime/apis/http';
import { tplLines } from '../runtime/tpl-lines';
import { readTpl } from '../tpl/read';
import { compileSchemaFile } from '../serve/json-schema';
import { mockLiveRamp, type Send } from '../serve/mock-liveramp';
import { createPreviewServer } from '../serve/preview-server';

const HELP = `usage: sgtm-template serve FILE.tpl --fields F.json [options]

Serves a local sGTM endpoint: gtag hits to /g/collect become GA4 events, each runs the template once
(in preview mode), and the page at / shows every event, its requests, logs and cookies.

  --fields F.json        the tag's field values (fields not given keep their defaults)
  --port N               the port (default 8080; 0 picks a free one)
  --host HOST            the address to bind (default 127.0.0.1)
  --live                 send the template's requests to the real hosts instead of the mock LiveRamp
  --adapter-status N     the status the mock adapter answers (default 200)

API: GET /api/events, GET /api/stream (Server-Sent Events), GET and PUT /api/fields.
`;

const OPTIONS = {
  fields: { type: 'string' },
  port: { type: 'string', default: '8080' },
  host: { type: 'string', default: '127.0.0.1' },
  live: { type: 'boolean' },
  'adapter-status': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The project's adapter schema, looked up from where the command runs (the project's root). */
export const ADAPTER_SCHEMA_FILE = path.join('schema', 'adapter-request.schema.json');

class UsageError extends Error {}

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
}

function readFields(file: string): Record<string, unknown> {
  const text = readText(file, 'fields file');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: the fields file is not JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(
      `${file}: the fields file must be a JSON object, e.g. {"atsConfigId": "…"}`,
    );
  }
  return value as Record<string, unknown>;
}

function integer(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} "${value}": expected a whole number from ${min} to ${max}`);
  }
  return n;
}

function adapterSend(live: boolean, status: number): { send: Send; label: string } {
  if (live) return { send: (request) => sendLive(undefined, request), label: 'live (LiveRamp)' };
  const schemaFile = ADAPTER_SCHEMA_FILE;
  const schemaCheck = fs.existsSync(schemaFile) ? compileSchemaFile(schemaFile) : undefined;
  const send = mockLiveRamp({ adapterStatus: status, schemaCheck, schemaFile });
  const answer = status === 200 ? 'mock' : `mock answering HTTP ${status}`;
  return { send, label: `${answer} (--live sends to LiveRamp)` };
}

export async function serveCommand(args: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('name exactly one .tpl file');
    if (values.fields === undefined) {
      throw new UsageError('--fields F.json is missing: the tag needs its field values');
    }
    const file = positionals[0];
    const text = readText(file, 'template');
    const tpl = readTpl(text, file);
    const port = integer(values.port, '--port', 0, 65535);
    const status = integer(values['adapter-status'] ?? '200', '--adapter-status', 100, 599);
    const { send, label } = adapterSend(values.live === true, status);
    const app = createPreviewServer({
      tpl,
      fileName: file,
      codeLine: tplLines(text, file).code - 1,
      fields: readFields(values.fields),
      send,
      adapter: values.live ? 'live' : 'mock',
    });
    let url: string;
    try {
      url = await app.listen(port, values.host);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const why =
        code === 'EADDRINUSE'
          ? 'is in use: choose another with --port'
          : `failed (${String(error)})`;
      process.stderr.write(`sgtm-template serve: listening on ${values.host}:${port} ${why}\n`);
      return 1;
    }
    process.stdout.write(`sGTM preview: ${url}  template ${file}  adapter: ${label}\n`);
    app.log.listen((e) => {
      process.stdout.write(
        `#${e.id} ${String(e.eventData.event_name)}: ${e.outcome}: ${e.reason}\n`,
      );
    });
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await app.close();
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sgtm-template serve: ${message}\n`);
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`\n${HELP}`);
    }
    return 2;
  }
}
