import * as fs from 'fs';
import * as path from 'path';
import { deliveryMethodOf, deviceInfo as deviceInfoOf } from '../../template-src/tag/device';
import { CLIENT_HINTS_SAMPLES, USER_AGENT_SAMPLES } from '../support/device-samples';

/** deviceInfo with the user agent as a value (the tag passes a read on first use). */
const deviceInfo = (
  params: Parameters<typeof deviceInfoOf>[0],
  clientHints: unknown,
  userAgent: unknown,
) => deviceInfoOf(params, clientHints, () => userAgent);

const NO_PARAMS = { deviceModel: undefined, osVersion: undefined };
const sample = (name: string) => USER_AGENT_SAMPLES.find((s) => s.browser.startsWith(name))!;
const IPHONE_UA = sample('Safari, iPhone').userAgent;
const REDUCED_ANDROID_UA = sample('Chrome, Android phone').userAgent;
const PIXEL_HINTS = CLIENT_HINTS_SAMPLES.find((s) => s.browser === 'Chrome, Pixel 8')!.clientHints;

/** deviceInfo's answer giving exactly these keys. */
function gives(model: string | undefined, os: string | undefined) {
  return {
    ...(model !== undefined ? { device_model: model } : {}),
    ...(os !== undefined ? { os_version: os } : {}),
  };
}

describe('deviceInfo: the user agent alone', () => {
  it('has at least 12 real user agents, frozen ones among them', () => {
    expect(USER_AGENT_SAMPLES.length).toBeGreaterThanOrEqual(12);
    expect(USER_AGENT_SAMPLES.filter((s) => s.device_model === undefined).length).toBeGreaterThan(
      5,
    );
  });

  it.each(USER_AGENT_SAMPLES.map((s) => [s.browser, s] as const))('%s', (_name, s) => {
    expect(deviceInfo(NO_PARAMS, undefined, s.userAgent)).toEqual(
      gives(s.device_model, s.os_version),
    );
  });

  it.each([
    ['(iPhone; CPU iPhone OS 17_5_1 like Mac OS X)', 'iPhone', 'iOS 17.5.1'],
    ['(iPhone; CPU iPhone OS 17_5 like Mac OS X)', 'iPhone', 'iOS 17.5'],
    ['(iPhone; CPU iPhone OS 9_3_5 like Mac OS X)', 'iPhone', 'iOS 9.3.5'],
    ['(iPad; CPU OS 17_5 like Mac OS X)', 'iPad', 'iPadOS 17.5'],
    ['(iPad; CPU OS 13_0 like Mac OS X)', 'iPad', 'iPadOS 13.0'],
    ['(iPad; CPU OS 9_3_5 like Mac OS X)', 'iPad', 'iOS 9.3.5'],
    ['(Linux; Android 14; Pixel 8 Build/AP1A.240505.004; wv)', 'Pixel 8', 'Android 14'],
    ['(Linux; Android 13; SM-A536B)', 'SM-A536B', 'Android 13'],
    ['(Linux; Android 8.1.0; Nokia 3.1 Build/OPR1.170623.026)', 'Nokia 3.1', 'Android 8.1.0'],
    ['(Linux; Android 10; SM-G973F)', 'SM-G973F', 'Android 10'],
    ['Mozilla/5.0 ( Linux ;  Android 14 ;  Pixel 8  )', 'Pixel 8', 'Android 14'],
  ])('the comment %s → %p, %p', (ua, model, os) => {
    expect(deviceInfo(NO_PARAMS, undefined, 'Mozilla/5.0 ' + ua + ' AppleWebKit/537.36')).toEqual({
      device_model: model,
      os_version: os,
    });
  });

  it.each([
    ['Chrome reduced', 'Mozilla/5.0 (Linux; Android 10; K) Chrome/126.0.0.0'],
    ['reduced model with a real-looking version', 'Mozilla/5.0 (Linux; Android 14; K)'],
    ['no model', 'Mozilla/5.0 (Linux; Android 14)'],
    ['empty model', 'Mozilla/5.0 (Linux; Android 14; ; wv)'],
    ['old stock browser', 'Mozilla/5.0 (Linux; U; Android 4.4.2; en-us; GT-I9505 Build/KOT49H)'],
    ['iPhone with iPad wording', 'Mozilla/5.0 (iPhone; CPU OS 17_5 like Mac OS X)'],
    ['iPad with iPhone wording', 'Mozilla/5.0 (iPad; CPU iPhone OS 17_5 like Mac OS X)'],
    ['iPod touch', 'Mozilla/5.0 (iPod touch; CPU iPhone OS 15_7 like Mac OS X)'],
    ['version with letters', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5b like Mac OS X)'],
    ['Android version with letters', 'Mozilla/5.0 (Linux; Android 14a; Pixel 8)'],
    ['no comment', 'curl/8.5.0'],
    ['unclosed comment', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X'],
    ['closing before opening', 'x) (iPhone; CPU iPhone OS 17_5 like Mac OS X'],
    ['empty', ''],
  ])('%s: nothing', (_name, ua) => {
    expect(deviceInfo(NO_PARAMS, undefined, ua)).toEqual({});
  });

  it('reads only the first comment: a device named later (an app tail) is ignored', () => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) (Linux; Android 14; Pixel 8)';
    expect(deviceInfo(NO_PARAMS, undefined, ua)).toEqual({});
  });

  it('scans only the first 300 characters of a huge user agent', () => {
    expect(deviceInfo(NO_PARAMS, undefined, IPHONE_UA + ' x'.repeat(500_000))).toEqual({
      device_model: 'iPhone',
      os_version: 'iOS 17.5.1',
    });
    expect(deviceInfo(NO_PARAMS, undefined, ' '.repeat(300) + IPHONE_UA)).toEqual({});
    expect(deviceInfo(NO_PARAMS, undefined, '(' + 'x'.repeat(1_000_000))).toEqual({});
  });
});

