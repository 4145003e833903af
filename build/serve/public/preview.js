// The preview page: the template's header line, the live timeline, the test-event panel and the
// fields panel, each in its own module.
import { createFieldsPanel } from './fields-panel.js';
import { createSendPanel } from './send-panel.js';
import { startTimeline } from './timeline.js';

async function main() {
  const template = await (await fetch('/api/template')).json();
  document.getElementById('template-info').textContent =
    `${template.displayName} · ${template.file} · requests: ${template.requests}`;
  startTimeline(document.getElementById('timeline'), document.getElementById('timeline-empty'));
  const fields = await (await fetch('/api/fields')).json();
  const panel = createFieldsPanel(
    document.getElementById('fields'),
    document.getElementById('fields-status'),
    template.parameters,
    fields,
  );
  await createSendPanel(document, () => panel.saved());
}

main().catch((error) => {
  document.getElementById('template-info').textContent = `The page could not start: ${error}`;
});
