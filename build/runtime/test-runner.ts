// Runs a template's ___TESTS___ the way GTM's Tests tab does: for each scenario a fresh sandbox, the
// `setup` code and the scenario's code in one scope, mocks reset, runCode executing the template code,
// and every pending asynchronous job (promises, callbacks, callLater) run before the scenario ends.
import type { TplFile } from '../tpl/model';
import { createApis } from './apis';
import { AssertionFailure, apiMethods, subjectMethods, type ApiCall } from './assertions';
import { createTemplateStorage } from './apis/storage';
import { createHost, errorText } from './execution';
import type { Host } from './host';
import { createRequire, prepareSandboxApis, type Mock } from './require';
import { startExecution } from './run-template';
import { createSandbox, type Sandbox } from './sandbox';
import { createTasks } from './tasks';
import type { TplLines } from './tpl-lines';
import type { Trace } from './types';
import type { StepCounter } from './instrument/step-counter';

export interface ScenarioResult {
  name: string;
  passed: boolean;
  /** One line: the failed assertion with expected vs actual, or the error, and where. */
  reason?: string;
  /** Everything the template logged with logToConsole during the scenario. */
  logs: string[];
}

export interface TestOptions {
  /** The .tpl file's name, used in stack traces and failure locations. */
  fileName?: string;
  /** Where the code, setup and scenarios start in the .tpl file (see tplLines). */
  lines?: TplLines;
  /** The longest a scenario may take, asynchronous work included (default 10 s). */
  timeoutMs?: number;
  /** Counts the steps of every runCode (coverage): the template's counting code runs instead. */
  steps?: StepCounter;
}

const TEST_PARAMS = ['runCode', 'mock', 'mockObject', 'assertApi', 'assertThat', 'fail', 'require'];
const SCENARIO_FILE = 'scenario';

/** Why a scenario stopped: set by the first failure, then everything else is ignored. */
class Stop extends Error {}

export async function runTests(tpl: TplFile, options: TestOptions = {}): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of tpl.tests.scenarios) {
    results.push(await runScenario(tpl, scenario.name, scenario.code, options));
  }
  return results;
}

export async function runScenario(
  tpl: TplFile,
  name: string,
  scenarioCode: string,
  options: TestOptions = {},
): Promise<ScenarioResult> {
  const fileName = options.fileName ?? 'template.tpl';
  const setup = tpl.tests.setup ?? '';
  const setupLines = setup ? setup.split('\n').length : 0;
  // One trace per runCode: its logs end up in the result, its callback count is checked at the end.
  const traces: Trace[] = [];
  let failure: string | undefined;

  const where = (error: unknown): string =>
    scenarioLocation(error, setupLines, name, options.lines);
  const fail = (reason: string) => {
    if (failure === undefined) failure = reason;
    tasks.close();
  };
  const onError = (error: unknown) => fail(describeError(error, where(error)));
  const tasks = createTasks(onError);

  const sandbox = createSandbox();
  prepareSandboxApis(sandbox);
  const storage = createTemplateStorage();
  const calls: ApiCall[] = [];
  const mocks = new Map<string, Mock>();
  const hostFor = (permissions = tpl.permissions): Host => ({
    ...createHost({ storage }, { permissions }),
    tasks,
    onUnhandledError: onError,
  });
  // Test code's own require: the same APIs, without the template's permission checks.
  const testHost = hostFor(undefined);
  const testRequire = createRequire(
    sandbox,
    createApis(testHost, { makeRegex: sandbox.makeRegex }),
  );

  const api = buildTestApi(sandbox, {
    runCode(data: unknown) {
      const host = hostFor();
      const fields =
        data && typeof data === 'object' ? (sandbox.toHost(data) as Record<string, unknown>) : {};
      const execution = startExecution(
        tpl,
        { data: fields },
        {
          host,
          sandbox,
          mocks,
          fileName,
          codeLine: options.lines ? options.lines.code - 1 : 0,
          steps: options.steps,
          onCall: (apiName, args) =>
            calls.push({ name: apiName, args: args.map((a) => sandbox.toHost(a)) }),
        },
      );
      traces.push(host.trace);
      if (execution.thrown instanceof AssertionFailure) throw execution.thrown;
      // An error raised in the test's own code that the template called (a mock): the scenario's
      // line is where it is, not the template line that called the mock.
      if (
        execution.thrown !== undefined &&
        raisedIn(execution.thrown, [SCENARIO_FILE, fileName]) === SCENARIO_FILE
      ) {
        throw execution.thrown;
      }
      if (execution.thrown !== undefined) {
        throw new Stop(
          `runCode: the template code threw ${errorText(execution.thrown)}${codeLocation(execution.thrown, fileName)}`,
        );
      }
      return execution.returned;
    },
    mock(apiName: unknown, value: unknown) {
      mocks.set(String(apiName), { kind: 'value', value });
    },
    mockObject(apiName: unknown, value: unknown) {
      mocks.set(String(apiName), { kind: 'object', value });
    },
    assertApi(apiName: unknown) {
      return sandboxObject(
        sandbox,
        apiMethods(String(apiName), () => calls),
      );
    },
    assertThat(actual: unknown, message?: unknown) {
      return sandboxObject(sandbox, subjectMethods(actual, message));
    },
    fail(message?: unknown) {
      throw new AssertionFailure(
        message === undefined ? 'fail() was called' : `fail(): ${String(message)}`,
      );
    },
    require: testRequire,
  });

  try {
    const body = setup ? `${setup}\n${scenarioCode}` : scenarioCode;
    const fn = sandbox.compile(body, TEST_PARAMS, SCENARIO_FILE);
    fn(...TEST_PARAMS.map((p) => api[p]));
  } catch (error) {
    if (error instanceof Stop) fail(error.message);
    else fail(describeError(error, where(error)));
  }
  if (failure === undefined) {
    try {
      await tasks.idle(options.timeoutMs ?? 10000);
    } catch {
      fail(
        `the scenario's asynchronous work did not finish within ${options.timeoutMs ?? 10000} ms`,
      );
    }
  }
  tasks.close();
  // A template that calls back twice has a bug GTM would hide (it keeps the first); the scenario fails.
  const twice = traces.find((t) => t.callbacks > 1);
  if (twice && failure === undefined)
    failure = twice.errors.find((e) => e.startsWith('data.gtmOn'));
  const logs = traces.flatMap((t) => t.logs);
  return failure === undefined
    ? { name, passed: true, logs }
    : { name, passed: false, reason: failure, logs };
}

