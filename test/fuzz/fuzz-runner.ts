// Runs the fuzz property over the BUILT template: shared by the jest suite (a few thousand runs) and
// `npm run fuzz` (100,000), so both check exactly the same thing.
import fc from 'fast-check';
import type { TplFile } from '../../build/tpl/model';
import type { Trace } from '../../build/runtime/types';
import { runTemplate } from '../../build/runtime/run-template';
import { builtTemplate, fieldDefaults } from '../support/built-template';
import { fuzzCase, type FuzzCase } from './arbitraries';
import { executionInput, inputViolations, traceViolations } from './properties';

export const DEFAULT_SEED = 20251129;

/** What the runs did, so a report shows the fuzzer reached the interesting paths. */
export interface FuzzStats {
  runs: number;
  success: number;
  failure: number;
  noCallback: number;
  sent: number;
  refreshCalls: number;
  cookiesSet: number;
}

export function emptyStats(): FuzzStats {
  return {
    runs: 0,
    success: 0,
    failure: 0,
    noCallback: 0,
    sent: 0,
    refreshCalls: 0,
    cookiesSet: 0,
  };
}

function count(stats: FuzzStats, trace: Trace): void {
  stats.runs++;
  if (trace.outcome === 'success') stats.success++;
  else if (trace.outcome === 'failure') stats.failure++;
  else stats.noCallback++;
  for (const r of trace.requests) {
    if (r.url.includes('/send-events/')) stats.sent++;
    else stats.refreshCalls++;
  }
  stats.cookiesSet += trace.cookiesSet.length;
}

export class PropertyViolation extends Error {
  constructor(readonly violations: string[]) {
    super(violations.join('\n'));
    this.name = 'PropertyViolation';
  }
}

/**
 * The async property: one execution per case, throwing a PropertyViolation listing what broke;
 * or, with `onViolations`, reporting them and going on (a survey of every kind of failure).
 */
export function templateProperty(
  stats: FuzzStats,
  onViolations?: (violations: string[], c: FuzzCase) => void,
  tpl: TplFile = builtTemplate(),
) {
  const defaults = fieldDefaults(tpl);
  return fc.asyncProperty(fuzzCase, async (c: FuzzCase) => {
    const trace = await runTemplate(tpl, executionInput(c, defaults));
    count(stats, trace);
    const violations = [...traceViolations(trace, c.secrets), ...inputViolations(c, trace)];
    if (violations.length === 0) return;
    if (onViolations) onViolations(violations, c);
    else throw new PropertyViolation(violations);
  });
}

/** A violation's kind: its text up to the details that vary from case to case. */
export function violationKind(violation: string): string {
  return violation
    .replace(/^(log line shows an identifier unredacted).*$/, '$1')
    .replace(/^(request to a URL outside the allowed prefixes).*$/, '$1')
    .replace(/^(send-events body is not JSON).*$/, '$1')
    .replace(/\/\d+\//g, '/N/')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

/** A counterexample shortened for a terminal: long strings and arrays cut, structure kept. */
export function describeCase(c: FuzzCase): string {
  return JSON.stringify(
    c,
    (_key, value: unknown) => {
      if (typeof value === 'string' && value.length > 120) {
        return `${value.slice(0, 60)}…(${value.length} chars)`;
      }
      if (Array.isArray(value) && value.length > 20) {
        return [...value.slice(0, 5), `…(${value.length} items)`];
      }
      if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
      if (value === undefined) return '(undefined)';
      return value;
    },
    2,
  );
}
