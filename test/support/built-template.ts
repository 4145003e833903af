// Loads the BUILT template (`dist/template.tpl`) once per process and runs it in our runtime, with the
// field defaults a new tag gets in GTM, so tests exercise exactly what users import.
import * as fs from 'fs';
import * as path from 'path';
import { readTpl } from '../../build/tpl/read';
import { fieldDefaults as parameterDefaults } from '../../build/tpl/field-defaults';
import type { TplFile } from '../../build/tpl/model';
import type { ExecutionInput, HttpMode, Trace } from '../../build/runtime/types';

export const BUILT_TEMPLATE_PATH = path.resolve(__dirname, '..', '..', 'dist', 'template.tpl');

/** The real hosts the tag calls; live mode maps them to a local server. */
export const ADAPTER_HOST = 'capi.analytics.rlcdn.com';
export const REFRESH_HOST = 'api.rlcdn.com';
export const SEND_EVENTS_URL_PREFIX = `https://${ADAPTER_HOST}/send-events/`;
export const REFRESH_URL_PREFIX = `https://${REFRESH_HOST}/api/identity/v2/envelope/refresh`;

let cached: TplFile | undefined;

/** The parsed `dist/template.tpl`, read on first use. */
export function builtTemplate(): TplFile {
  if (cached) return cached;
  if (!fs.existsSync(BUILT_TEMPLATE_PATH)) {
    throw new Error(
      `${BUILT_TEMPLATE_PATH}: not found. Run \`npm run build\` first; these tests run the built template.`,
    );
  }
  cached = readTpl(fs.readFileSync(BUILT_TEMPLATE_PATH, 'utf8'), BUILT_TEMPLATE_PATH);
  return cached;
}

const defaultsCache = new WeakMap<TplFile, Record<string, unknown>>();

/** Every field's `defaultValue`, as a freshly created tag in GTM holds them (a fresh copy). */
export function fieldDefaults(tpl: TplFile = builtTemplate()): Record<string, unknown> {
  let defaults = defaultsCache.get(tpl);
  if (!defaults) {
    defaults = parameterDefaults(tpl.parameters);
    defaultsCache.set(tpl, defaults);
  }
  return { ...defaults };
}

/** Live HTTP with both LiveRamp hosts sent to one local origin (`http://127.0.0.1:PORT`). */
export function liveHttp(origin: string): HttpMode {
  return { mode: 'live', hostMap: { [ADAPTER_HOST]: origin, [REFRESH_HOST]: origin } };
}

type RunTemplate = (tpl: TplFile, input: ExecutionInput) => Promise<Trace>;
let runner: RunTemplate | undefined;

// Resolved on first use so this module (and the suites importing it) load before the runtime exists.
function runTemplateFn(): RunTemplate {
  if (runner) return runner;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const runtime = require('../../build/runtime/run-template') as { runTemplate: RunTemplate };
  runner = runtime.runTemplate;
  return runner;
}

export interface BuiltRunInput extends Omit<ExecutionInput, 'data'> {
  /** Field values that differ from the defaults. */
  fields?: Record<string, unknown>;
}

/** Runs the built template with default field values overlaid by `fields`. */
export function runBuilt(input: BuiltRunInput, tpl: TplFile = builtTemplate()): Promise<Trace> {
  const { fields, ...rest } = input;
  return runTemplateFn()(tpl, { ...rest, data: { ...fieldDefaults(tpl), ...fields } });
}

/** The trace's log lines parsed as the tag's one-JSON-object-per-line format (others as `{text}`). */
export function parsedLogs(trace: Trace): Record<string, unknown>[] {
  return trace.logs.map((line) => {
    try {
      const value = JSON.parse(line) as unknown;
      return value && typeof value === 'object'
        ? (value as Record<string, unknown>)
        : { text: line };
    } catch {
      return { text: line };
    }
  });
}
