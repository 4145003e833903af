// One firing, straight through.
// Settings, request, refresh decision, event, send, one callback.
import type { TemplateData } from 'sgtm';
import { readConfig } from './config';
import { admit, buildEvent, ended } from './event';
import * as gtm from './gtm';
import { refreshLine, resultLine, warningLine } from './log';
import type { Result } from './log';
import { refreshDecision, refreshEnvelope, skipped } from './refresh';
import type { RefreshResult } from './refresh';

export function runTag(tagData: TemplateData): void {
  const cfg = readConfig(tagData);
  const req = gtm.readRequest(cfg);
  // Lines are only built when they will be written: redacting a body costs more than sending it.
  const logging = gtm.loggingOn(cfg.logging);
  const name = req.eventName;
  const warn = (lines: string[]) => {
    if (logging) for (const line of lines) gtm.logToConsole(warningLine(name, line));
  };
  const finish = (result: Result) => {
    if (logging) gtm.logToConsole(resultLine(name, cfg.pixelId, result));
    if (result.outcome === 'failure') tagData.gtmOnFailure();
    else tagData.gtmOnSuccess();
  };

  const warnings: string[] = [];
  const admitted = admit(cfg, req, warnings);
  warn(warnings);
  if (ended(admitted)) return finish(admitted);
  /** Builds the event with the settled envelope, sends it, and finishes exactly once. */
  const send = (partnerId: string | undefined) => {
    const notes: string[] = [];
    const built = buildEvent(cfg, req, admitted, partnerId, notes);
    warn(notes);
    if (ended(built)) return finish(built);
    let finished = false;
    gtm.post(built.url, built.body, cfg.timeoutMs, (status) => {
      if (finished) return;
      finished = true;
      const code = typeof status === 'number' ? status : undefined;
      const sent = code !== undefined && code >= 200 && code < 300;
      finish({
        outcome: sent ? 'success' : 'failure',
        reason: sent
          ? 'sent'
          : code !== undefined && code > 0
            ? 'the adapter answered HTTP ' + code
            : 'the request failed or timed out after ' + cfg.timeoutMs + ' ms',
        eventType: built.eventType,
        status: code,
        url: built.url,
        event: built.event,
      });
    });
  };
  const refreshed = (result: RefreshResult) => {
    if (logging) gtm.logToConsole(refreshLine(name, result));
    send(result.envelope);
  };

  const envelope = admitted.envelope;
  const decision = refreshDecision(cfg, req, envelope, admitted.consentDenied);
  if (decision.due && envelope) {
    return refreshEnvelope(cfg, req, envelope, decision.reason, refreshed);
  }
  if (decision.quiet) return send(envelope && envelope.envelope);
  refreshed(skipped(envelope && envelope.envelope, decision.reason));
}
