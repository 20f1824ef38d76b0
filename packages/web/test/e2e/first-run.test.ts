import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServeProcess, startServe } from '../../../cli/test/serve-process.js';
import { axeViolations, hasChromium, launch, screenshot, signIn, watchConsole } from './browser.js';

describe.skipIf(!hasChromium)('first run in the browser', () => {
  let server: ServeProcess;
  beforeAll(async () => {
    server = await startServe({});
    for (let i = 0; i < 100 && !server.stdout().includes('setup?token='); i++)
      await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(() => server?.child.kill('SIGTERM'));

  it('creates the first owner with the one-time link, signs out and in again', async () => {
    const link = /(http:\/\/\S+\/setup\?token=\S+)/
      .exec(server.stdout())![1]!
      .replace('localhost', '127.0.0.1');
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const consoleMessages = watchConsole(page);
      await page.goto(link);
      await page.getByLabel('Organization').fill('Acme Cloud Ltd');
      await page.getByLabel('Your name').fill('Alice Moreau');
      await page.getByLabel('Email').fill('alice@acme.example');
      await page.getByRole('textbox', { name: 'Password' }).fill('correct horse battery staple 42');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'setup');
      await page.getByRole('button', { name: 'Create owner and organization' }).click();
      await page.waitForURL(/\/o\/[^/]+$/);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: /user menu/ }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(/\/sign-in/);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'sign-in');
      await signIn(page, server.url, 'alice@acme.example', 'correct horse battery staple 42');
      expect(page.url()).toMatch(/\/o\/[0-9a-f-]{36}$/);
      // The link works once.
      await page.goto(link);
      await page.getByLabel('Organization').fill('Second');
      await page.getByLabel('Your name').fill('Mallory');
      await page.getByLabel('Email').fill('mallory@example.com');
      await page.getByRole('textbox', { name: 'Password' }).fill('another long passphrase');
      await page.getByRole('button', { name: 'Create owner and organization' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('invalid, expired or already used');
      // The reused link answers 403 on purpose; the browser logs that response. Nothing else may be logged.
      expect(consoleMessages.filter((m) => !m.includes('status of 403'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('sends a signed-out visitor to sign in and back to the page they asked for', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/o/00000000-0000-4000-8000-000000000000/evidence`);
      await page.waitForURL(/\/sign-in\?next=/);
      expect(decodeURIComponent(page.url())).toContain(
        'next=/o/00000000-0000-4000-8000-000000000000/evidence',
      );
    } finally {
      await browser.close();
    }
  });
});
