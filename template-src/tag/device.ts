// Device, description and delivery method.
// The keys GA4 has no parameter of its own for.
import { isString, prop, stringOf } from './values';

export interface DeviceInfo {
  device_model?: string;
  os_version?: string;
}

/**
 * [model, OS] from the user agent's first "(…)" comment, only for the forms that still tell the truth:
 * Safari and web views on iPhone and iPad, and Android browsers that name the model. Chrome's reduced
 * "Linux; Android 10; K" and every desktop form are frozen by the browser: nothing rather than a lie.
 */
function fromUserAgent(userAgent: unknown): (string | undefined)[] {
  // The comment opens every user agent; in-app browsers append long tails the tag has no use for.
  const head = isString(userAgent) ? userAgent.substring(0, 300) : '';
  const open = head.indexOf('(');
  const close = head.indexOf(')', open);
  const parts = open < 0 || close < 0 ? [''] : head.substring(open + 1, close).split(';');
  const device = parts[0].trim();
  const system = (parts[1] || '').trim();
  const apple = system.match('^CPU (iPhone )?OS ([0-9]+(_[0-9]+)*) like Mac OS X$');
  if (apple && (device === 'iPhone' ? apple[1] : device === 'iPad' && !apple[1])) {
    // iPads ran iOS until iPadOS 13.
    const os = device === 'iPhone' || apple[2].match('^([0-9]|1[0-2])(_|$)') ? 'iOS ' : 'iPadOS ';
    return [device, os + apple[2].split('_').join('.')];
  }
  const model = (parts[2] || '').split(' Build/')[0].trim();
  const android = device === 'Linux' && system.match('^Android [0-9]+([.][0-9]+)*$');
  return android && model !== '' && model !== 'K' ? [model, system] : [];
}

/**
 * device_model and os_version, each from its own first source: the event parameter of that name, the
 * client hints (`model`; `platform` and `platform_version`, "Android 14.0.0"), the user agent.
 */
export function deviceInfo(
  params: { deviceModel: unknown; osVersion: unknown },
  clientHints: unknown,
  userAgent: unknown,
): DeviceInfo {
  const platform = stringOf(prop(clientHints, 'platform'));
  const version = stringOf(prop(clientHints, 'platform_version'));
  let model = stringOf(params.deviceModel) || stringOf(prop(clientHints, 'model'));
  let os =
    stringOf(params.osVersion) || (platform && version ? platform + ' ' + version : platform);
  if (!model || !os) {
    const agent = fromUserAgent(userAgent);
    model = model || agent[0];
    os = os || agent[1];
  }
  const info: DeviceInfo = {};
  if (model) info.device_model = model;
  if (os) info.os_version = os;
  return info;
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