describe('deviceInfo: client hints', () => {
  it.each(CLIENT_HINTS_SAMPLES.map((s) => [s.browser, s] as const))('%s', (_name, s) => {
    expect(deviceInfo(NO_PARAMS, s.clientHints, undefined)).toEqual(
      gives(s.device_model, s.os_version),
    );
  });

  it('trims the values; an empty version leaves the platform alone', () => {
    expect(
      deviceInfo(
        NO_PARAMS,
        { model: ' Pixel 8 ', platform: ' Android ', platform_version: ' ' },
        '',
      ),
    ).toEqual({ device_model: 'Pixel 8', os_version: 'Android' });
  });

  it('a version without a platform gives no os_version', () => {
    expect(deviceInfo(NO_PARAMS, { platform: '', platform_version: '14.0.0' }, '')).toEqual({});
  });

  it.each([
    [null],
    [undefined],
    ['Pixel 8'],
    [42],
    [['Pixel 8', 'Android']],
    [{ model: 8, platform: ['Android'], platform_version: { major: 14 } }],
    [{ model: null, platform: true, platform_version: '14.0.0' }],
    // JSON.parse makes `__proto__` an own key, as event data from JSON would have it.
    [JSON.parse('{"__proto__": {"model": "Pixel 8", "platform": "Android"}}')],
    [{ constructor: 'x', toString: 'y' }],
  ])('%p gives nothing', (clientHints) => {
    expect(deviceInfo(NO_PARAMS, clientHints, undefined)).toEqual({});
  });

  it('a number version is no version', () => {
    expect(deviceInfo(NO_PARAMS, { platform: 'Android', platform_version: 14 }, '')).toEqual({
      os_version: 'Android',
    });
  });
});

