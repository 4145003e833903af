// This tag's development setup for `npm start` (`sgtm-template serve`), named in package.json's
// "sgtm-template".dev: LiveRamp's endpoints mocked in-process, the adapter's request schema, the
// identity a shop's page holds (ATS.js's `_lr_env`, the Snap Pixel's `_scid`, a Snap click ID in the
// page URL), and how the timeline reads an event: its Snap event type and the outcome of the tag's
// result line. The toolchain itself knows none of these (docs/runtime.md, "A project's serve setup").
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EventSummary, ServeSetup, SummaryInput } from 'sgtm-template/serve/setup';
import { ADAPTER_URL } from '../template-src/tag/rules';
import { LIVERAMP_MOCKS } from './mock-liveramp';

/** The sample identity of examples/ (the same envelope and `_scid` as `run`'s examples). */
const COOKIES = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'examples', 'cookies.json'), 'utf8'),
) as { _lr_env: string; _scid: string };
const SAMPLE_CLICK_ID = 'b9a1c3d2-5f7e-4e21-9c11-7a3b2d4e6f80';

/** ATS.js's cookie: URI-encoded base64 of {timestamp, version, envelope}, stamped when it is sent. */
export const atsCookieValue = (envelope: string, nowMs: number): string =>
  encodeURIComponent(
    Buffer.from(JSON.stringify({ timestamp: nowMs, version: '1.5.0', envelope })).toString(
      'base64',
    ),
  );

/** The tag's result line (template-src/tag/log.ts): one JSON line with an `outcome`, once per firing. */
interface ResultLine {
  outcome: string;
  reason?: string;
  eventType?: string;
}

function resultLine(logs: string[]): ResultLine | undefined {
  for (let i = logs.length - 1; i >= 0; i--) {
    try {
      const line = JSON.parse(logs[i]) as Partial<ResultLine> | null;
      if (line && typeof line.outcome === 'string') return line as ResultLine;
    } catch {
      // not a JSON line
    }
  }
  return undefined;
}

/** The Snap event type (the adapter body's, else the result line's) and the tag's outcome and reason. */
export function summarise({ logs, requests }: SummaryInput): EventSummary {
  const line = resultLine(logs);
  const sent = requests.find((r) => r.url.startsWith(ADAPTER_URL))?.bodyJson as
    { events?: { event_type?: unknown }[] } | undefined;
  const sentType = sent?.events?.[0]?.event_type;
  return {
    type: typeof sentType === 'string' ? sentType : line?.eventType,
    skipped: line?.outcome === 'skipped',
    reason: line?.reason,
  };
}

const setup: ServeSetup = {
  mocks: LIVERAMP_MOCKS,
  requestSchemas: [{ urlPrefix: ADAPTER_URL, file: 'schema/adapter-request.schema.json' }],
  identity: [
    {
      id: 'with-lr-env',
      label: '_lr_env cookie (fresh ATS envelope)',
      cookie: { name: '_lr_env', value: (nowMs) => atsCookieValue(COOKIES._lr_env, nowMs) },
    },
    {
      id: 'with-scid',
      label: '_scid cookie',
      cookie: { name: '_scid', value: () => COOKIES._scid },
    },
    {
      id: 'with-sccid',
      label: 'ScCid in the page URL',
      pageParameter: { name: 'ScCid', value: SAMPLE_CLICK_ID },
    },
  ],
  summarise,
  liveTarget: 'LiveRamp',
};

export default setup;
