// The edge of the tag: reads the environment through the GTM APIs, lets the pure core plan the
// request, sends it, logs, and calls exactly one of gtmOnSuccess / gtmOnFailure, once.
import {
  generateRandom,
  getAllEventData,
  getContainerVersion,
  getCookieValues,
  getRemoteAddress,
  getRequestHeader,
  getTimestampMillis,
  logToConsole,
  queryPermission,
  sendHttpRequest,
} from 'sgtm';
import type { TemplateData } from 'sgtm';
import { isDeclaredCookie } from './declared-cookies';
import { readConfig } from './fields';
import type { TagConfig } from './fields';
import type { Environment, Plan } from './core';
import { planRequest } from './core';
import { loggingEnabled, resultLine, warningLine } from './log';
import { RANDOM_MAX, RANDOM_MIN } from './random-range';
import { refreshLine } from './refresh/log-line';
import { refreshWorthLogging, runRefreshStep } from './refresh/step';
import { validConfigId } from './request';
import { isNumber, stringsOf } from './values';

export const gtmEnvironment: Environment = {
  eventData: () => getAllEventData(),
  cookieValues: (name) => stringsOf(getCookieValues(name)),
  cookieAllowed: (name) => isDeclaredCookie(name) || queryPermission('get_cookies', name) === true,
  // Only headers the template's read_request permission lists are read (referer, sec-gpc, dnt), so
  // no queryPermission first: GTM's query signature for a header is undocumented, and a wrong guess
  // would silently lose the Referer.
  requestHeader: (name) => getRequestHeader(name),
  remoteAddress: () => getRemoteAddress(),
  nowMs: () => getTimestampMillis(),
  randomInt: () => generateRandom(RANDOM_MIN, RANDOM_MAX),
};

/** 2xx only; the callback form reports failures and timeouts with a non-2xx (or missing) status. */
export function isSuccessStatus(status: unknown): boolean {
  return isNumber(status) && status >= 200 && status < 300;
}

export function runTag(data: TemplateData, env: Environment): void {
  const config = readConfig(data);
  const first: Plan = planRequest(config, env);
  const log = loggingEnabled(config.logging, getContainerVersion);
  if (log) {
    for (const note of first.notes) logToConsole(warningLine(first.eventName, note));
  }
  const chosen = first.envelope;
  const configId = validConfigId(config.atsConfigId);
  // Only an event about to be sent with an envelope may refresh it: skipped events (consent,
  // unmapped, no identity, dry run) and setup failures never cost a call.
  if (first.action !== 'send' || chosen === undefined || configId === undefined) {
    deliver(data, config, first, log);
    return;
  }
  runRefreshStep(
    {
      fields: data,
      configId: configId,
      envelope: chosen,
      cookieName: config.envelopeSource === 'cookie' ? config.envelopeCookieName : undefined,
      nowMs: env.nowMs(),
      dryRun: config.dryRun,
    },
    env,
    (result) => {
      if (log && refreshWorthLogging(result)) logToConsole(refreshLine(first.eventName, result));
      if (result.envelope === chosen.envelope) {
        deliver(data, config, first, log);
        return;
      }
      // Plan again with the envelope the refresh chose (none after a 204, so the identity rule
      // applies again); the first plan's notes were logged already.
      const replanned = planRequest(config, env, {
        envelope:
          result.envelope === undefined ? null : { envelope: result.envelope, index: chosen.index },
      });
      deliver(data, config, replanned, log);
    },
  );
}

/** Sends the planned request (or reports the skip / failure) and calls exactly one callback, once. */
function deliver(data: TemplateData, config: TagConfig, plan: Plan, log: boolean): void {
  const report = (outcome: 'success' | 'failure' | 'skipped', reason: string, status?: number) => {
    if (!log) return;
    logToConsole(
      resultLine({
        event: plan.eventName,
        eventType: plan.eventType,
        pixelId: config.pixelId,
        outcome: outcome,
        reason: reason,
        status: status,
        url: plan.url,
        body: plan.event,
      }),
    );
  };

  if (plan.action !== 'send' || plan.url === undefined || plan.body === undefined) {
    if (plan.action === 'fail') {
      report('failure', plan.reason);
      data.gtmOnFailure();
    } else {
      report('skipped', plan.reason);
      data.gtmOnSuccess();
    }
    return;
  }

  let finished = false;
  // The callback form is used because it reports every end (2xx, other status, failure, timeout)
  // through one function, which makes "exactly one callback, once" easy to guarantee.
  sendHttpRequest(
    plan.url,
    (statusCode) => {
      if (finished) return;
      finished = true;
      if (isSuccessStatus(statusCode)) {
        report('success', 'sent', statusCode);
        data.gtmOnSuccess();
      } else {
        report(
          'failure',
          isNumber(statusCode) && statusCode > 0
            ? 'the adapter answered HTTP ' + statusCode
            : 'the request failed or timed out after ' + config.timeoutMs + ' ms',
          isNumber(statusCode) ? statusCode : undefined,
        );
        data.gtmOnFailure();
      }
    },
    plan.options,
    plan.body,
  );
}
