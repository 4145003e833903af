// Ad-storage consent and the browser's opt-out signals.
// Consent as the GA4 client reports it; GPC and DNT as the request carries them.
import { isString, prop } from './values';
import type { EventData } from './types';

/**
 * Why ad_storage is denied for this event, or undefined when it is not. Sources: the event's
 * `consent_state.ad_storage` (false; the string "denied" is honoured too, the conservative reading of
 * variables that pass Consent Mode's own words) and GA4's `x-ga-gcs`, whose third character is the
 * ad_storage bit ("G100": denied).
 */
export function adStorageDenial(event: EventData): string | undefined {
  const adStorage = prop(event.consent_state, 'ad_storage');
  const gcs = event['x-ga-gcs'];
  if (adStorage === false || adStorage === 'denied') {
    return 'consent_state.ad_storage is ' + (adStorage ? '"denied"' : 'false');
  }
  return typeof gcs === 'string' && gcs.charAt(2) === '0'
    ? 'x-ga-gcs "' + gcs + '" denies ad_storage'
    : undefined;
}

/** `Sec-GPC` and `DNT` are on only when their value is exactly 1 (neither spec defines another "on"). */
export const signalOn = (header: unknown): boolean => isString(header) && header.trim() === '1';
