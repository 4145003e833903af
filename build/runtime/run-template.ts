// runTemplate: one execution of a template's code, as sGTM runs a tag: a fresh sandbox (new, or a pooled
// one reset to how it was prepared), the template's permissions enforced, the request/event/clock/HTTP
// of the input, and a trace of what it did.
import type { TplFile } from '../tpl/model';
import { createApis } from './apis';
import { createHost, errorText, locate } from './execution';
import type { Host } from './host';
import { createRequire, prepareSandboxApis, type RequireOptions } from './require';
import { createSandbox, type CompiledCode, type Sandbox } from './sandbox';
import type { SandboxPool } from './sandbox-pool';
import type { ExecutionInput, Trace } from './types';
import { PermissionError } from './permissions';
import type { StepCounter } from './instrument/step-counter';

/** How long past the 5 s promise limit the runtime waits for the code to settle, by default. */
export const DEFAULT_TIMEOUT_MS = 5000 + 500;

export interface Execution {
  host: Host;
  sandbox: Sandbox;
  /** The code's return value (variable templates), as a sandbox value. */
  returned: unknown;
  /** The error the code threw synchronously, if any. */
  thrown?: unknown;
}

export interface StartOptions extends RequireOptions {
  /** An existing sandbox (the test runner shares one per scenario); a fresh one otherwise. */
  sandbox?: Sandbox;
  host?: Host;
  fileName?: string;
  /** 0-based line of the code's first line in the .tpl file, for stack traces. */
  codeLine?: number;
  /** Counts the steps the code executes (the profiler, test coverage): its code runs instead. */
  steps?: StepCounter;
  /**
   * Count the API calls in the trace (`calls`, `cookieReads`); default: when the input inspects.
   * Counting routes every API through a recording wrapper (JSON too, instead of the realm's own), so a
   * caller that shows no counts (serve) leaves it off.
   */
  countCalls?: boolean;
}

/** The data object the code receives: the field values plus callbacks that settle the outcome. */
export function makeData(
  host: Host,
  sandbox: Sandbox,
  fields: Record<string, unknown>,
  onCall?: (name: string, args: unknown[]) => void,
): unknown {
  const settle = (name: 'gtmOnSuccess' | 'gtmOnFailure') => () => {
    onCall?.(name, []);
    host.trace.callbacks++;
    if (host.trace.callbacks === 1)
      host.trace.outcome = name === 'gtmOnSuccess' ? 'success' : 'failure';
    else {
      host.trace.errors.push(
        `data.${name}() was called after the tag had already ended (callback #${host.trace.callbacks}); call exactly one callback, once`,
      );
    }
  };
  const data = sandbox.toSandbox(fields) as Record<string, unknown>;
  data.gtmOnSuccess = sandbox.toSandbox(settle('gtmOnSuccess'));
  data.gtmOnFailure = sandbox.toSandbox(settle('gtmOnFailure'));
  return data;
}

/** Counts each API call in the trace (`calls`, and `cookieReads` per cookie name), then passes it on. */
function countCalls(host: Host, next?: (name: string, args: unknown[]) => void) {
  const calls: Record<string, number> = (host.trace.calls = {});
  return (name: string, args: unknown[]) => {
    calls[name] = (calls[name] ?? 0) + 1;
    if (name === 'getCookieValues') {
      const reads = (host.trace.cookieReads ??= {});
      const cookie = String(args[0]);
      reads[cookie] = (reads[cookie] ?? 0) + 1;
    }
    next?.(name, args);
  };
}

/**
 * The one place a template's code becomes a function of the sandbox: a new function each firing (the
 * compiled script is shared; the function and its top-level variables are not), called as
 * `fn(data, require)`.
 */
