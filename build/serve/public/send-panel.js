// "Send a test event": the page acts as a shop's website with gtag. It writes the identity cookies a
// real page has (ATS.js's _lr_env with a fresh timestamp, the Snap Pixel's _scid) and fires gtag-format
// hits to /g/collect, so the server sees what it would see from a browser.

const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
const SCID = '123e4567-e89b-12d3-a456-426614174000';
const SCCID = 'b9a1c3d2-5f7e-4e21-9c11-7a3b2d4e6f80';
const SHOP = 'https://www.example-store.com';

const SHOES = {
  id: 'sku_123',
  nm: 'Black running shoes',
  br: 'Nike',
  ca: 'shoes',
  pr: 89.99,
  qt: 1,
};
const SOCKS = { id: 'sku_456', nm: 'Running socks', br: 'Adidas', ca: 'running', pr: 49.5, qt: 1 };

/** Each test event: its page, and the event parameters gtag would add. */
const EVENTS = {
  page_view: { page: '/shoes', params: {} },
  view_item: { page: '/shoes/sku_123', items: [SHOES], params: { cu: 'EUR', 'epn.value': 89.99 } },
  add_to_cart: {
    page: '/shoes/sku_123',
    items: [SHOES],
    params: { cu: 'EUR', 'epn.value': 89.99 },
  },
  begin_checkout: {
    page: '/checkout',
    items: [SHOES, SOCKS],
    params: { cu: 'EUR', 'epn.value': 139.49 },
  },
  purchase: {
    page: '/checkout/confirmation',
    items: [SHOES, SOCKS],
    params: { cu: 'EUR', 'epn.value': 139.49, 'ep.transaction_id': () => `T-${Date.now()}` },
  },
  sign_up: { page: '/account/welcome', params: { 'ep.method': 'email' } },
};

const pageId = Math.floor(Math.random() * 1e9);
const sessionId = Math.floor(Date.now() / 1000);

/** ATS.js's format: URI-encoded base64 of {timestamp, version, envelope}. */
function atsCookieValue(nowMs) {
  const record = { timestamp: nowMs, version: '1.5.0', envelope: ENVELOPE };
  return encodeURIComponent(btoa(JSON.stringify(record)));
}

function setCookie(name, value) {
  document.cookie =
    value === undefined ? `${name}=; path=/; max-age=0` : `${name}=${value}; path=/; SameSite=Lax`;
}

const item = (fields) =>
  Object.entries(fields)
    .map(([key, value]) => `${key}${value}`)
    .join('~');

/** The client hints gtag reads from navigator.userAgentData (Chromium only). */
async function clientHints() {
  const data = navigator.userAgentData;
  if (!data?.getHighEntropyValues) return {};
  const h = await data.getHighEntropyValues([
    'architecture',
    'bitness',
    'fullVersionList',
    'model',
    'platformVersion',
    'wow64',
  ]);
  return {
    uaa: h.architecture,
    uab: h.bitness,
    uafvl: (h.fullVersionList ?? [])
      .map((b) => `${encodeURIComponent(b.brand)};${encodeURIComponent(b.version)}`)
      .join('|'),
    uamb: h.mobile ? '1' : '0',
    uam: h.model,
    uap: h.platform,
    uapv: h.platformVersion,
    uaw: h.wow64 ? '1' : '0',
  };
}

async function hitUrl(name, options) {
  const spec = EVENTS[name] ?? { page: '/contact', params: {} };
  const page = new URL(spec.page, SHOP);
  if (options.sccid) page.searchParams.set('ScCid', SCCID);
  const params = new URLSearchParams({
    v: '2',
    tid: 'G-PREVIEW',
    _p: String(pageId),
    gcs: options.consent,
    cid: '1234567890.1754906000',
    ul: navigator.language.toLowerCase(),
    sr: `${screen.width}x${screen.height}`,
    ...(await clientHints()),
    sid: String(sessionId),
    sct: '1',
    dl: page.href,
    dt: document.title,
    en: name,
    _et: '12',
  });
  for (const [key, value] of Object.entries(spec.params)) {
    params.set(key, typeof value === 'function' ? value() : String(value));
  }
  (spec.items ?? []).forEach((fields, i) => params.set(`pr${i + 1}`, item(fields)));
  for (const [key, value] of [...params])
    if (value === 'undefined' || value === '') params.delete(key);
  return `/g/collect?${params}`;
}

export function createSendPanel(doc, fieldsSaved) {
  const status = doc.getElementById('send-status');
  const checked = (id) => doc.getElementById(id).checked;
  async function send(name) {
    status.textContent = `Sending ${name}…`;
    await fieldsSaved();
    setCookie('_lr_env', checked('with-lr-env') ? atsCookieValue(Date.now()) : undefined);
    setCookie('_scid', checked('with-scid') ? SCID : undefined);
    const consent = doc.querySelector('input[name="consent"]:checked').value;
    const url = await hitUrl(name, { sccid: checked('with-sccid'), consent });
    const response = await fetch(url, { method: 'POST', keepalive: true });
    status.textContent = response.ok
      ? `Sent ${name}: HTTP ${response.status}`
      : `${name}: HTTP ${response.status} ${await response.text()}`;
  }
  const report = (error) => (status.textContent = `The hit could not be sent: ${error}`);
  for (const button of doc.querySelectorAll('button[data-event]')) {
    button.addEventListener('click', () => send(button.dataset.event).catch(report));
  }
  doc.getElementById('send-custom').addEventListener('click', () => {
    const name = doc.getElementById('custom-name').value.trim();
    if (name) send(name).catch(report);
    else status.textContent = 'Enter an event name first.';
  });
}
