// The custom_data keys GA4 has no parameter of its own for (issue 11): the device, from the event's
// own parameters, Chromium's client hints or the user agent; the description and delivery method from
// event parameters; and the warning for a PURCHASE the adapter will find incomplete.
import { isString, prop, stringOf } from './values';

export interface DeviceInfo {
  device_model?: string;
  os_version?: string;
}

// The platform comment opens every user agent; in-app browsers append long tails that hold nothing
// the tag reads, so only this much of a (possibly huge, hostile) value is looked at.
const UA_SCAN = 300;

/**
 * The device in the user agent's first "(…)" comment, only for the forms that still carry true values:
 * Safari and webviews on iPhone and iPad, and Android browsers that name the model. Chrome's reduced
 * form "Linux; Android 10; K" and every desktop form (Windows, Macintosh, X11) are frozen by the
 * browser, so they give nothing rather than a wrong value.
 */
function fromUserAgent(userAgent: unknown): DeviceInfo {
  if (!isString(userAgent)) return {};
  const head = userAgent.substring(0, UA_SCAN);
  const open = head.indexOf('(');
  const close = head.indexOf(')', open);
  if (open < 0 || close < 0) return {};
  const parts = head.substring(open + 1, close).split(';');
  const device = parts[0].trim();
  const system = parts.length > 1 ? parts[1].trim() : '';
  if (device === 'iPhone' || device === 'iPad') {
    const iPhone = device === 'iPhone';
    const m = system.match(
      '^CPU ' + (iPhone ? 'iPhone ' : '') + 'OS ([0-9]+(_[0-9]+)*) like Mac OS X$',
    );
    if (!m) return {};
    // iPads ran iOS until iPadOS 13.
    const ios = iPhone || m[1].match('^([0-9]|1[0-2])(_|$)');
    return {
      device_model: device,
      os_version: (ios ? 'iOS ' : 'iPadOS ') + m[1].split('_').join('.'),
    };
  }
  if (device !== 'Linux' || !system.match('^Android [0-9]+([.][0-9]+)*$')) return {};
  const model = parts.length > 2 ? parts[2].split(' Build/')[0].trim() : '';
  if (model === '' || model === 'K') return {};
  return { device_model: model, os_version: system };
}

/**
 * device_model and os_version, each decided on its own: the event parameter of that name, else the
 * client hints (`model`; `platform` and `platform_version`, "Android 14.0.0"), else the user agent
 * (the caller picks the event's `user_agent` or the header), else omitted.
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
    model = model || agent.device_model;
    os = os || agent.os_version;
  }
  const info: DeviceInfo = {};
  if (model) info.device_model = model;
  if (os) info.os_version = os;
  return info;
}

/** `description`: the event parameter, a non-empty trimmed string. */
export const descriptionOf = stringOf;

// A warning shows no more than this of a wrong value (the allowed ones are shorter).
const SHOWN_CHARS = 40;

/**
 * `delivery_method`: the event parameter lower-cased, when it is one of Snap's three; any other value
 * is dropped with a warning, since the adapter would pass it to Snap as is.
 */
export function deliveryMethodOf(value: unknown): { value?: string; warning?: string } {
  const text = isString(value) ? value.trim() : value;
  if (text === undefined || text === null || text === '') return {};
  const method = isString(text) ? text.toLowerCase() : text;
  if (method === 'in_store' || method === 'curbside' || method === 'delivery') {
    return { value: method };
  }
  const cut = isString(text) && text.length > SHOWN_CHARS;
  const shown = isString(text)
    ? '"' + (cut ? text.substring(0, SHOWN_CHARS) + '…' : text) + '"'
    : '(' + typeof text + ')';
  return {
    warning: 'delivery_method ' + shown + ' dropped: Snap accepts in_store, curbside or delivery',
  };
}

/** The warning for a PURCHASE whose custom_data lacks price or currency (it is still sent). */
export function purchaseRequirementWarning(
  eventType: string,
  hasPrice: boolean,
  hasCurrency: boolean,
): string | undefined {
  if (eventType !== 'PURCHASE' || (hasPrice && hasCurrency)) return undefined;
  const missing = hasPrice ? 'currency' : hasCurrency ? 'price' : 'price and currency';
  return (
    'PURCHASE without ' + missing + ": LiveRamp's adapter requires price and currency for PURCHASE"
  );
}
