import { describe, expect, it } from 'vitest';
import { hasChromium, watchConsole } from './browser.js';
import {
  DEMO_PASSWORD,
  demoAssessmentId,
  expectCleanScreen,
  failedResource,
  getAssessment,
  settle,
  useDemoWorld,
} from './demo.js';

describe.skipIf(!hasChromium)('sign-in and dashboard in the browser', { timeout: 120_000 }, () => {
  const world = useDemoWorld();

  it('refuses a wrong password, signs alice in and draws her dashboard', async () => {
    const page = await world.browser.newPage();
    page.setDefaultTimeout(15_000);
    const consoleMessages = watchConsole(page);
    const screen = { page, consoleMessages };

    await page.goto(`${world.server.url}/sign-in`);
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in to Nimbus' }).count()).toBe(1);
    await expectCleanScreen(screen, 'sign-in-form');

    // A wrong password: the form says so, and the browser logs the 401 we provoked.
    await page.getByLabel('Email').fill('alice@acme.example');
    await page.getByRole('textbox', { name: 'Password' }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    const wrongPassword = failedResource(401, 'Unauthorized');
    expect(consoleMessages).toEqual([wrongPassword]);
    await expectCleanScreen(screen, 'sign-in-refused', [wrongPassword]);
    consoleMessages.length = 0;

    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
    const orgId = /\/o\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Dashboard' }).count()).toBe(1);
    await expect
      .poll(() => page.getByText('Acme Cloud Ltd: ISO/IEC 27017 compliance at a glance').count())
      .toBe(1);
    await expect
      .poll(() => page.getByRole('button', { name: /Alice Moreau owner user menu/ }).count())
      .toBe(1);
    await settle(page);

    // Charts are drawn as SVG by recharts.
    await expect.poll(() => page.locator('.recharts-surface').count()).toBeGreaterThan(0);
    const box = await page.locator('.recharts-surface').first().boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    expect(await page.locator('.recharts-surface path').count()).toBeGreaterThan(2);

    // The KPI numbers are the server's numbers for the demo assessment.
    const assessment = await getAssessment(page, orgId, await demoAssessmentId(page, orgId));
    const overall = assessment.progress.overall;
    const main = page.getByRole('main');
    await expect
      .poll(() =>
        main.getByText(`${overall.assessed} of ${overall.applicable} applicable controls assessed`).count(),
      )
      .toBe(1);
    await expect
      .poll(() => main.getByText(`${Math.round(overall.completion * 100)}%`, { exact: true }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => main.getByText(`${overall.applicable} / ${overall.total}`).count()).toBe(1);
    expect(overall.assessed).toBeGreaterThan(0);
    expect(overall.assessed).toBeLessThan(overall.applicable);

    // The status table beside the donut gives every count in words.
    const byStatus = page.getByRole('table', { name: 'Control results by status' });
    await expect.poll(() => byStatus.getByRole('row').count()).toBeGreaterThan(3);
    const implementedRow = byStatus.getByRole('row', { name: /^Implemented/ });
    expect(await implementedRow.textContent()).toContain(String(overall.byStatus.implemented));

    await expectCleanScreen(screen, 'dashboard');
  });
});
