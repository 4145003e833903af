// How `run` shows a trace: as JSON with the JSON inside it parsed (`bodyJson`, `logsJson`), or as a
// summary for people (--format pretty), in the order GTM's Preview shows a tag's firing.
import type { Trace, TraceRequest, TraceResponse } from '../runtime/types';

/** The value of a JSON object or array text; undefined for anything else. */
function jsonOf(text: string | undefined): unknown {
  if (text === undefined || !/^\s*[{[]/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const withJson = <T extends object>(value: T, text: string | undefined, key: string) => {
  const json = jsonOf(text);
  return json === undefined ? value : { ...value, [key]: json };
};

function shownResponse(response: TraceResponse): TraceResponse {
  return 'body' in response ? withJson(response, response.body, 'bodyJson') : response;
}

function shownRequest(request: TraceRequest): TraceRequest {
  const { response, ...sent } = request;
  const shown = withJson(sent, request.body, 'bodyJson');
  return response ? { ...shown, response: shownResponse(response) } : shown;
}

/** The trace `run` prints: callbacks left out (the outcome says it), JSON texts also parsed. */
export function shownTrace(trace: Trace): Record<string, unknown> {
  const logsJson = trace.logs.map(jsonOf).filter((json) => json !== undefined);
  return {
    outcome: trace.outcome,
    requests: trace.requests.map(shownRequest),
    cookiesSet: trace.cookiesSet,
    logs: trace.logs,
    ...(logsJson.length > 0 ? { logsJson } : {}),
    errors: trace.errors,
    calls: trace.calls ?? {},
    ...(trace.cookieReads ? { cookieReads: trace.cookieReads } : {}),
    // Client templates only (those that call returnResponse).
    ...(trace.response ? { response: trace.response } : {}),
  };
}

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => by + line)
    .join('\n');

const WIDTH = 100;

/** JSON laid out for reading: a value that fits on its line stays on it, others open up. */
function compactJson(value: unknown, indent = '', column = indent.length): string {
  const flat = JSON.stringify(value);
  if (flat === undefined || column + flat.length <= WIDTH || typeof value !== 'object') {
    return flat ?? 'undefined';
  }
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return key + compactJson(v, inner, key.length);
  });
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/** A text as people read it: JSON laid out, anything else as it is. */
function readable(text: string): string {
  const json = jsonOf(text);
  return json === undefined ? text : compactJson(json);
}

function reasonOf(trace: Trace): string {
  if (trace.outcome === 'success') return 'gtmOnSuccess was called';
  if (trace.outcome === 'failure') return 'gtmOnFailure was called';
  return trace.errors[0] ?? 'neither gtmOnSuccess nor gtmOnFailure was called';
}

function responseLine(response: TraceResponse | undefined): string {
  if (!response) return 'no answer yet';
  if ('statusCode' in response) return String(response.statusCode);
  const detail = response.detail ? ` (${response.detail})` : '';
  return `${response.error} after ${response.afterMs} ms${detail}`;
}

function section(title: string, items: string[]): string {
  return items.length === 0
    ? `${title}: none`
    : `${title} (${items.length}):\n${items.map((item) => indent(item, '  ')).join('\n')}`;
}

export function formatTrace(trace: Trace): string {
  const requests = trace.requests.map((r) => {
    const lines = [`${r.method} ${r.url} → ${responseLine(r.response)}`];
    for (const [name, value] of Object.entries(r.headers)) lines.push(`  ${name}: ${value}`);
    if (r.body !== undefined && r.body !== '') lines.push(indent(readable(r.body), '  '));
    if (r.response && 'body' in r.response && r.response.body !== '') {
      lines.push(`  response body:\n${indent(readable(r.response.body), '    ')}`);
    }
    return lines.join('\n');
  });
  const cookies = trace.cookiesSet.map(
    (c) =>
      `${c.name}=${c.value}${Object.entries(c.options)
        .map(([k, v]) => `; ${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join('')}`,
  );
  const reads = trace.cookieReads ?? {};
  const calls = Object.entries(trace.calls ?? {}).map(([name, count]) =>
    name === 'getCookieValues' && Object.keys(reads).length > 0
      ? `${name} ${count} (${Object.entries(reads)
          .map(([cookie, n]) => `${cookie} ${n}`)
          .join(', ')})`
      : `${name} ${count}`,
  );
  return [
    `outcome: ${trace.outcome} (${reasonOf(trace)})`,
    section('requests', requests),
    section('logs', trace.logs.map(readable)),
    section('cookies set', cookies),
    section('errors', trace.errors),
    `calls: ${calls.length === 0 ? 'none' : calls.join(', ')}`,
    '',
  ].join('\n');
}
