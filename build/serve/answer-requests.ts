// Who answers the template's requests under `serve`, in this order: with --live the real hosts; else
// an --respond answer (longest prefix wins, as `run`'s), then a mock of the project's setup; a request
// nobody answers fails, with a line saying how to answer it. Request bodies are checked against the
// setup's request schemas whoever answers.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRecorded, sendLive, type HttpExchange, type HttpOutcome } from '../runtime/apis/http';
import type { RecordedResponse } from '../runtime/types';
import { parseJsonBody } from './json-body';
import { compileSchemaFile, type SchemaCheck } from './json-schema';
import { SetupError, type LoadedSetup, type MockAnswer } from './setup';

/** Answers one request; what the caller should see about it (schema failures...) goes into `notes`. */
export type Send = (request: HttpExchange, notes: string[]) => Promise<HttpOutcome>;

export interface AnswerOptions {
  setup?: LoadedSetup;
  /** --respond's answers. */
  respond?: RecordedResponse[];
  live?: boolean;
}

/** An --respond answer as the template gets it; `PREFIX=timeout` after the request's own timeout. */
async function scripted(match: RecordedResponse, request: HttpExchange): Promise<HttpOutcome> {
  if (match.fail === 'timed_out' || (match.delayMs ?? 0) >= request.timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, request.timeoutMs));
    return { ok: false, reason: 'timed_out', afterMs: request.timeoutMs };
  }
  if (match.fail) return { ok: false, reason: 'failed', afterMs: 0 };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(match.headers ?? {})) headers[k.toLowerCase()] = v;
  return { ok: true, result: { statusCode: match.status, headers, body: match.body ?? '' } };
}

function findMock(mocks: MockAnswer[], request: HttpExchange): MockAnswer | undefined {
  let best: MockAnswer | undefined;
  for (const mock of mocks) {
    if (!request.url.startsWith(mock.urlPrefix)) continue;
    if (mock.method && mock.method.toUpperCase() !== request.method) continue;
    if (!best || mock.urlPrefix.length > best.urlPrefix.length) best = mock;
  }
  return best;
}

/** `https://api.example.com/collect/A1` → `https://api.example.com/`, for the hint. */
function originOf(url: string): string {
  try {
    return `${new URL(url).origin}/`;
  } catch {
    return url;
  }
}

/** The line of a request nobody answers: what happened, and the two ways to answer it. */
export function unansweredNote(request: HttpExchange): string {
  return (
    `nothing answers ${request.method} ${request.url} here, so the request failed: ` +
    `answer it with --respond '${originOf(request.url)}=200:{}' (or a mock in the project's serve setup), ` +
    'or send it with --live'
  );
}

type BodyCheck = (request: HttpExchange, notes: string[]) => void;

function schemaChecks(setup: LoadedSetup | undefined): BodyCheck {
  const checks = (setup?.requestSchemas ?? []).map(({ urlPrefix, file }) => {
    const full = path.resolve(setup!.root, file);
    if (!fs.existsSync(full)) {
      throw new SetupError(`${setup!.module}: its request schema ${file} does not exist`);
    }
    return { urlPrefix, file, check: compileSchemaFile(full) as SchemaCheck };
  });
  return (request, notes) => {
    for (const { urlPrefix, file, check } of checks) {
      if (!request.url.startsWith(urlPrefix)) continue;
      const body = parseJsonBody(request.body ?? '');
      if (!body.ok) {
        notes.push(`the body sent to ${urlPrefix} is not JSON (${body.error})`);
        continue;
      }
      for (const problem of check(body.value)) {
        notes.push(`the body sent to ${urlPrefix} breaks ${file}: ${problem}`);
      }
    }
  };
}

/** The function that answers every request, and how the start line names it. */
export function answerRequests(options: AnswerOptions): { send: Send; label: string } {
  const checkBody = schemaChecks(options.setup);
  if (options.live) {
    const target = options.setup?.liveTarget ? ` (${options.setup.liveTarget})` : '';
    return {
      label: `live: requests go to the real hosts${target}`,
      send: (request, notes) => {
        checkBody(request, notes);
        return sendLive(undefined, request);
      },
    };
  }
  const respond = options.respond ?? [];
  const mocks = options.setup?.mocks ?? [];
  const parts = [
    respond.length ? `--respond ×${respond.length}` : '',
    mocks.length ? `the mocks of ${options.setup!.module}` : '',
  ].filter(Boolean);
  return {
    label: `${parts.length ? parts.join(', then ') : 'nothing answers requests'} (--live sends them)`,
    send: async (request, notes) => {
      checkBody(request, notes);
      const match = findRecorded(respond, request.url);
      if (match) return scripted(match, request);
      const mock = findMock(mocks, request);
      if (mock) return mock.answer(request, notes);
      notes.push(unansweredNote(request));
      return { ok: false, reason: 'failed', afterMs: 0 };
    },
  };
}
