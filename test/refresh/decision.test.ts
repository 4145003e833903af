// refreshDecision: decided once per firing, from the settings, the request and the envelope found.
// Quiet decisions (the everyday case) are not logged; every other one is.
import { readConfig } from '../../template-src/tag/config';
import type { Envelope } from '../../template-src/tag/envelope';
import { refreshDecision } from '../../template-src/tag/refresh';
import { NOW, tagRequest } from '../support/tag-request';

const MIN = 60000;
const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';

interface Case {
  fields?: Record<string, unknown>;
  /** The envelope's timestamp; null for one without. */
  timestampMs?: number | null;
  envelope?: false;
  consentDenied?: boolean;
  headers?: Record<string, string>;
}

function decide(c: Case = {}) {
  const config = readConfig({ atsConfigId: 'cfg', ...c.fields } as never);
  const request = tagRequest({ headers: c.headers });
  const envelope: Envelope = { partnerId: ENVELOPE };
  const ts = c.timestampMs === undefined ? NOW - 45 * MIN : c.timestampMs;
  if (ts !== null) envelope.timestampMs = ts;
  const decision = refreshDecision(
    config,
    request,
    c.envelope === false ? undefined : envelope,
    c.consentDenied === true,
  );
  return { ...decision, headersRead: request.reads };
}

describe('refreshDecision', () => {
  it('is due when the timestamp is older than the interval', () => {
    expect(decide()).toEqual({
      due: true,
      quiet: false,
      reason: 'envelope is 45 minutes old (refresh after 30)',
      headersRead: ['sec-gpc', 'dnt'],
    });
  });

  it('is due exactly at the interval and not one millisecond before (quietly)', () => {
    expect(decide({ timestampMs: NOW - 30 * MIN }).due).toBe(true);
    expect(decide({ timestampMs: NOW - 30 * MIN + 1 })).toEqual({
      due: false,
      quiet: true,
      reason: 'envelope is fresh: 29 minutes old (refresh after 30)',
      headersRead: [],
    });
  });

  it('follows the interval field', () => {
    expect(decide({ fields: { refreshAfterMinutes: '60' } })).toMatchObject({
      due: false,
      reason: 'envelope is fresh: 45 minutes old (refresh after 60)',
    });
  });

  it('is due when the envelope has no timestamp', () => {
    expect(decide({ timestampMs: null })).toMatchObject({
      due: true,
      quiet: false,
      reason: 'envelope has no timestamp',
    });
  });

  it('tolerates small clock skew but treats a far-future timestamp as stale', () => {
    expect(decide({ timestampMs: NOW + 2 * MIN })).toMatchObject({
      due: false,
      quiet: true,
      reason: 'envelope is fresh: 0 minutes old (refresh after 30)',
    });
    expect(decide({ timestampMs: NOW + 31 * MIN })).toMatchObject({
      due: true,
      reason: 'envelope timestamp is in the future',
    });
  });

  it.each([
    [{ fields: { refreshEnvelope: false } }, 'refresh disabled'],
    [{ fields: { dryRun: true } }, 'dry run: no refresh call'],
    [{ envelope: false }, 'no envelope to refresh'],
  ] as [Case, string][])('is quietly not due with %j even when stale: %s', (c, reason) => {
    expect(decide({ timestampMs: null, ...c })).toEqual({
      due: false,
      quiet: true,
      reason,
      headersRead: [],
    });
  });

  it.each([
    [{ consentDenied: true }, 'no refresh: ad_storage consent denied'],
    [{ headers: { 'sec-gpc': '1' } }, 'no refresh: the request carries Sec-GPC: 1'],
    [{ headers: { dnt: ' 1 ' } }, 'no refresh: the request carries DNT: 1'],
  ] as [Case, string][])(
    'is not due, and says so in the log, with %j when stale: %s',
    (c, reason) => {
      expect(decide({ timestampMs: null, ...c })).toMatchObject({
        due: false,
        quiet: false,
        reason,
      });
    },
  );

  it('asks for no opt-out when the envelope is fresh: the everyday event costs nothing more', () => {
    expect(
      decide({
        timestampMs: NOW - MIN,
        consentDenied: true,
        headers: { 'sec-gpc': '1', dnt: '1' },
      }),
    ).toEqual({
      due: false,
      quiet: true,
      reason: 'envelope is fresh: 1 minutes old (refresh after 30)',
      headersRead: [],
    });
  });

  it('checks opt-outs in a fixed order (the first one found is the reason)', () => {
    const all = { 'sec-gpc': '1', dnt: '1' };
    expect(decide({ consentDenied: true, headers: all })).toMatchObject({
      reason: 'no refresh: ad_storage consent denied',
      headersRead: [],
    });
    expect(decide({ headers: all })).toMatchObject({
      reason: 'no refresh: the request carries Sec-GPC: 1',
      headersRead: ['sec-gpc'],
    });
  });
});
