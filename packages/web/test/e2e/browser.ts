import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { REPO } from '../../../cli/test/run-cli.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const RESULTS = join(REPO, 'test-results');

if (!hasChromium) {
  if (process.env.REQUIRE_E2E === '1')
    throw new Error(`REQUIRE_E2E=1 but no Chromium at ${CHROMIUM}: install Debian's chromium`);
  console.warn(
    `browser tests skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or apt-get install chromium)`,
  );
}

/** Launch flags for Debian's Chromium as root on a machine without network (see stack notes). */
export const launch = async (): Promise<BrowserContext> =>
  chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'nimbus-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    // axe-core is injected as a script; the app's CSP (script-src 'self') would block it.
    bypassCSP: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });

/** Collects console errors and warnings (the tests require none) and page errors. */
export const watchConsole = (page: Page) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return messages;
};

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
};

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core in the page and returns the serious and critical violations. */
export const axeViolations = async (page: Page) => {
  await page.addScriptTag({ path: axeSource });
  const result = (await page.evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global injected above
    () => (window as any).axe.run(document, { resultTypes: ['violations'] }),
  )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
};

/** Signs in through the form. */
export const signIn = async (page: Page, base: string, email: string, password: string) => {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/o\/[^/]+/);
};
