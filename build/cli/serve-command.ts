// `sgtm-template serve [FILE.tpl] --fields F.json …`: a local server-side tagging endpoint. gtag hits on
// /g/collect run the template once per event; its requests are answered by --respond, the project's
// serve setup (package.json's "sgtm-template".dev) or, with --live, the real hosts; a preview page at /
// shows every event.
import * as path from 'node:path';
import { createPreviewServer } from '../serve/preview-server';
import { serveOptions } from '../serve/serve-options';
import { loadSetup, SetupError, setupModuleOf, type LoadedSetup } from '../serve/setup';
import { UsageError, type ParsedArgs } from './command';
import type { SERVE_OPTIONS } from './commands';
import { projectSettings, tplOperands } from './project';
import { parseRespond } from './respond-option';
import { readFieldValues, readServerTemplate, requireFieldValues } from './template-input';

const DEFAULT_PORT = 8080;
/** How often the server looks whether the process that started it is still there. */
const PARENT_CHECK_MS = 500;

function projectSetup(): LoadedSetup | undefined {
  const { packageJson } = projectSettings();
  if (!packageJson) return undefined;
  try {
    const module = setupModuleOf(packageJson);
    return module === undefined ? undefined : loadSetup(path.dirname(packageJson), module);
  } catch (error) {
    if (error instanceof SetupError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Resolves when the server should stop: SIGINT (Ctrl-C), SIGTERM, SIGHUP (the terminal closed), or the
 * parent process gone (npm, a test runner…), so no server is left holding the port.
 */
function stopSignal(): { stopped: Promise<string>; dispose(): void } {
  let dispose = () => undefined as void;
  const stopped = new Promise<string>((resolve) => {
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const handlers = signals.map((signal) => {
      const handler = () => resolve(signal);
      process.once(signal, handler);
      return [signal, handler] as const;
    });
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid !== parent) resolve('the parent process ended');
    }, PARENT_CHECK_MS);
    timer.unref();
    dispose = () => {
      clearInterval(timer);
      for (const [signal, handler] of handlers) process.off(signal, handler);
    };
  });
  return { stopped, dispose: () => dispose() };
}

export async function serveCommand({
  values,
  operands,
}: ParsedArgs<typeof SERVE_OPTIONS>): Promise<number> {
  const [file] = tplOperands(operands);
  const { text, tpl } = readServerTemplate(file);
  requireFieldValues(file, tpl, values.fields, '--fields', 'the defaults');
  if (values.live && values.respond)
    throw new UsageError('--respond and --live exclude each other');
  const port = values.port ?? DEFAULT_PORT;
  const host = values.host ?? '127.0.0.1';
  const { options, requestsLabel } = serveOptions({
    file,
    tpl,
    text,
    fields:
      values.fields === undefined ? {} : readFieldValues('serve', tpl, values.fields, '--fields'),
    setup: values['no-setup'] ? undefined : projectSetup(),
    respond: values.respond?.map(parseRespond),
    live: values.live,
  });
  const app = createPreviewServer(options);
  // Listening for the signals before the start line is printed: whoever reads that line may stop
  // the server at once.
  const stop = stopSignal();
  let url: string;
  try {
    url = await app.listen(port, host);
  } catch (error) {
    stop.dispose();
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE' ? 'is taken: choose another with --port' : `failed (${code ?? error})`;
    process.stderr.write(`sgtm-template serve: listening on ${host}:${port} ${why}\n`);
    return 1;
  }
  process.stdout.write(`sGTM preview: ${url}  template ${file}  requests: ${requestsLabel}\n`);
  app.log.listen((e) => {
    const type = e.type === null ? '' : ` → ${e.type}`;
    process.stdout.write(
      `#${e.id} ${String(e.eventData.event_name)}${type}: ${e.outcome}: ${e.reason}\n`,
    );
  });
  await stop.stopped;
  stop.dispose();
  await app.close();
  return 0;
}
