// `--respond PREFIX=STATUS:BODY` (and `PREFIX=fail`, `PREFIX=timeout`): the one parser of scripted HTTP answers, shared by
// every command that answers a template's requests locally (run, serve).
import type { RecordedResponse } from '../runtime/types';
import { UsageError } from './command';

/** `PREFIX=STATUS:BODY`; the prefix may itself contain '=' (query strings), so split at the last '='. */
export function parseRespond(spec: string): RecordedResponse {
  const m = /^(.*)=(\d{3}|fail|timeout)(?::([\s\S]*))?$/.exec(spec);
  if (!m) {
    throw new UsageError(
      `--respond ${spec}: expected URL_PREFIX=STATUS:BODY, URL_PREFIX=fail or URL_PREFIX=timeout, e.g. https://api.example.com/=200:{"ok":true}`,
    );
  }
  const [, urlPrefix, status, body] = m;
  if (status === 'fail') return { urlPrefix, status: 0, fail: 'failed' };
  // Times out after the request's own timeout option (GTM's default when it gives none).
  if (status === 'timeout') return { urlPrefix, status: 0, fail: 'timed_out' };
  return { urlPrefix, status: Number(status), body: body ?? '' };
}
