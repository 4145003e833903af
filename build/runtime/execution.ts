// Builds the Host an execution's APIs run against, from an ExecutionInput and the template's permissions.
import type { PermissionInstance } from '../tpl/model';
import type { Host } from './host';
import {
  allowAll,
  PermissionError,
  policyFromTemplate,
  type PermissionPolicy,
} from './permissions';
import { createTemplateStorage } from './apis/storage';
import { emptyResponse } from './apis/response';
import { createTasks } from './tasks';
import { emptyTrace, type ExecutionInput } from './types';

export const PROMISE_TIMEOUT_MS = 5000;

export interface HostOptions {
  /** The template's permissions; omitted = every permission granted (unit tests of tag modules). */
  permissions?: PermissionInstance[];
  /** The .tpl file's name as stack traces show it, to locate errors thrown in callbacks. */
  fileName?: string;
}

// A policy is pure data and checks: one per template's permissions, not one per execution (a server
// runs the same template thousands of times).
const policies = new WeakMap<PermissionInstance[], PermissionPolicy>();

function policyOf(permissions: PermissionInstance[]): PermissionPolicy {
  let policy = policies.get(permissions);
  if (!policy) {
    policy = policyFromTemplate(permissions);
    policies.set(permissions, policy);
  }
  return policy;
}

export function createHost(input: Partial<ExecutionInput> = {}, options: HostOptions = {}): Host {
  const trace = emptyTrace();
  const startMs = input.nowMs;
  return {
    permissions: options.permissions ? policyOf(options.permissions) : allowAll(),
    event: input.event ?? {},
    request: input.request ?? {},
    // A given clock stands still, so timestamps in expected outputs are exact.
    now: () => startMs ?? Date.now(),
    random: input.random ?? Math.random,
    http: input.http ?? { mode: 'recorded', responses: [{ urlPrefix: '', status: 200, body: '' }] },
    storage: input.storage ?? createTemplateStorage(),
    containerVersion: input.containerVersion ?? {},
    trace,
    tasks: createTasks((error) =>
      trace.errors.push(`Uncaught ${errorText(error)}${locate(error, options.fileName)}`),
    ),
    promiseTimeoutMs: input.promiseTimeoutMs ?? PROMISE_TIMEOUT_MS,
    response: emptyResponse(),
    inspect: input.inspect === true,
  };
}

/**
 * An error's message as the trace shows it: "Name: message" for errors, the value otherwise. A refused
 * permission shows GTM's own sentence alone ("Tag failed ... permission check: ...").
 */
export function errorText(error: unknown): string {
  if (error instanceof PermissionError) return error.message;
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as { name?: unknown; message: unknown };
    return `${String(e.name ?? 'Error')}: ${String(e.message)}`;
  }
  return String(error);
}

/** " (template.tpl:12:5)" from an error's stack when the error comes from the code; "" otherwise. */
export function locate(error: unknown, fileName = 'template.tpl'): string {
  const stack =
    error && typeof error === 'object' && 'stack' in error ? String((error as Error).stack) : '';
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Runtime errors have "at … (file:line:col)" frames; syntax errors start with "file:line".
  const m = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack);
  if (!m) return '';
  return m[2] ? ` (${fileName}:${m[1]}:${m[2]})` : ` (${fileName}:${m[1]})`;
}
