const JSON = require('JSON');
const Promise = require('Promise');
const callLater = require('callLater');

function fields(changes) {
  const values = {};
  for (const key in defaults) values[key] = defaults[key];
  for (const key in changes) values[key] = changes[key];
  return values;
}

// The clock, and the ATS cookie as ATS.js writes it: base64 of {"timestamp", "version", "envelope"},
// stored one minute (FRESH) or 45 minutes (STALE, due for a refresh) before NOW.
const NOW = 1754906400000;
const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
const FRESH =
  'eyJ0aW1lc3RhbXAiOjE3NTQ5MDYzNDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9';
const STALE =
  'eyJ0aW1lc3RhbXAiOjE3NTQ5MDM3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9';
const PAGE = 'https://www.example-shop.com/laptops';

// The incoming request: event data, cookies as getCookieValues returns them, lower-case headers.
// `logs` collects the tag's log lines, parsed; `cache` is the shared templateDataStorage.
let logs;
let cache;
function request(event, cookies, headers) {
  mock('getAllEventData', event);
  mock('getCookieValues', (name) => (cookies.hasOwnProperty(name) ? cookies[name] : []));
  mock('getRequestHeader', (name) =>
    headers && headers.hasOwnProperty(name) ? headers[name] : undefined,
  );
  mock('getRemoteAddress', '203.0.113.7');
  mock('getTimestampMillis', NOW);
  mock('generateRandom', 123456789);
  mock('getContainerVersion', { debugMode: false, previewMode: true });
  logs = [];
  mock('logToConsole', (line) => logs.push(JSON.parse(line)));
  cache = {};
  mockObject('templateDataStorage', {
    getItemCopy: (key) => (cache.hasOwnProperty(key) ? cache[key] : null),
    setItemCopy: (key, value) => {
      cache[key] = value;
    },
    removeItem: (key) => {
      cache[key] = null;
    },
    clear: () => {},
  });
}

// LiveRamp: the adapter answers `status` with `adapterBody` ('' unless given), or rejects when `status`
// is 'failed' or 'timed_out', as GTM's promise form does; the refresh API answers `answer`
// ({statusCode, body}, or {reason: 'failed' | 'timed_out'}). `sent` and `refreshCall` record the calls,
// `sends` counts the adapter's (assertApi cannot count calls).
let sent;
let sends;
let refreshCall;
function liveRamp(status, answer, adapterBody) {
  sends = 0;
  mock('sendHttpRequest', (url, options, body) => {
    if (url.indexOf('https://api.rlcdn.com/') === 0) {
      refreshCall = { url: url, options: options };
      return Promise.create((resolve, reject) =>
        answer.reason ? reject(answer) : resolve(answer),
      );
    }
    sends++;
    sent = { url: url, options: options, body: JSON.parse(body) };
    // Settled at once (a thenable, not Promise.create), so the assertions after runCode see the
    // outcome without callLater.
    return {
      then: (onAnswer, onFailure) =>
        typeof status === 'string'
          ? onFailure({ reason: status })
          : onAnswer({ statusCode: status, headers: {}, body: adapterBody || '' }),
    };
  });
}

/** The line the tag logs once per firing, and its warnings. */
function result() {
  return logs[logs.length - 1];
}
function warnings() {
  return logs.filter((line) => line.warning).map((line) => line.warning);
}
