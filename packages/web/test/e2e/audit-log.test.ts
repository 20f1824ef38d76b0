import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.js';
import { apiGet, expectCleanScreen, signInAs, useDemoWorld } from './demo.js';

describe.skipIf(!hasChromium)('the audit log in the browser', { timeout: 120_000 }, () => {
  const world = useDemoWorld();

  it('lists events, filters them by action and verifies the hash chain', async () => {
    const alice = await signInAs(world, 'alice@acme.example');
    const { page, orgId } = alice;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Audit log' }).count()).toBe(1);

    const table = page.getByRole('table');
    const rows = table.locator('tbody').getByRole('row');
    const actions = () =>
      rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[3]!.textContent));
    await expect.poll(() => rows.count()).toBe(50); // one page
    // Newest first: alice's sign-in that opened this page is on top.
    expect((await actions())[0]).toBe('auth.login');
    expect(await rows.first().textContent()).toContain('alice@acme.example');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Showing 50 events, newest first' }).count())
      .toBe(1);
    await expectCleanScreen(alice, 'audit');

    // Filter by action prefix: only result changes remain, as many as the server has.
    const server = await apiGet<{ events: { action: string }[] }>(
      page,
      `/api/v1/orgs/${orgId}/audit?limit=500&action=result.`,
    );
    expect(server.events.length).toBeGreaterThan(50);
    await page.getByRole('combobox', { name: 'Action starts with' }).fill('result.');
    await page.keyboard.press('Escape'); // close the suggestions
    await expect.poll(async () => new Set(await actions())).toEqual(new Set(['result.updated']));
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Load older' }).click();
    await expect.poll(() => rows.count()).toBe(server.events.length);
    expect(new Set(await actions())).toEqual(new Set(['result.updated']));
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `Showing ${server.events.length} events, newest first: that is all of them` })
          .count(),
      )
      .toBe(1);

    // Verify chain: every event's hash checks out.
    const all = await apiGet<{ events: unknown[] }>(page, `/api/v1/orgs/${orgId}/audit?limit=500`);
    await page.getByRole('button', { name: 'Verify chain' }).click();
    const result = page.getByRole('status').filter({ hasText: /^Audit chain intact/ });
    await expect.poll(() => result.count()).toBe(1);
    const total = Number(/all (\d+) events verified/.exec((await result.textContent())!)![1]);
    // The count includes at least every event listed before the check (the check may itself be recorded).
    expect(total).toBeGreaterThanOrEqual(all.events.length);
    await expectCleanScreen(alice, 'audit-verified');
  });
});
