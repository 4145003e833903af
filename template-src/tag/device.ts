// Device, description and delivery method.
// The keys GA4 has no parameter of its own for.
import { isString, stringOf } from './values';

export interface DeviceInfo {
  device_model?: string;
  os_version?: string;
}

/** Whether `s` is digits in groups joined by `sep` ("17_5_1", "14.0"), as a pattern would check it. */
function isVersion(s: string, sep: string): boolean {
  // No empty group: no separator at either end or twice in a row.
  if (s === '' || (sep + s + sep).indexOf(sep + sep) >= 0) return false;
  // '1' + the digits reads back as itself when they are all digits (or hold a '.', not one of them).
  const digits = '1' + s.split(sep).join('');
  if (digits.length < 16 && digits.indexOf('.') < 0) return '' + +digits === digits;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c !== sep && (c < '0' || c > '9')) return false;
  }
  return true;
}

/**
 * [model, OS] from the user agent's first "(…)" comment, only for the forms that still tell the truth:
 * Safari and web views on iPhone and iPad, and Android browsers that name the model. Chrome's reduced
 * "Linux; Android 10; K" and every desktop form are frozen by the browser: nothing rather than a lie.
 */
function fromUserAgent(userAgent: unknown): (string | undefined)[] {
  // The comment opens every user agent; in-app browsers append long tails the tag has no use for.
  const head = typeof userAgent === 'string' ? userAgent.substring(0, 300) : '',
    open = head.indexOf('('),
    close = head.indexOf(')', open),
    parts = open < 0 || close < 0 ? [''] : head.substring(open + 1, close).split(';'),
    device = parts[0].trim(),
    system = (parts[1] || '').trim(),
    // "CPU iPhone OS 17_5_1 like Mac OS X" on an iPhone, "CPU OS 17_5 like Mac OS X" on an iPad: the
    // version is the fifth word from the end.
    words = system.split(' '),
    version = '' + words[words.length - 5],
    apple = device === 'iPhone' ? 'CPU iPhone OS ' : device === 'iPad' ? 'CPU OS ' : '';
  if (apple && system === apple + version + ' like Mac OS X' && isVersion(version, '_')) {
    // iPads ran iOS until iPadOS 13.
    const major = version.split('_')[0],
      ios = device === 'iPhone' || major.length === 1 || '10 11 12'.indexOf(major) >= 0;
    return [device, (ios ? 'iOS ' : 'iPadOS ') + version.split('_').join('.')];
  }
  const model = (parts[2] || '').split(' Build/')[0].trim(),
    android =
      device === 'Linux' &&
      system.substring(0, 8) === 'Android ' &&
      isVersion(system.substring(8), '.');
  return android && model !== '' && model !== 'K' ? [model, system] : [];
}

/**
 * device_model and os_version, each from its own first source: the event parameter of that name, the
 * client hints (`model`; `platform` and `platform_version`, "Android 14.0.0"), the user agent. The user
 * agent is read only when one of the two is still missing.
 */
export function deviceInfo(
  params: { deviceModel: unknown; osVersion: unknown },
  clientHints: unknown,
  userAgent: () => unknown,
): DeviceInfo {
  // Any value but null and undefined reads a missing property as undefined.
  const hints = clientHints as { [key: string]: unknown } | undefined,
    platform = hints ? stringOf(hints.platform) : undefined,
    version = hints ? stringOf(hints.platform_version) : undefined,
    model = stringOf(params.deviceModel) || (hints ? stringOf(hints.model) : undefined),
    os = stringOf(params.osVersion) || (platform && version ? platform + ' ' + version : platform),
    agent = model && os ? [] : fromUserAgent(userAgent());
  // Keys left undefined are not serialised.
  return { device_model: model || agent[0], os_version: os || agent[1] };
}

/**
 * `delivery_method`: the event parameter lower-cased, when it is one of Snap's three; any other value is
 * dropped with a warning (the adapter would pass it to Snap as is) showing at most 40 characters.
 */
export function deliveryMethodOf(value: unknown): { value?: string; warning?: string } {
  const text = isString(value) ? value.trim() : value;
  const method = isString(text) ? text.toLowerCase() : '';
  const shown = isString(text) ? '"' + text + '"' : '(' + typeof text + ')';
  if (method === 'in_store' || method === 'curbside' || method === 'delivery')
    return { value: method };
  if (text === undefined || text === null || text === '') return {};
  return {
    warning:
      'delivery_method ' +
      (shown.length > 42 ? shown.substring(0, 41) + '…"' : shown) +
      ' dropped: Snap accepts in_store, curbside or delivery',
  };
}
