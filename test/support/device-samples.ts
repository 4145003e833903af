// Real user agents and client-hint sets (issue 11) with what each gives on its own, shared by the
// device unit tests and the fuzzer. The frozen forms are here on purpose: they must give nothing.

export interface DeviceSample {
  browser: string;
  device_model?: string;
  os_version?: string;
}

export interface UserAgentSample extends DeviceSample {
  userAgent: string;
}

export interface ClientHintsSample extends DeviceSample {
  /** The event's `client_hints` as the GA4 client writes it (from gtag's uaa, uab, uafvl, uamb, …). */
  clientHints: Record<string, unknown>;
}

export const USER_AGENT_SAMPLES: UserAgentSample[] = [
  {
    browser: 'Safari, iPhone',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    device_model: 'iPhone',
    os_version: 'iOS 17.5.1',
  },
  {
    browser: 'Chrome, iPhone',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
    device_model: 'iPhone',
    os_version: 'iOS 17.5',
  },
  {
    browser: 'Instagram in-app browser, iPhone',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 330.0.3.17.104 (iPhone15,3; iOS 17_4_1; en_US; en; scale=3.00; 1290x2796; 598410445)',
    device_model: 'iPhone',
    os_version: 'iOS 17.4.1',
  },
  {
    browser: 'Chrome, iPad',
    userAgent:
      'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
    device_model: 'iPad',
    os_version: 'iPadOS 17.5',
  },
  {
    browser: 'Safari, iPad on iOS 12',
    userAgent:
      'Mozilla/5.0 (iPad; CPU OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    device_model: 'iPad',
    os_version: 'iOS 12.5.7',
  },
  {
    browser: 'Android webview (in-app), Pixel 8',
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP1A.240505.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36',
    device_model: 'Pixel 8',
    os_version: 'Android 14',
  },
  {
    browser: 'Facebook in-app browser, Galaxy S23 Ultra',
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/466.0.0.51.109;]',
    device_model: 'SM-S918B',
    os_version: 'Android 14',
  },
  {
    browser: 'Samsung Internet, Galaxy A53',
    userAgent:
      'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
    device_model: 'SM-A536B',
    os_version: 'Android 13',
  },
  {
    browser: 'Chrome, Android phone (reduced: frozen)',
    userAgent:
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  },
  {
    browser: 'Chrome, Android tablet (reduced: frozen)',
    userAgent:
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  },
  {
    browser: 'Firefox, Android (no model)',
    userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0',
  },
  {
    browser: 'Chrome, Windows (frozen)',
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  },
  {
    browser: 'Firefox, Windows (frozen)',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
  },
  {
    browser: 'Safari, Mac; also iPad Safari asking for desktop sites (frozen)',
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  },
  {
    browser: 'Chrome, Mac (frozen)',
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  },
  {
    browser: 'Firefox, Linux (frozen)',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  },
  {
    browser: 'Chrome, ChromeOS (frozen)',
    userAgent:
      'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  },
];

const chromeVersions = [
  { brand: 'Not/A)Brand', version: '8.0.0.0' },
  { brand: 'Chromium', version: '126.0.6478.71' },
  { brand: 'Google Chrome', version: '126.0.6478.71' },
];

/** What the GA4 client writes for a Chromium browser; `over` sets the keys that differ. */
function hints(over: Record<string, unknown>): Record<string, unknown> {
  return {
    architecture: '',
    bitness: '64',
    full_version_list: chromeVersions,
    mobile: false,
    model: '',
    platform: '',
    platform_version: '',
    wow64: false,
    ...over,
  };
}

export const CLIENT_HINTS_SAMPLES: ClientHintsSample[] = [
  {
    browser: 'Chrome, Pixel 8',
    clientHints: hints({
      mobile: true,
      model: 'Pixel 8',
      platform: 'Android',
      platform_version: '14.0.0',
    }),
    device_model: 'Pixel 8',
    os_version: 'Android 14.0.0',
  },
  {
    browser: 'Chrome, Galaxy S23',
    clientHints: hints({
      mobile: true,
      model: 'SM-S911B',
      platform: 'Android',
      platform_version: '14.0.0',
    }),
    device_model: 'SM-S911B',
    os_version: 'Android 14.0.0',
  },
  {
    browser: 'Chrome, Windows 11',
    clientHints: hints({ architecture: 'x86', platform: 'Windows', platform_version: '15.0.0' }),
    os_version: 'Windows 15.0.0',
  },
  {
    browser: 'Edge, Windows 10',
    clientHints: hints({ architecture: 'x86', platform: 'Windows', platform_version: '10.0.0' }),
    os_version: 'Windows 10.0.0',
  },
  {
    browser: 'Chrome, Mac',
    clientHints: hints({ architecture: 'arm', platform: 'macOS', platform_version: '14.5.0' }),
    os_version: 'macOS 14.5.0',
  },
  {
    browser: 'Chrome, low-entropy hints only (no model, no version)',
    clientHints: { mobile: true, platform: 'Android' },
    os_version: 'Android',
  },
];
