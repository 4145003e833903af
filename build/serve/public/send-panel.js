// "Send a test event": the page acts as a shop's website with gtag. It writes the identity cookies
// and page-URL parameters the project's serve setup declares (GET /api/send-panel, values made at each
// send), fires gtag-format hits to /g/collect, so the server sees what it would see from a browser, and
// says what became of each event: its outcome and what the template sent.
import { el } from './dom.js';

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
  for (const { name, value } of options.pageParameters) page.searchParams.set(name, value);
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

async function identityControls() {
  return (await (await fetch('/api/send-panel')).json()).identity;
}

/** One checkbox per identity control of the setup; a note when the setup declares none. */
function renderIdentity(box, controls) {
  if (controls.length === 0) {
    box.append(el('p', { class: 'hint' }, "None: a project's serve setup can add cookies here."));
    return;
  }
  for (const control of controls) {
    const input = el('input', { type: 'checkbox', id: control.id });
    input.checked = control.checked;
    box.append(el('label', {}, input, ` ${control.label}`));
  }
}

/** What became of an event, for the status line: its outcome, and what it sent or why it did not. */
function eventLine(event) {
  const name = `${event.eventData.event_name}${event.type ? ` → ${event.type}` : ''}`;
  const sent = event.requests.map((r) => `${r.method} ${r.url} → ${r.response.status}`);
  const what = sent.length ? `sent ${sent.join(', ')}` : 'nothing was sent';
  return `${name}: ${event.outcome} (${event.reason}); ${what}`;
}

export async function createSendPanel(doc, fieldsSaved) {
  const status = doc.getElementById('send-status');
  renderIdentity(doc.getElementById('identity'), await identityControls());
  async function send(name) {
    status.textContent = `Sending ${name}…`;
    await fieldsSaved();
    const pageParameters = [];
    for (const control of await identityControls()) {
      const on = doc.getElementById(control.id).checked;
      if (control.cookie) setCookie(control.cookie.name, on ? control.cookie.value : undefined);
      if (control.pageParameter && on) pageParameters.push(control.pageParameter);
    }
    const consent = doc.querySelector('input[name="consent"]:checked').value;
    const url = await hitUrl(name, { pageParameters, consent });
    const response = await fetch(url, { method: 'POST', keepalive: true });
    if (!response.ok) {
      status.textContent = `${name}: the server refused the hit: HTTP ${response.status} ${await response.text()}`;
      return;
    }
    const ids = (response.headers.get('x-preview-events') ?? '').split(',').map(Number);
    const events = await (await fetch('/api/events')).json();
    const mine = events.filter((e) => ids.includes(e.id));
    status.textContent = mine.length
      ? mine.map(eventLine).join('\n')
      : `${name}: no event came of it`;
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
