// `sgtm-template run [FILE.tpl] --data F.json --event F.json …`: one execution, as GTM's Preview
// shows it, printed as a JSON trace or (--format pretty) a summary.
import { listMapProblems, requestProblems, stringMapProblems } from '../runtime/input-check';
import { runTemplate } from '../runtime/run-template';
import { runCounted } from '../runtime/instrument/counted-run';
import { formatProfile, stepProfile } from '../runtime/instrument/step-profile';
import { tplLines } from '../runtime/tpl-lines';
import type { ExecutionInput, HttpMode, RequestInput } from '../runtime/types';
import { UsageError, type ParsedArgs } from './command';
import type { RUN_OPTIONS } from './commands';
import { tplOperands } from './project';
import { parseRespond } from './respond-option';
import {
  readFieldValues,
  readJsonObject,
  readServerTemplate,
  requireFieldValues,
} from './template-input';
import { formatTrace, shownTrace } from './trace-output';

function checked<T>(flag: string, value: unknown, problems: string[]): T {
  if (problems.length > 0) throw new UsageError(`${flag}: ${problems.join('; ')}`);
  return value as T;
}

function parseMap(specs: string[] | undefined): Record<string, string> | undefined {
  if (!specs) return undefined;
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq <= 0)
      throw new UsageError(
        `--map ${spec}: expected HOST=BASE_URL, e.g. collect.vendor.example=http://127.0.0.1:8080`,
      );
    out[spec.slice(0, eq)] = spec.slice(eq + 1);
  }
  return out;
}

function requestOf(values: ParsedArgs<typeof RUN_OPTIONS>['values']): RequestInput {
  const request: RequestInput = {};
  if (values.request !== undefined) {
    const given = readJsonObject(values.request, '--request');
    Object.assign(request, checked<RequestInput>('--request', given, requestProblems(given)));
  }
  if (values.cookies !== undefined) {
    const given = readJsonObject(values.cookies, '--cookies');
    request.cookies = checked('--cookies', given, listMapProblems(given, '', 'cookie values'));
  }
  if (values.headers !== undefined) {
    const given = readJsonObject(values.headers, '--headers');
    request.headers = checked('--headers', given, stringMapProblems(given, '', 'header values'));
  }
  return request;
}

export async function runCommand({
  values,
  operands,
}: ParsedArgs<typeof RUN_OPTIONS>): Promise<number> {
  const [file] = tplOperands(operands);
  const { text, tpl } = readServerTemplate(file);
  if (values.event === undefined) {
    throw new UsageError(
      "give the event with --event F.json or inline JSON (--event '{}' for an empty one), e.g. --event examples/purchase.json",
    );
  }
  requireFieldValues(file, tpl, values.data, '--data', 'none');
  const http: HttpMode = values.live
    ? { mode: 'live', hostMap: parseMap(values.map) }
    : {
        mode: 'recorded',
        responses: values.respond
          ? values.respond.map(parseRespond)
          : [{ urlPrefix: '', status: 200, body: '' }],
      };
  if (!values.live && values.map) throw new UsageError('--map works with --live only');
  const input: ExecutionInput = {
    data: values.data === undefined ? {} : readFieldValues('run', tpl, values.data, '--data'),
    event: readJsonObject(values.event, '--event'),
    request: requestOf(values),
    http,
    nowMs: values.now,
    timeoutMs: values.timeout,
    // GTM's Preview: getContainerVersion() says preview (and debug), so "debug" logging logs.
    containerVersion: values.production ? {} : { debugMode: true, previewMode: true },
    inspect: true,
  };
  const where = { fileName: file, codeLine: tplLines(text, file).code - 1 };
  if (values.profile) return profileRun(tpl, input, where, values.format);
  const trace = await runTemplate(tpl, input, where);
  process.stdout.write(
    values.format === 'pretty'
      ? formatTrace(trace)
      : `${JSON.stringify(shownTrace(trace), null, 2)}\n`,
  );
  return 0;
}

/** `run --profile`: the outcome in one line and the steps' profile, or the trace with it as JSON. */
async function profileRun(
  tpl: Parameters<typeof runCounted>[0],
  input: ExecutionInput,
  where: { fileName: string; codeLine: number },
  format: string | undefined,
): Promise<number> {
  const { trace, steps } = await runCounted(tpl, input, where);
  const profile = stepProfile(steps, { codeLine: where.codeLine + 1 });
  if (format === 'json') {
    const shown = { ...shownTrace(trace), profile };
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  }
  const [outcome] = formatTrace(trace).split('\n');
  const counts = `${trace.requests.length} request(s), ${trace.logs.length} log line(s), ${trace.errors.length} error(s)`;
  process.stdout.write(`${outcome}; ${counts}\n${formatProfile(profile)}`);
  return 0;
}
