// A template project's development setup for `serve`: what only the project knows about where its
// template sends requests. The toolchain knows no destination; a project names its setup module in
// package.json (`"sgtm-template": {"dev": "dev/serve-setup.ts"}`), and the module's default export is a
// ServeSetup. Without one, `serve` works for any template: a generic send panel, requests answered by
// --respond or failing with a line saying how to answer them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HttpExchange, HttpOutcome } from '../runtime/apis/http';
import type { EventRequest } from './run-event';

/** A mock answer for the requests whose URL starts with `urlPrefix` (the longest prefix wins). */
export interface MockAnswer {
  urlPrefix: string;
  /** Only requests of this method (default: any). */
  method?: string;
  /** What answers, as notes name it (e.g. "mock adapter"). */
  name: string;
  /** The answer; what the user should know about the request (bad parameters…) goes into `notes`. */
  answer(request: HttpExchange, notes: string[]): HttpOutcome | Promise<HttpOutcome>;
}

/** A JSON Schema file that the JSON bodies of requests to `urlPrefix` must meet, whoever answers. */
export interface RequestSchema {
  urlPrefix: string;
  /** Relative to the project's root (the folder of its package.json). */
  file: string;
}

/** A checkbox of the send panel's "Identity" box: a cookie the site's page would hold, or a page URL parameter. */
export interface IdentityControl {
  /** The checkbox's id on the page. */
  id: string;
  /** Its label (plain text). */
  label: string;
  /** Checked when the page opens (default true). */
  checked?: boolean;
  /** The cookie it writes; the value is made when the event is sent (a fresh timestamp…). */
  cookie?: { name: string; value(nowMs: number): string };
  /** A parameter it adds to the page URL (`dl`). */
  pageParameter?: { name: string; value: string };
}

/** What the timeline shows of an event, as the project reads its template's logs and requests. */
export interface EventSummary {
  /** The destination's name for the event (shown after the GA4 name), e.g. an event type. */
  type?: string;
  /** The template ended with gtmOnSuccess but says it skipped the event. */
  skipped?: boolean;
  /** Why, in the template's own words. */
  reason?: string;
}

export interface SummaryInput {
  logs: string[];
  requests: EventRequest[];
}

export interface ServeSetup {
  mocks?: MockAnswer[];
  requestSchemas?: RequestSchema[];
  identity?: IdentityControl[];
  summarise?(event: SummaryInput): EventSummary;
  /** Where --live sends the requests, for the start line (e.g. the vendor's name). */
  liveTarget?: string;
}

/** The setup with its files resolved from the project's root. */
export interface LoadedSetup extends ServeSetup {
  /** The module, as package.json names it (for messages). */
  module?: string;
  /** The project's root, that schema files are relative to. */
  root: string;
}

/** A setup that cannot be used: thrown with a sentence saying what to fix. */
export class SetupError extends Error {}

/** package.json's `"sgtm-template".dev`, if the project has one. */
export function setupModuleOf(packageJson: string): string | undefined {
  const manifest = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as Record<string, unknown>;
  const section = manifest['sgtm-template'] as Record<string, unknown> | undefined;
  const dev = section?.dev;
  if (dev === undefined) return undefined;
  if (typeof dev !== 'string') {
    throw new SetupError(
      `${packageJson}: "sgtm-template".dev must be the path of the serve setup module, e.g. "dev/serve-setup.ts"`,
    );
  }
  return dev;
}

/** Loads the module `file` (relative to `root`) and checks that its default export is a setup. */
export function loadSetup(root: string, file: string): LoadedSetup {
  const full = path.resolve(root, file);
  if (!fs.existsSync(full)) {
    throw new SetupError(`${file}: the serve setup module named in package.json does not exist`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(full) as { default?: unknown };
  const setup = loaded.default;
  if (!setup || typeof setup !== 'object') {
    throw new SetupError(
      `${file}: export the setup as the module's default export (export default { mocks: [...] })`,
    );
  }
  return { ...(setup as ServeSetup), module: file, root };
}