describe('deviceInfo: precedence, each key on its own', () => {
  it('1. the event parameters win over the hints and the user agent', () => {
    expect(
      deviceInfo({ deviceModel: ' iPhone 15 Pro ', osVersion: 'iOS 17.5' }, PIXEL_HINTS, IPHONE_UA),
    ).toEqual({ device_model: 'iPhone 15 Pro', os_version: 'iOS 17.5' });
  });

  it('2. the hints win over the user agent (an iPhone user agent with hints present)', () => {
    const iPhoneHints = { model: 'iPhone15,3', platform: 'iOS', platform_version: '17.5.1' };
    expect(deviceInfo(NO_PARAMS, iPhoneHints, IPHONE_UA)).toEqual({
      device_model: 'iPhone15,3',
      os_version: 'iOS 17.5.1',
    });
  });

  it('3. the user agent, when neither parameter nor hint has a value', () => {
    expect(deviceInfo({ deviceModel: ' ', osVersion: '' }, { model: '' }, IPHONE_UA)).toEqual({
      device_model: 'iPhone',
      os_version: 'iOS 17.5.1',
    });
  });

  it('4. omitted when no source has a value', () => {
    expect(deviceInfo(NO_PARAMS, undefined, undefined)).toEqual({});
    expect(deviceInfo(NO_PARAMS, { mobile: true }, REDUCED_ANDROID_UA)).toEqual({});
  });

  it('mixes sources: a parameter for one key, hints for the other', () => {
    expect(deviceInfo({ deviceModel: 'Kiosk 7', osVersion: undefined }, PIXEL_HINTS, '')).toEqual({
      device_model: 'Kiosk 7',
      os_version: 'Android 14.0.0',
    });
  });

  it('mixes sources: hints for the OS (desktop Chrome has no model), the user agent for nothing', () => {
    const windows = CLIENT_HINTS_SAMPLES.find((s) => s.browser === 'Chrome, Windows 11')!;
    const ua = sample('Chrome, Windows').userAgent;
    expect(deviceInfo(NO_PARAMS, windows.clientHints, ua)).toEqual({
      os_version: 'Windows 15.0.0',
    });
  });

  it('mixes sources: a parameter for the OS, the user agent for the model', () => {
    expect(deviceInfo({ deviceModel: undefined, osVersion: 'iOS 18 beta' }, {}, IPHONE_UA)).toEqual(
      { device_model: 'iPhone', os_version: 'iOS 18 beta' },
    );
  });

  it('Chrome on Android: the hints give what the reduced user agent hides', () => {
    expect(deviceInfo(NO_PARAMS, PIXEL_HINTS, REDUCED_ANDROID_UA)).toEqual({
      device_model: 'Pixel 8',
      os_version: 'Android 14.0.0',
    });
  });

  it.each([[42], [true], [['iPhone']], [{ name: 'iPhone' }], [null], [''], ['   ']])(
    'a parameter %p is not a value: the next source decides',
    (param) => {
      expect(deviceInfo({ deviceModel: param, osVersion: param }, undefined, IPHONE_UA)).toEqual({
        device_model: 'iPhone',
        os_version: 'iOS 17.5.1',
      });
    },
  );

  it.each([[42], [NaN], [{}], [[IPHONE_UA]], [null], [true]])(
    'a user agent %p gives nothing',
    (ua) => {
      expect(deviceInfo(NO_PARAMS, undefined, ua)).toEqual({});
    },
  );
});

describe('deliveryMethodOf', () => {
  it.each([
    ['in_store', 'in_store'],
    ['curbside', 'curbside'],
    ['delivery', 'delivery'],
    [' Delivery ', 'delivery'],
    ['IN_STORE', 'in_store'],
  ])('%p → %p', (input, output) => {
    expect(deliveryMethodOf(input)).toEqual({ value: output });
  });

  it.each([[undefined], [null], [''], ['   ']])('%p: neither value nor warning', (input) => {
    expect(deliveryMethodOf(input)).toEqual({});
  });

  it.each([
    ['drone', '"drone"'],
    [' In Store ', '"In Store"'],
    ['pickup', '"pickup"'],
    [3, '(number)'],
    [false, '(boolean)'],
    [['delivery'], '(object)'],
    [{ method: 'delivery' }, '(object)'],
    ['d'.repeat(41), '"' + 'd'.repeat(40) + '…"'],
  ])('%p is dropped with a warning', (input, shown) => {
    expect(deliveryMethodOf(input)).toEqual({
      warning: 'delivery_method ' + shown + ' dropped: Snap accepts in_store, curbside or delivery',
    });
  });

  it('shows at most 40 characters of a huge value', () => {
    const warning = deliveryMethodOf('x'.repeat(100_000)).warning!;
    expect(warning.length).toBeLessThan(120);
  });
});

// The docs' table of user agents and client hints must say what the code does: docs/tag.md's
// "Device information" section.
describe('the "Device information" table of the docs', () => {
  const HEADING = '## Device information';
  const file = path.join(__dirname, '..', '..', 'docs', 'tag.md');
  const docs = { file, text: fs.readFileSync(file, 'utf8') };
  const section = docs.text.split('\n' + HEADING + '\n')[1].split('\n## ')[0];
  const cell = (text: string) => {
    const t = text.trim();
    return t === '—' ? undefined : t.replace(/^`(.*)`$/, '$1');
  };
  const rows = section
    .split('\n')
    .filter(
      (line) => line.startsWith('| ') && !line.startsWith('| Browser') && !line.startsWith('| ---'),
    )
    .map((line) => {
      const [browser, hints, userAgent, model, os] = line.slice(1, -1).split('|').map(cell);
      return { browser: browser!, hints, userAgent, model, os };
    });

  it('lists at least 12 user agents and client-hint sets, frozen forms among them', () => {
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.filter((r) => r.model === undefined && r.os === undefined).length).toBeGreaterThan(
      5,
    );
    expect(rows.filter((r) => r.hints !== undefined).length).toBeGreaterThan(3);
  });

  it.each(rows.map((r) => [r.browser, r] as const))('%s', (_name, r) => {
    const hints = r.hints === undefined ? undefined : JSON.parse(r.hints);
    expect(deviceInfo(NO_PARAMS, hints, r.userAgent)).toEqual(gives(r.model, r.os));
  });
});
