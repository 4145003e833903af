// Ad-storage consent as the GA4 client reports it. Denied means nothing is sent for the event.
import { isBoolean, isString, prop } from './values';

/**
 * Why ad_storage is denied for this event, or undefined when it is not. Sources: the event's
 * `consent_state.ad_storage` (false; the string "denied" is also honoured, the conservative reading of
 * variables that pass Consent Mode's own words) and the GA4 `x-ga-gcs` parameter, whose third character
 * is the ad_storage bit ("G100": denied).
 */
export function adStorageDenial(event: unknown): string | undefined {
  const adStorage = prop(prop(event, 'consent_state'), 'ad_storage');
  if ((isBoolean(adStorage) && !adStorage) || adStorage === 'denied') {
    return 'consent_state.ad_storage is ' + (isString(adStorage) ? '"denied"' : 'false');
  }
  const gcs = prop(event, 'x-ga-gcs');
  if (isString(gcs) && gcs.length >= 3 && gcs.charAt(2) === '0') {
    return 'x-ga-gcs "' + gcs + '" denies ad_storage';
  }
  return undefined;
}
