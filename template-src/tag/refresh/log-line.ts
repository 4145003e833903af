// The refresh's log line, in the tag's one-JSON-object-per-line format. The reason never contains
// the envelope, so nothing here needs redacting.
import { JSON } from 'sgtm';
import { LOG_SOURCE } from '../log';
import type { RefreshResult } from './refresh';

export function refreshLine(eventName: string, result: RefreshResult): string {
  const text = JSON.stringify({
    source: LOG_SOURCE,
    event: eventName,
    refresh: result.action,
    from: result.source,
    cookie: result.cookie,
    reason: result.reason,
  });
  return text !== undefined ? text : '{"source":"' + LOG_SOURCE + '","refresh":"unloggable"}';
}
