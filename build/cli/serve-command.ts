// `sgtm-template serve [FILE.tpl] --fields F.json …`: a local server-side tagging endpoint. gtag hits on
// /g/collect run the template once per event, LiveRamp is mocked in-process, and a preview page at /
// shows every event.
import * as fs from 'node:fs';
import { dataFieldNames } from '../definition/field-checks';
import { createPreviewServer } from '../serve/preview-server';
import { serveOptions } from '../serve/serve-options';
import { readTpl } from '../tpl/read';
import { UsageError, type ParsedArgs } from './command';
import type { SERVE_OPTIONS } from './commands';
import { tplOperands } from './project';
import { readJsonObject } from './run-command';

const DEFAULT_PORT = 8080;

export async function serveCommand({
  values,
  operands,
}: ParsedArgs<typeof SERVE_OPTIONS>): Promise<number> {
  const [file] = tplOperands(operands);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  const tpl = readTpl(text, file);
  if (tpl.codeSection !== '___SANDBOXED_JS_FOR_SERVER___') {
    throw new UsageError(`${file} is a web template; only server templates run here`);
  }
  const names = dataFieldNames(tpl.parameters);
  if (values.fields === undefined && names.length > 0) {
    const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
    throw new UsageError(
      `${file} has fields (${shown}): give their values with --fields F.json (--fields '{}' for the defaults)`,
    );
  }
  const port = values.port ?? DEFAULT_PORT;
  const host = values.host ?? '127.0.0.1';
  const { options, adapterLabel } = serveOptions({
    file,
    tpl,
    text,
    fields: values.fields === undefined ? {} : readJsonObject(values.fields, '--fields'),
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
