// `sgtm-template serve [FILE.tpl] --fields F.json …`: a local server-side tagging endpoint. gtag hits on
// /g/collect run the template once per event, LiveRamp is mocked in-process, and a preview page at /
// shows every event.
import { createPreviewServer } from '../serve/preview-server';
import { serveOptions } from '../serve/serve-options';
import type { ParsedArgs } from './command';
import type { SERVE_OPTIONS } from './commands';
import { tplOperands } from './project';
import { readFieldValues, readServerTemplate, requireFieldValues } from './template-input';

const DEFAULT_PORT = 8080;

export async function serveCommand({
  values,
  operands,
}: ParsedArgs<typeof SERVE_OPTIONS>): Promise<number> {
  const [file] = tplOperands(operands);
  const { text, tpl } = readServerTemplate(file);
  requireFieldValues(file, tpl, values.fields, '--fields', 'the defaults');
  const port = values.port ?? DEFAULT_PORT;
  const host = values.host ?? '127.0.0.1';
  const { options, adapterLabel } = serveOptions({
    file,
    tpl,
    text,
    fields:
      values.fields === undefined ? {} : readFieldValues('serve', tpl, values.fields, '--fields'),
    live: values.live,
    adapterStatus: values['adapter-status'],
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
    url = await app.listen(port, host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE' ? 'is taken: choose another with --port' : `failed (${code ?? error})`;
    process.stderr.write(`sgtm-template serve: listening on ${host}:${port} ${why}\n`);
    return 1;
  }
  process.stdout.write(`sGTM preview: ${url}  template ${file}  adapter: ${adapterLabel}\n`);
  app.log.listen((e) => {
    process.stdout.write(`#${e.id} ${String(e.eventData.event_name)}: ${e.outcome}: ${e.reason}\n`);
  });
  await stopped;
  await app.close();
  return 0;
}
