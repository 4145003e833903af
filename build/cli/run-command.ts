// `sgtm-template run [FILE.tpl] --data F.json --event F.json …`: one execution, as GTM's Preview
// shows it, printed as a JSON trace or (--format pretty) a summary.
import * as fs from 'node:fs';
import { dataFieldNames } from '../definition/field-checks';
import { listMapProblems, requestProblems, stringMapProblems } from '../runtime/input-check';
import { runTemplate } from '../runtime/run-template';
import { tplLines } from '../runtime/tpl-lines';
import type { ExecutionInput, HttpMode, RecordedResponse, RequestInput } from '../runtime/types';
import { readTpl } from '../tpl/read';
import { UsageError, type ParsedArgs } from './command';
import type { RUN_OPTIONS } from './commands';
import { tplOperands } from './project';
import { formatTrace, shownTrace } from './trace-output';

/** A JSON object given as a file or inline (`--data '{"a": 1}'`). */
export function readJsonObject(value: string, flag: string): Record<string, unknown> {
  const inline = /^\s*[{[]/.test(value);
  let text = value;
  if (!inline) {
    try {
      text = fs.readFileSync(value, 'utf8');
    } catch (error) {
      throw new UsageError(
        `${flag} ${value}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error}); give a JSON file or inline JSON`,
      );
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${flag} ${inline ? '' : `${value}: `}not JSON (${(error as Error).message})`,
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`${flag}${inline ? '' : ` ${value}`}: expected a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

function checked<T>(flag: string, value: unknown, problems: string[]): T {
  if (problems.length > 0) throw new UsageError(`${flag}: ${problems.join('; ')}`);
  return value as T;
}

/** `PREFIX=STATUS:BODY`; the prefix may itself contain '=' (query strings), so split at the last '='. */
export function parseRespond(spec: string): RecordedResponse {
  const m = /^(.*)=(\d{3}|fail)(?::([\s\S]*))?$/.exec(spec);
  if (!m) {
    throw new UsageError(
      `--respond ${spec}: expected URL_PREFIX=STATUS:BODY, e.g. https://api.example.com/=200:{"ok":true}`,
    );
  }
  const [, urlPrefix, status, body] = m;
  return status === 'fail'
    ? { urlPrefix, status: 0, fail: 'failed' }
    : { urlPrefix, status: Number(status), body: body ?? '' };
}

function parseMap(specs: string[] | undefined): Record<string, string> | undefined {
  if (!specs) return undefined;
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq <= 0)
      throw new UsageError(
        `--map ${spec}: expected HOST=BASE_URL, e.g. capi.analytics.rlcdn.com=http://127.0.0.1:8080`,
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
  if (values.event === undefined) {
    throw new UsageError(
      "give the event with --event F.json or inline JSON (--event '{}' for an empty one), e.g. --event examples/purchase.json",
    );
  }
  const fields = dataFieldNames(tpl.parameters);
  if (values.data === undefined && fields.length > 0) {
    const shown = fields.slice(0, 3).join(', ') + (fields.length > 3 ? ', …' : '');
    throw new UsageError(
      `${file} has fields (${shown}): give their values with --data F.json (--data '{}' for none)`,
    );
  }
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
    data: values.data === undefined ? {} : readJsonObject(values.data, '--data'),
    event: readJsonObject(values.event, '--event'),
    request: requestOf(values),
    http,
    nowMs: values.now,
    timeoutMs: values.timeout,
    // GTM's Preview: getContainerVersion() says preview (and debug), so "debug" logging logs.
    containerVersion: values.production ? {} : { debugMode: true, previewMode: true },
    inspect: true,
  };
  const trace = await runTemplate(tpl, input, {
    fileName: file,
    codeLine: tplLines(text, file).code - 1,
  });
  process.stdout.write(
    values.format === 'pretty'
      ? formatTrace(trace)
      : `${JSON.stringify(shownTrace(trace), null, 2)}\n`,
  );
  return 0;
}