export function compileTemplateCode(
  sandbox: Sandbox,
  code: string,
  options: Pick<StartOptions, 'fileName' | 'codeLine' | 'steps'>,
): CompiledCode {
  if (options.steps) {
    return options.steps.compile(
      sandbox,
      code,
      options.fileName ?? 'template.tpl',
      options.codeLine ?? 0,
    );
  }
  return sandbox.compile(
    code,
    ['data', 'require'],
    options.fileName ?? 'template.tpl',
    options.codeLine ?? 0,
  );
}

/** Runs the code's synchronous part; asynchronous work goes on in host.tasks. */
export function startExecution(
  tpl: Pick<TplFile, 'code' | 'permissions'>,
  input: Partial<ExecutionInput>,
  options: StartOptions = {},
): Execution {
  const host =
    options.host ?? createHost(input, { permissions: tpl.permissions, fileName: options.fileName });
  const sandbox = options.sandbox ?? createSandbox();
  prepareSandboxApis(sandbox);
  const apis = createApis(host, { makeRegex: sandbox.makeRegex });
  const onCall =
    (options.countCalls ?? input.inspect) ? countCalls(host, options.onCall) : options.onCall;
  const requireFn = sandbox.toSandbox(createRequire(sandbox, apis, { ...options, onCall }));
  const data = makeData(host, sandbox, input.data ?? {}, options.onCall);
  const execution: Execution = { host, sandbox, returned: undefined };
  try {
    const fn = compileTemplateCode(sandbox, tpl.code, options);
    execution.returned = fn(data, requireFn);
  } catch (error) {
    execution.thrown = error;
    const prefix = error instanceof PermissionError ? '' : 'Uncaught ';
    host.trace.errors.push(`${prefix}${errorText(error)}${locate(error, options.fileName)}`);
  }
  return execution;
}

/**
 * Why a template that timed out did not finish, in the words of its kind: a tag ends with
 * gtmOnSuccess/gtmOnFailure, a client with its response (it has no gtmOnSuccess). Undefined when it
 * did end, and only work it left behind was still pending.
 */
function unfinished(host: Host, type: TemplateType, timeoutMs: number): string | undefined {
  if (type === 'CLIENT') {
    return host.trace.response === undefined
      ? `The client neither returned a response (returnResponse) nor finished within ${timeoutMs} ms (GTM would time it out)`
      : undefined;
  }
  if (type === 'MACRO') {
    return `The variable's asynchronous work (a promise it returned, or work it started) did not finish within ${timeoutMs} ms`;
  }
  return host.trace.callbacks === 0
    ? `The tag called neither data.gtmOnSuccess nor data.gtmOnFailure within ${timeoutMs} ms (GTM would time it out)`
    : undefined;
}

type TemplateType = TplFile['info']['type'];

/**
 * Waits until the code has settled: no pending HTTP, timers or callLater work, or the timeout passed.
 * True when it settled; false when it timed out (work of the code may still be pending).
 */
export async function settle(
  host: Host,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  type: TemplateType = 'TAG',
): Promise<boolean> {
  try {
    await host.tasks.idle(timeoutMs);
    return true;
  } catch {
    const why = unfinished(host, type, timeoutMs);
    if (why !== undefined) host.trace.errors.push(why);
    return false;
  } finally {
    host.tasks.close();
  }
}

/** One execution of the template: its trace once the code has settled (or timed out). */
export async function runTemplate(
  tpl: Pick<TplFile, 'code' | 'permissions'> & { info?: Pick<TplFile['info'], 'type'> },
  input: ExecutionInput,
  options: Pick<StartOptions, 'fileName' | 'codeLine' | 'countCalls'> & {
    /** Where the sandbox comes from and goes back to (a server's many firings); a new one otherwise. */
    pool?: SandboxPool;
  } = {},
): Promise<Trace> {
  const { pool, ...start } = options;
  const sandbox = pool?.acquire();
  const execution = startExecution(tpl, input, { ...start, sandbox });
  const settled = await settle(
    execution.host,
    input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    tpl.info?.type,
  );
  if (sandbox) pool!.release(sandbox, settled);
  return execution.host.trace;
}
