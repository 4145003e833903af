// The stand-in for LiveRamp's two endpoints under `npm start`, answering the tag's requests in the same
// process: the Snapchat CAPI adapter (its bodies are checked against schema/adapter-request.schema.json
// by the setup's request schema) and the ATS envelope refresh API (answered in LiveRamp's documented
// shape). The URLs are the tag's own (template-src/tag/rules.ts).
import type { HttpExchange, HttpOutcome } from 'sgtm-template/runtime/apis/http';
import type { MockAnswer } from 'sgtm-template/serve/setup';
import { ADAPTER_URL, REFRESH_URL } from '../template-src/tag/rules';

const json = (statusCode: number, body: string): HttpOutcome => ({
  ok: true,
  result: { statusCode, headers: { 'content-type': 'application/json' }, body },
});

/**
 * LiveRamp answers a refresh with a new envelope; the mock renews the one it is given (same value), so
 * the envelope a user sent is the one that arrives as `partner_id`, whatever the date.
 */
export function refreshAnswer(request: HttpExchange, notes: string[]): HttpOutcome {
  const query = new URL(request.url).searchParams;
  const wrong = ['pid', 'iv'].filter((name) => !query.get(name));
  if (query.get('it') !== '19') wrong.push('it');
  if (wrong.length) {
    notes.push(
      `mock LiveRamp: refresh answered 400: pid, it=19 and iv are required (missing or wrong: ${wrong.join(', ')})`,
    );
    return json(400, '');
  }
  const envelopes = [{ type: 19, source: 'envelopeLiveramp', value: query.get('iv') }];
  return json(200, JSON.stringify({ envelopes }));
}

export const LIVERAMP_MOCKS: MockAnswer[] = [
  {
    urlPrefix: ADAPTER_URL,
    method: 'POST',
    name: 'mock LiveRamp adapter',
    // The adapter's answer to a body it accepts; --respond answers otherwise (503, fail…).
    answer: () => json(200, '{}'),
  },
  { urlPrefix: REFRESH_URL, method: 'GET', name: 'mock LiveRamp refresh', answer: refreshAnswer },
];
