import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.js';
import { expectCleanScreen, getAssessment, type SignedIn, settle, signInAs, useDemoWorld } from './demo.js';

const NAME = 'Acme CRM: ISO/IEC 27017 customer view 2027';

/** Picks an option of a Mantine Select (or MultiSelect) found by its label. */
const choose = async (page: Page, label: string, option: string) => {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // A MultiSelect stays open for more picks; leaving the field closes it.
  if ((await box.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Tab');
};

/** The assessment page's completion and implementation lines, as a user reads them. */
const summary = async (page: Page, assessed: number, applicable: number, detail: string) => {
  const main = page.getByRole('main');
  await expect
    .poll(() => main.getByText(`${assessed} of ${applicable} applicable controls assessed`).count())
    .toBe(1);
  await expect.poll(() => main.getByText(detail, { exact: true }).count()).toBe(1);
};

describe.skipIf(!hasChromium)(
  'creating and editing an assessment in the browser',
  { timeout: 120_000 },
  () => {
    const world = useDemoWorld();
    let alice: SignedIn;
    let assessmentId = '';

    it('creates an assessment through the form and lands on it', async () => {
      alice = await signInAs(world, 'alice@acme.example');
      const { page } = alice;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments' }).click();
      await page.waitForURL(/\/assessments$/);
      await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Assessments' }).count()).toBe(1);
      await expect.poll(() => page.getByText('Acme CRM: ISO/IEC 27017 CSP assessment 2026').count()).toBe(1);
      await expectCleanScreen(alice, 'assessments');

      await page.getByRole('button', { name: 'New assessment' }).click();
      const dialog = page.getByRole('dialog', { name: 'New assessment' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(NAME);
      await dialog.getByRole('radio', { name: /^Cloud service customer \(CSC\)/ }).click();
      await choose(page, 'Scope', 'Acme CRM (we provide)');
      await choose(page, 'Owner', 'Chen Li');
      await dialog.getByLabel('Target date').fill('2027-06-30');
      await expectCleanScreen(alice, 'new-assessment');

      await dialog.getByRole('button', { name: 'Create assessment' }).click();
      await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
      assessmentId = /\/assessments\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
      await expect.poll(() => page.getByRole('heading', { level: 1, name: NAME }).count()).toBe(1);
      await expect
        .poll(() =>
          page
            .getByText(
              'ISO/IEC 27017:2015 · Cloud service customer (CSC) · target 30 Jun 2027 · owner Chen Li',
            )
            .count(),
        )
        .toBe(1);
      await expect
        .poll(() => page.getByText(`${NAME}: every control starts as Not assessed.`).count())
        .toBe(1);

      const created = await getAssessment(page, alice.orgId, assessmentId);
      expect(created.name).toBe(NAME);
      expect(created.progress.overall.assessed).toBe(0);
      expect(created.results.every((r) => r.status === 'not-assessed')).toBe(true);
      await summary(page, 0, created.progress.overall.applicable, '0 implemented, 0 partially, 0 planned');
    });

    it('changes statuses one by one and in bulk, and the server agrees', async () => {
      const { page, orgId } = alice;
      const total = (await getAssessment(page, orgId, assessmentId)).progress.overall.applicable;

      // One row at a time, with the inline status select.
      await choose(page, 'Status of 5.1.1', 'Implemented');
      await expect.poll(() => page.getByText('5.1.1: Implemented').count()).toBe(1);
      await summary(page, 1, total, '1 implemented, 0 partially, 0 planned');
      await choose(page, 'Status of 5.1.2', 'Partially implemented');
      await summary(page, 2, total, '1 implemented, 1 partially, 0 planned');
      await expect
        .poll(() => page.getByRole('combobox', { name: 'Status of 5.1.1', exact: true }).inputValue())
        .toBe('Implemented');

      let server = await getAssessment(page, orgId, assessmentId);
      expect(server.progress.overall.assessed).toBe(2);
      expect(server.progress.overall.byStatus.implemented).toBe(1);
      expect(server.progress.overall.byStatus['partially-implemented']).toBe(1);
      const statusOf = (id: string) => server.results.find((r) => r.controlId === id)!.status;
      expect([statusOf('5.1.1'), statusOf('5.1.2')]).toEqual(['implemented', 'partially-implemented']);

      // Several rows at once: select them, then the bulk bar.
      for (const id of ['6.1.1', '6.1.2', '6.1.3'])
        await page.getByRole('checkbox', { name: `Select ${id}`, exact: true }).check();
      await expect.poll(() => page.getByText('3 selected').count()).toBe(1);
      await choose(page, 'Set status', 'Planned');
      await page.getByRole('button', { name: 'Apply to 3' }).click();
      await expect.poll(() => page.getByText('3 controls updated').count()).toBe(1);
      await summary(page, 5, total, '1 implemented, 1 partially, 3 planned');
      await expect.poll(() => page.getByText('3 selected').count()).toBe(0);
      for (const id of ['6.1.1', '6.1.2', '6.1.3'])
        expect(await page.getByRole('combobox', { name: `Status of ${id}`, exact: true }).inputValue()).toBe(
          'Planned',
        );

      server = await getAssessment(page, orgId, assessmentId);
      expect(server.progress.overall.assessed).toBe(5);
      expect(server.progress.overall.byStatus.planned).toBe(3);
      expect(['6.1.1', '6.1.2', '6.1.3'].map(statusOf)).toEqual(['planned', 'planned', 'planned']);
      expect(server.progress.overall.completion).toBeCloseTo(5 / total, 2);
      // The status chips above the table count the same.
      await expect
        .poll(() => page.getByRole('group', { name: 'Filter by status' }).textContent())
        .toContain('Planned 3');
      await settle(page);
      await expectCleanScreen(alice, 'assessment');
    });

    it('fits a 768 px wide window without horizontal scrolling', async () => {
      const { page } = alice;
      await page.setViewportSize({ width: 768, height: 900 });
      try {
        await page.reload();
        await expect.poll(() => page.getByRole('heading', { level: 1, name: NAME }).count()).toBe(1);
        await settle(page);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(768 + 4);
        await expectCleanScreen(alice, 'assessment-768');
      } finally {
        await page.setViewportSize({ width: 1280, height: 860 });
      }
    });
  },
);
