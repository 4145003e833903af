// The live timeline: one row per processed event, newest first, from GET /api/events and then
// /api/stream. A row shows the GA4 name (→ the destination's name for it, when the project's setup
// gives one), the outcome and the reason; clicking it shows
// the requests with their responses, the log lines, the cookies set, the event data and the hit.
import { el } from './dom.js';

const MAX_ROWS = 1000;

const pretty = (value) => JSON.stringify(value, null, 2);

/** A log line as pretty JSON when it is JSON, else as it is. */
function prettyLine(line) {
  try {
    const value = JSON.parse(line);
    return value && typeof value === 'object' ? pretty(value) : line;
  } catch {
    return line;
  }
}

function section(title, ...content) {
  return el('section', { class: 'detail' }, el('h4', {}, title), ...content);
}

function requestView(request) {
  const body = request.bodyJson === null ? (request.body ?? '') : pretty(request.bodyJson);
  return el(
    'div',
    { class: 'request' },
    el('p', { class: 'request-line' }, `${request.method} ${request.url}`),
    el('pre', { class: 'request-body' }, body),
    el(
      'p',
      { class: 'response' },
      `Response: ${request.response.status}${request.response.body ? ` ${request.response.body}` : ''}`,
    ),
  );
}

function details(event) {
  const params = Object.entries(event.hit.query).map(([name, value]) => `${name}=${value}`);
  return el(
    'div',
    { class: 'details' },
    section(
      'Requests',
      ...(event.requests.length
        ? event.requests.map(requestView)
        : [el('p', { class: 'no-request' }, 'No request was sent.')]),
    ),
    section(
      'Log lines',
      ...(event.logs.length
        ? event.logs.map((line) => el('pre', { class: 'log-line' }, prettyLine(line)))
        : [el('p', {}, 'No log line.')]),
    ),
    section(
      'Cookies set',
      ...(event.cookiesSet.length
        ? event.cookiesSet.map((c) => el('pre', { class: 'cookie' }, `Set-Cookie: ${c.header}`))
        : [el('p', {}, 'None.')]),
    ),
    section('Event data', el('pre', { class: 'event-data' }, pretty(event.eventData))),
    section('Hit', el('pre', {}, [`${event.hit.method} ${event.hit.path}`, ...params].join('\n'))),
  );
}

function row(event) {
  const type = event.type ?? '';
  const names = [el('span', { class: 'ga4-name' }, String(event.eventData.event_name))];
  if (type) names.push(' → ', el('span', { class: 'destination-type' }, type));
  const summary = el(
    'button',
    { type: 'button', class: 'summary', 'aria-expanded': 'false' },
    el('span', { class: 'event-id' }, `#${event.id}`),
    el('span', { class: 'names' }, ...names),
    el('span', { class: `badge ${event.outcome}` }, event.outcome),
    el('span', { class: 'reason' }, event.reason),
  );
  const item = el(
    'li',
    {
      class: 'event',
      'data-id': String(event.id),
      'data-outcome': event.outcome,
      'data-type': type,
    },
    summary,
  );
  let open;
  summary.addEventListener('click', () => {
    if (open) {
      open.remove();
      open = undefined;
    } else {
      open = details(event);
      item.append(open);
    }
    summary.setAttribute('aria-expanded', String(Boolean(open)));
  });
  return item;
}

export function startTimeline(list, emptyNote) {
  const shown = new Set();
  const add = (event) => {
    if (shown.has(event.id)) return;
    shown.add(event.id);
    emptyNote.hidden = true;
    // Newest first: before the first row with a smaller id.
    const next = [...list.children].find((li) => Number(li.dataset.id) < event.id);
    list.insertBefore(row(event), next ?? null);
    // As many rows as the server keeps events.
    while (list.children.length > MAX_ROWS) list.lastElementChild.remove();
  };
  // Listen first, then read the past: an event in between arrives twice and is shown once.
  const stream = new EventSource('/api/stream');
  stream.onmessage = (message) => add(JSON.parse(message.data));
  fetch('/api/events')
    .then((response) => response.json())
    .then((events) => events.forEach(add));
}
