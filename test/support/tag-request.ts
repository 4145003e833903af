// A `Request` (what gtm.readRequest gives the pure tag modules) from plain values, for unit tests of
// event.ts and refresh.ts. The lazy reads are counted in `reads`, so a test can show what was not read.
import type { EventData, Request } from '../../template-src/tag/types';

export interface RequestParts {
  event?: EventData;
  /** undefined: the get_cookies permission does not list the envelope cookie. */
  envelopeCookie?: string[] | undefined;
  scid?: string[];
  scclid?: string[];
  headers?: Record<string, string>;
  remoteAddress?: unknown;
  nowMs?: number;
  random?: number;
  /** Where the request's warnings go (the warning collector flow.ts makes). */
  notes?: string[];
}

export const NOW = 1744873500000;

export function tagRequest(parts: RequestParts = {}): Request & { reads: string[] } {
  const reads: string[] = [];
  const event = parts.event ?? {};
  const name = (event as { event_name?: unknown }).event_name;
  return {
    reads,
    event,
    eventName: typeof name === 'string' ? name : '',
    envelopeCookie: 'envelopeCookie' in parts ? parts.envelopeCookie : [],
    scid: parts.scid ?? [],
    nowMs: parts.nowMs ?? NOW,
    scclid: () => {
      reads.push('_scclid');
      return parts.scclid ?? [];
    },
    header: (header) => {
      reads.push(header);
      return parts.headers?.[header];
    },
    remoteAddress: () => {
      reads.push('remoteAddress');
      return parts.remoteAddress;
    },
    random: () => {
      reads.push('random');
      return parts.random ?? 123456789;
    },
    warn: (warning) => {
      parts.notes?.push(warning);
    },
  };
}
