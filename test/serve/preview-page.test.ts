// The preview page in a real browser (chromium.ts says which; never a downloaded one) driven by
// playwright-core, against `serve` with the built template and this project's serve setup, as
// `npm start` runs it. `PREVIEW_SCREENSHOT=docs/preview.png npx jest test/serve/preview-page` also
// writes the README's screenshot of the timeline with the purchase expanded.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startPreview, type RunningPreview } from '../support/preview';
import { describeWithBrowser } from './chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** LiveRamp's four example bodies (the seed). */
const SEED_DIR = path.join(__dirname, '..', 'fixtures', 'seed');
type SeedEvent = Record<string, unknown> & { custom_data?: { key: string }[] };
const SEEDS = fs
  .readdirSync(SEED_DIR)
  .map(
    (f) => JSON.parse(fs.readFileSync(path.join(SEED_DIR, f), 'utf8')) as { events: SeedEvent[] },
  );

let preview: RunningPreview;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

// Starting Chromium takes seconds on a loaded 2-core CI machine; jest's 5 s default is for unit tests.
jest.setTimeout(30_000);

describeWithBrowser('the preview page', (executablePath) => {
  beforeAll(async () => {
    preview = await startPreview();
    browser = await chromium.launch({ executablePath, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(preview.url);
    await page.waitForSelector('[data-field="unmappedEvents"]');
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.app.close();
  });

  /** The row of the next event to appear, once it is there. */
  async function nextRow(action: () => Promise<void>): Promise<Locator> {
    const count = await page.locator('.event').count();
    await action();
    await page.locator('.event').nth(count).waitFor();
    return page.locator('.event').first();
  }

  it('loads with no console errors, the template named and its fields rendered', async () => {
    expect(consoleErrors).toEqual([]);
    await expect(page.locator('#template-info').textContent()).resolves.toBe(
      'Snapchat CAPI via LiveRamp ATS · dist/template.tpl · requests: mock',
    );
    // Groups, a radio with nested fields, a simple table, a checkbox and a select, from the template.
    await expect(page.locator('details.group > summary').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('input[name="radio-eventTypeMode"]').count()).resolves.toBe(2);
    await expect(page.locator('table[data-field="customData"]').count()).resolves.toBe(1);
    await expect(
      page.locator('input[type="checkbox"][data-field="requireIdentity"]').isChecked(),
    ).resolves.toBe(true);
    await expect(page.locator('[data-field="atsConfigId"]').inputValue()).resolves.toBe(
      'demo-ats-config',
    );
  });

  it('"purchase" shows a PURCHASE row, outcome success, whose request has the seed’s keys', async () => {
    const row = await nextRow(() => page.click('button[data-event="purchase"]'));
    await expect(row.getAttribute('data-type')).resolves.toBe('PURCHASE');
    await expect(row.locator('.badge').textContent()).resolves.toBe('success');
    await expect(row.locator('.ga4-name').textContent()).resolves.toBe('purchase');
    await row.locator('.summary').click();
    const body = JSON.parse((await row.locator('.request-body').textContent()) ?? '') as {
      events: Record<string, unknown>[];
    };
    // The event keys of LiveRamp's purchase example; custom_data keys all among the examples' own.
    const [event] = body.events;
    const purchase = SEEDS.map((s) => s.events[0]).find((e) => e.event_type === 'PURCHASE')!;
    expect(Object.keys(event).sort()).toEqual(Object.keys(purchase).sort());
    expect(Object.keys(event.user_data as object)).toEqual(
      Object.keys(purchase.user_data as object),
    );
    const keys = (event.custom_data as { key: string }[]).map((p) => p.key);
    const seedKeys = SEEDS.flatMap((s) => (s.events[0].custom_data ?? []).map((p) => p.key));
    expect(seedKeys).toEqual(expect.arrayContaining(keys));
    expect(keys).toEqual(
      expect.arrayContaining([
        'item_ids',
        'price',
        'currency',
        'number_items',
        'cart_total',
        'uuid_c1',
        'click_id',
      ]),
    );
    await expect(row.locator('.response').textContent()).resolves.toBe('Response: 200 {}');
    // The send panel says what was sent, not the status of its own hit.
    await expect(page.locator('#send-status').textContent()).resolves.toMatch(
      /^purchase → PURCHASE: success \(sent\); sent POST https:\/\/capi\.analytics\.rlcdn\.com\/send-events\/demo-ats-config → 200$/,
    );
  });

  it('a consent-denied purchase is a skipped row whose reason says consent and which has no request', async () => {
    await page.check('input[name="consent"][value="G100"]');
    const row = await nextRow(() => page.click('button[data-event="purchase"]'));
    await expect(row.locator('.badge').textContent()).resolves.toBe('skipped');
    await expect(row.getAttribute('data-outcome')).resolves.toBe('skipped');
    await expect(row.locator('.reason').textContent()).resolves.toMatch(/consent denied/);
    await expect(page.locator('#send-status').textContent()).resolves.toMatch(
      /^purchase: skipped \(consent denied: .*\); nothing was sent$/,
    );
    await row.locator('.summary').click();
    await expect(row.locator('.no-request').textContent()).resolves.toBe('No request was sent.');
    await expect(row.locator('.request').count()).resolves.toBe(0);
    await row.locator('.summary').click();
    await page.check('input[name="consent"][value="G111"]');
  });

  it('"Unmapped events" set to CUSTOM_EVENT_1 makes the custom name arrive as CUSTOM_EVENT_1', async () => {
    await page.fill('#custom-name', 'request_quote');
    const skipped = await nextRow(() => page.click('#send-custom'));
    await expect(skipped.locator('.reason').textContent()).resolves.toMatch(/^unmapped event/);
    await expect(skipped.locator('.badge').textContent()).resolves.toBe('skipped');

    await page.selectOption('select[data-field="unmappedEvents"]', 'CUSTOM_EVENT_1');
    const row = await nextRow(() => page.click('#send-custom'));
    await expect(row.locator('.ga4-name').textContent()).resolves.toBe('request_quote');
    await expect(row.getAttribute('data-type')).resolves.toBe('CUSTOM_EVENT_1');
    await expect(row.getAttribute('data-outcome')).resolves.toBe('success');
    expect(consoleErrors).toEqual([]);

    if (process.env.PREVIEW_SCREENSHOT) {
      await page.screenshot({ path: process.env.PREVIEW_SCREENSHOT, fullPage: false });
    }
  });
});
