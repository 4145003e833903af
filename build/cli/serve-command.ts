// `sgtm-template serve FILE.tpl --fields F.json …`: a local server-side tagging endpoint. gtag hits on
// /g/collect run the template once per event, LiveRamp is mocked in-process, and a preview page at /
// shows every event.
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createPreviewServer } from '../serve/preview-server';
import { serveOptions } from '../serve/serve-options';

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

class UsageError extends Error {}

function readFields(file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the fields file ${file}: ${(error as Error).message}`);
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
    if (!fs.existsSync(file))
      throw new UsageError(`cannot read the template ${file}: no such file`);
    const port = integer(values.port, '--port', 0, 65535);
    const { options, adapterLabel } = serveOptions({
      file,
      fields: readFields(values.fields),
      live: values.live,
      adapterStatus: integer(values['adapter-status'] ?? '200', '--adapter-status', 100, 599),
    });
    const app = createPreviewServer(options);
    // Listening for the signals before the start line is printed: whoever reads that line may stop
    // the server at once.
    const stopped = new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
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
    process.stdout.write(`sGTM preview: ${url}  template ${file}  adapter: ${adapterLabel}\n`);
    app.log.listen((e) => {
      process.stdout.write(
        `#${e.id} ${String(e.eventData.event_name)}: ${e.outcome}: ${e.reason}\n`,
      );
    });
    await stopped;
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
