// `sgtm-template run FILE.tpl --data F.json --event F.json …`: one execution, its JSON trace on stdout.
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { readTpl } from '../tpl/read';
import { runTemplate } from '../runtime/run-template';
import { tplLines } from '../runtime/tpl-lines';
import type { ExecutionInput, HttpMode, RecordedResponse } from '../runtime/types';

const HELP = `usage: sgtm-template run FILE.tpl --data F.json --event F.json [options]

Runs the template's code once, as sGTM would for one event, and prints the JSON trace
{"outcome", "requests", "cookiesSet", "logs", "errors"} on stdout (exit 0: the trace tells the outcome).

  --data F.json          the tag's field values (data.<name>)
  --event F.json         the event data (getAllEventData / getEventData)
  --cookies F.json       request cookies: {"name": "raw value" | ["value", ...]} (values still URI-encoded)
  --headers F.json       request headers: {"name": "value"}
  --request F.json       the whole request: {headers, cookies, query, path, method, body, remoteAddress}
  --respond PREFIX=STATUS:BODY
                         answer requests whose URL starts with PREFIX (repeatable; longest prefix wins;
                         STATUS "fail" = network failure). Unmatched URLs fail and are reported.
  --live                 send real HTTP requests instead
  --map HOST=BASE_URL    in --live mode, send HOST's requests to BASE_URL (e.g. a local server; repeatable)
  --now MS               the clock (getTimestampMillis), default: the real time
  --debug                run as in preview/debug mode (logging permission "debug" then logs)
  --timeout MS           how long to wait for the tag to finish (default 5500)

Without --respond and --live, every request is answered 200 with an empty body.
`;

const OPTIONS = {
  data: { type: 'string' },
  event: { type: 'string' },
  cookies: { type: 'string' },
  headers: { type: 'string' },
  request: { type: 'string' },
  respond: { type: 'string', multiple: true },
  live: { type: 'boolean' },
  map: { type: 'string', multiple: true },
  now: { type: 'string' },
  debug: { type: 'boolean' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

function readJson(file: string | undefined, what: string): Record<string, unknown> {
  if (file === undefined) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${what} file ${file}: ${(error as Error).message}`);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error('expected a JSON object');
    }
    return value as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(
      `${file}: the ${what} file is not a JSON object (${(error as Error).message})`,
    );
  }
}

/** `PREFIX=STATUS:BODY`; the prefix may itself contain '=' (query strings), so split at the last '='. */
export function parseRespond(spec: string): RecordedResponse {
  const m = /^(.*)=(\d{3}|fail)(?::([\s\S]*))?$/.exec(spec);
  if (!m) {
    throw new UsageError(
      `--respond "${spec}": expected URL_PREFIX=STATUS:BODY, e.g. https://api.example.com/=200:{"ok":true}`,
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
        `--map "${spec}": expected HOST=BASE_URL, e.g. capi.analytics.rlcdn.com=http://127.0.0.1:8080`,
      );
    out[spec.slice(0, eq)] = spec.slice(eq + 1);
  }
  return out;
}

function parseNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n))
    throw new UsageError(`${flag} "${value}": expected a number of milliseconds`);
  return n;
}

export async function runCommand(args: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('name exactly one .tpl file');
    const file = positionals[0];
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const tpl = readTpl(text, file);
    const request = readJson(values.request, 'request') as NonNullable<ExecutionInput['request']>;
    if (values.cookies)
      request.cookies = readJson(values.cookies, 'cookies') as Record<string, string>;
    if (values.headers)
      request.headers = readJson(values.headers, 'headers') as Record<string, string>;
    const http: HttpMode = values.live
      ? { mode: 'live', hostMap: parseMap(values.map) }
      : {
          mode: 'recorded',
          responses: values.respond
            ? values.respond.map(parseRespond)
            : [{ urlPrefix: '', status: 200, body: '' }],
        };
    const trace = await runTemplate(
      tpl,
      {
        data: readJson(values.data, 'data'),
        event: readJson(values.event, 'event'),
        request,
        http,
        nowMs: parseNumber(values.now, '--now'),
        timeoutMs: parseNumber(values.timeout, '--timeout'),
        containerVersion: values.debug ? { debugMode: true, previewMode: true } : {},
      },
      { fileName: file, codeLine: tplLines(text, file).code - 1 },
    );
    const { outcome, requests, cookiesSet, logs, errors, response } = trace;
    // `response` appears for client templates only (those that call returnResponse).
    const shown = {
      outcome,
      requests,
      cookiesSet,
      logs,
      errors,
      ...(response ? { response } : {}),
    };
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sgtm-template run: ${message}\n`);
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`\n${HELP}`);
    }
    return 2;
  }
}
