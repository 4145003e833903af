// One firing, straight through.
// Settings, request, refresh decision, event, send, one callback.
import type { TemplateData } from 'sgtm';
import { readConfig } from './config';
import { admit, buildEvent, ended } from './event';
import * as gtm from './gtm';
import { NO_CONNECTION, answerReason, refreshLine, resultLine, warningLine } from './log';
import { refreshDecision, refreshEnvelope, skipped } from './refresh';
import type { RefreshResult } from './refresh';
import type { Result } from './types';

export function runTag(tagData: TemplateData): void {
  // Lines are only built when they will be written: redacting a body costs more than sending it.
  const cfg = readConfig(tagData),
    logging = gtm.loggingOn(cfg.logging),
    // The firing's one warning collector: each warning is logged as it is found.
    warn = (warning: string) => logging && gtm.logToConsole(warningLine(req.eventName, warning)),
    req = gtm.readRequest(cfg, warn),
    name = req.eventName,
    finish = (result: Result) => {
      if (logging) gtm.logToConsole(resultLine(name, cfg.pixelId, result));
      if (result.outcome === 'failure') tagData.gtmOnFailure();
      else tagData.gtmOnSuccess();
    },
    admitted = admit(cfg, req);
  if (ended(admitted)) return finish(admitted);
  /** Builds the event with the settled envelope, sends it, and finishes exactly once. */
  const send = (partnerId: string | undefined) => {
      const built = buildEvent(cfg, req, admitted, partnerId);
      if (ended(built)) return finish(built);
      let finished = false;
      // GTM's promise settles once; the guard keeps "exactly one callback" true of any API that does not.
      const answered = (status: number, reason: string) => {
        if (finished) return;
        finished = true;
        finish({
          outcome: status >= 200 && status < 300 ? 'success' : 'failure',
          reason: reason,
          eventType: built.eventType,
          status: status,
          url: built.url,
          event: built.event,
        });
      };
      // The log line's status stays what the callback form reported: 0 failed, -1 timed out.
      gtm.post(built.url, built.body, cfg.timeoutMs).then(
        (response) =>
          answered(
            response.statusCode,
            answerReason(response.statusCode, response.body, [
              partnerId,
              admitted.ids.scid,
              admitted.ids.clickId,
            ]),
          ),
        (failure) =>
          failure && failure.reason === 'timed_out'
            ? answered(-1, 'the request to the adapter timed out after ' + cfg.timeoutMs + ' ms')
            : answered(0, NO_CONNECTION),
      );
    },
    refreshed = (result: RefreshResult) => {
      if (logging) gtm.logToConsole(refreshLine(name, result));
      send(result.partnerId);
    },
    envelope = admitted.envelope,
    partnerId = envelope && envelope.partnerId,
    decision = refreshDecision(cfg, req, envelope, admitted.consentDenied);
  if (decision.due && envelope) {
    return refreshEnvelope(cfg, req, admitted.configId, envelope, decision.reason, refreshed);
  }
  if (decision.quiet) return send(partnerId);
  refreshed(skipped(partnerId, decision.reason));
}
