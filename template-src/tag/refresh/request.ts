// The envelope refresh call: URL, headers, and the two request facts it needs (user IP, page origin).
import { encodeUriComponent, parseUrl } from 'sgtm';
import type { RefreshSettings } from './settings';

/** The prefix the `send_http` permission allows; every refresh URL starts with it. */
export const REFRESH_ENDPOINT = 'https://api.rlcdn.com/api/identity/v2/envelope/refresh';

/** LiveRamp's envelope type for regular and CAPI-scoped envelopes (24 would be Meta-scoped). */
export const ENVELOPE_TYPE = '19';

const PLACEMENT_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$';
// IPv4, IPv6 (with an optional zone or embedded IPv4): no other characters may reach a header.
const IP_PATTERN = '^[0-9A-Fa-f:.]{2,45}$';

export type RefreshUrlResult = { ok: true; url: string } | { ok: false; reason: string };

function matches(text: string, pattern: string): boolean {
  return text.match(pattern) !== null;
}

/** Query values; a value that cannot be encoded (a lone surrogate) empties the whole URL. */
function encodeAll(values: string[]): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const encoded = encodeUriComponent(values[i]);
    if (encoded === undefined) return undefined;
    out.push(encoded);
  }
  return out;
}

const UNENCODABLE = 'no refresh: a query value cannot be URL-encoded (invalid unicode)';

/** The consent part of the query, or the reason the call must not be made without one. */
function consentQuery(settings: RefreshSettings): RefreshUrlResult {
  const type = settings.consentType;
  if (type === 'none') return { ok: true, url: '' };
  if (type === 'gpp') {
    if (settings.gppString === '' || settings.gppSid === '') {
      return {
        ok: false,
        reason: 'no refresh: GPP consent selected but the GPP string or section ID is empty',
      };
    }
    const gpp = encodeAll([settings.gppString, settings.gppSid]);
    if (gpp === undefined) return { ok: false, reason: UNENCODABLE };
    return { ok: true, url: '&gpp=' + gpp[0] + '&gpp_sid=' + gpp[1] };
  }
  // LiveRamp's consent types: 4 = TCF v2, 3 = CCPA (US privacy string).
  const ct = type === 'tcf' ? '4' : '3';
  if (settings.consentString === '') {
    return {
      ok: false,
      reason:
        'no refresh: ' +
        (type === 'tcf' ? 'TCF v2' : 'CCPA') +
        ' consent selected but the consent string is empty',
    };
  }
  const cv = encodeAll([settings.consentString]);
  if (cv === undefined) return { ok: false, reason: UNENCODABLE };
  return { ok: true, url: '&ct=' + ct + '&cv=' + cv[0] };
}

export function refreshUrl(settings: RefreshSettings, envelope: string): RefreshUrlResult {
  if (!matches(settings.placementId, PLACEMENT_ID_PATTERN)) {
    return {
      ok: false,
      reason:
        'no refresh: the placement ID must be letters, digits, - and _ (up to 128); check the Placement ID field',
    };
  }
  const consent = consentQuery(settings);
  if (!consent.ok) return consent;
  const query = encodeAll([settings.placementId, envelope]);
  if (query === undefined) return { ok: false, reason: UNENCODABLE };
  return {
    ok: true,
    url:
      REFRESH_ENDPOINT +
      '?pid=' +
      query[0] +
      '&it=' +
      ENVELOPE_TYPE +
      '&iv=' +
      query[1] +
      consent.url,
  };
}

/**
 * The user's IP: the GA4 client's `ip_override`, else the address the request came from.
 * Undefined when neither is a plausible IP address.
 */
export function userIp(ipOverride: unknown, remoteAddress: unknown): string | undefined {
  const candidates = [ipOverride, remoteAddress];
  for (let i = 0; i < candidates.length; i++) {
    const value = candidates[i];
    if (typeof value !== 'string') continue;
    const ip = (value as string).trim();
    if (matches(ip, IP_PATTERN)) return ip;
  }
  return undefined;
}

function originOf(url: unknown): string | undefined {
  if (typeof url !== 'string' || url === '') return undefined;
  const parsed = parseUrl(url as string);
  if (!parsed) return undefined;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (typeof parsed.origin !== 'string' || parsed.origin === '') return undefined;
  return parsed.origin;
}

/** The page's origin (what LiveRamp checks against the placement's approved list). */
export function pageOrigin(pageLocation: unknown, referer: unknown): string | undefined {
  const fromPage = originOf(pageLocation);
  return fromPage !== undefined ? fromPage : originOf(referer);
}

export function refreshHeaders(ip: string, origin: string): Record<string, string> {
  return { 'X-Forwarded-For': ip, Origin: origin };
}