function describeError(error: unknown, location: string): string {
  if (error instanceof AssertionFailure) return `${error.message}${location}`;
  if (error instanceof Stop) return error.message;
  return `uncaught ${errorText(error)}${location}`;
}

/**
 * Test API functions get the sandbox's own values (mock functions, objects to compare by identity).
 * Each reaches the code through the bridge all the same: a host function handed over bare has the
 * host's Function as its constructor, and what it throws would be a host error.
 */
function buildTestApi(sandbox: Sandbox, fns: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, fn] of Object.entries(fns)) {
    if (key !== 'require') sandbox.passArgsThrough(fn as (...a: unknown[]) => unknown);
    out[key] = sandbox.toSandbox(fn);
  }
  return out;
}

/** An object of the sandbox realm whose methods are the given host functions (arguments uncopied). */
function sandboxObject(
  sandbox: Sandbox,
  methods: Record<string, (...a: unknown[]) => void>,
): unknown {
  for (const f of Object.values(methods)) sandbox.passArgsThrough(f);
  return sandbox.toSandbox(methods);
}

const stackOf = (error: unknown): string =>
  error && typeof error === 'object' && 'stack' in error ? String((error as Error).stack) : '';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function frameLines(error: unknown, file: string): number[] {
  const re = new RegExp(`${escape(file)}:(\\d+):\\d+`, 'g');
  return [...stackOf(error).matchAll(re)].map((m) => Number(m[1]));
}

/** Which of `files` the error was raised in: the one of its innermost frame among them. */
function raisedIn(error: unknown, files: string[]): string | undefined {
  const re = new RegExp(`[\\s(](${files.map(escape).join('|')}):\\d+:\\d+`);
  return re.exec(stackOf(error))?.[1];
}

/** " (scenario line 4, template.tpl:312)": the first frame in the test code. */
function scenarioLocation(
  error: unknown,
  setupLines: number,
  name: string,
  lines?: TplLines,
): string {
  const [line] = frameLines(error, SCENARIO_FILE);
  if (line === undefined) return '';
  if (line <= setupLines) {
    const tplLine = lines?.setup !== undefined ? `, ${lines.file}:${lines.setup + line - 1}` : '';
    return ` (setup line ${line}${tplLine})`;
  }
  const own = line - setupLines;
  const start = lines?.scenarios.get(name);
  const tplLine = start !== undefined ? `, ${lines?.file}:${start + own - 1}` : '';
  return ` (scenario line ${own}${tplLine})`;
}

function codeLocation(error: unknown, fileName: string): string {
  const [line] = frameLines(error, fileName);
  return line === undefined ? '' : ` (${fileName}:${line})`;
}
