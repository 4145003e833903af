// Which Chromium the browser tests drive: CHROMIUM_PATH when set (a path that does not exist means
// none: `CHROMIUM_PATH=/nonexistent npm test` tries the no-browser path), else Debian's
// /usr/bin/chromium, else one that playwright has installed. Nothing here ever downloads a browser.
import * as fs from 'node:fs';
import { chromium } from 'playwright-core';

export const ENABLE_HINT =
  "install Debian's chromium (apt-get install chromium), or point CHROMIUM_PATH at a Chromium";

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH !== undefined) {
    return fs.existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  }
  const candidates = ['/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // playwright has installed no browser
  }
  return candidates.find((file) => fs.existsSync(file));
}

/**
 * Without a Chromium, the suite is one test that says so: it passes, with a message saying how to
 * enable the suite, except under CI=true, where a missing browser fails the run.
 */
export function describeWithBrowser(title: string, suite: (chromiumPath: string) => void): void {
  const found = findChromium();
  if (found) {
    describe(title, () => suite(found));
    return;
  }
  const where =
    process.env.CHROMIUM_PATH !== undefined
      ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
      : 'no Chromium found';
  if (process.env.CI === 'true') {
    it(`${title}: needs a Chromium under CI (${where})`, () => {
      throw new Error(`${where}: the browser suite cannot run; ${ENABLE_HINT}`);
    });
    return;
  }
  it(`${title}: the browser suite was skipped (${where})`, () => {
    console.warn(`The browser suite "${title}" was skipped: ${where}. To run it, ${ENABLE_HINT}.`);
  });
}
