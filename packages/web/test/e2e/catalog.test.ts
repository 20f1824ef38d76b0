import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.js';
import { apiGet, expectCleanScreen, type SignedIn, signInAs, useDemoWorld } from './demo.js';

interface ControlView {
  readonly control: { readonly guidance?: { readonly csp?: unknown[]; readonly csc?: unknown[] } };
  readonly mappings: readonly { readonly provenance: 'published' | 'derived' }[];
}

interface TreeGroup {
  readonly controls: readonly { readonly id: string; readonly kind: string }[];
  readonly groups: readonly TreeGroup[];
}

const controlView = (page: Page, id: string) =>
  apiGet<ControlView>(page, `/api/v1/catalog/control?framework=iso27017:2015&id=${encodeURIComponent(id)}`);

/** The provider and customer guidance columns: both there, side by side, with this many statements each. */
const expectGuidanceColumns = async (page: Page, csp: number, csc: number) => {
  const main = page.getByRole('main');
  const cspTitle = main.getByRole('heading', { level: 3, name: 'Cloud service provider (CSP)' });
  const cscTitle = main.getByRole('heading', { level: 3, name: 'Cloud service customer (CSC)' });
  await expect.poll(() => cscTitle.count()).toBe(1);
  const [a, b] = [(await cspTitle.boundingBox())!, (await cscTitle.boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(4); // one row
  expect(b.x).toBeGreaterThan(a.x + a.width); // customer to the right of provider
  const column = (name: string) =>
    main
      .locator('.mantine-Card-root')
      .filter({ has: page.getByRole('heading', { level: 3, name }) })
      .getByRole('listitem');
  expect(await column('Cloud service provider (CSP)').count()).toBe(csp);
  expect(await column('Cloud service customer (CSC)').count()).toBe(csc);
  if (csc === 0) expect(await main.getByText('No cloud-specific guidance for this party.').count()).toBe(1);
};

describe.skipIf(!hasChromium)('the control catalog in the browser', { timeout: 120_000 }, () => {
  const world = useDemoWorld();
  let alice: SignedIn;

  it('finds a control with Ctrl+K and opens its guidance and mappings', async () => {
    alice = await signInAs(world, 'alice@acme.example');
    const { page } = alice;
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Dashboard' }).count()).toBe(1);

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog');
    const search = palette.getByRole('textbox', { name: 'Search controls' });
    await expect.poll(() => search.isVisible()).toBe(true);
    await search.fill('hypervisor');
    const hit = palette.getByRole('button', {
      name: /^CLD\.9\.5\.1 Segregation in virtual computing environments/,
    });
    await expect.poll(() => hit.count()).toBe(1);
    await expectCleanScreen(alice, 'command-palette');
    await hit.click();

    await page.waitForURL(/\/catalog\/iso27017%3A2015\/CLD\.9\.5\.1$/);
    await expect
      .poll(() =>
        page
          .getByRole('heading', { level: 1, name: 'CLD.9.5.1 Segregation in virtual computing environments' })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => palette.count()).toBe(0);
    const view = await controlView(page, 'CLD.9.5.1');
    // CLD.9.5.1 is the provider's duty: statements for the CSP, and the CSC column says it has none.
    expect(view.control.guidance!.csp!.length).toBeGreaterThan(0);
    expect(view.control.guidance!.csc).toBeUndefined();
    await expectGuidanceColumns(page, view.control.guidance!.csp!.length, 0);

    // Every mapping carries a provenance badge: published by a standards body, or derived by Nimbus.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Mappings to other frameworks' }).count())
      .toBe(1);
    const badges = page.getByRole('main').getByText(/^(Published|Derived)$/);
    expect(await badges.count()).toBe(view.mappings.length);
    const derived = view.mappings.filter((m) => m.provenance === 'derived').length;
    expect(await page.getByRole('main').getByText('Derived', { exact: true }).count()).toBe(derived);
    expect(await page.getByRole('row', { name: /5\.23/ }).first().textContent()).toContain('Derived');
    await expectCleanScreen(alice, 'control');
  });

  it('filters the catalog tree to the cloud-extended controls', async () => {
    const { page } = alice;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
    await page.waitForURL(/\/catalog$/);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Control catalog' }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '121 controls in 14 clauses' }).count())
      .toBe(1);
    await expectCleanScreen(alice, 'catalog');

    const tree = await apiGet<{ groups: TreeGroup[] }>(page, '/api/v1/catalog/tree?framework=iso27017:2015');
    const all = (g: TreeGroup): { id: string; kind: string }[] => [...g.controls, ...g.groups.flatMap(all)];
    const cloud = tree.groups.flatMap(all).filter((c) => c.kind === 'cloud-extended');
    expect(cloud.length).toBeGreaterThan(0);

    const cloudOnly = page.getByRole('switch', { name: 'Cloud-extended (CLD) only' });
    await cloudOnly.click();
    await page.waitForURL(/cloud=1/);
    await expect.poll(() => cloudOnly.isChecked()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `Showing ${cloud.length} of 121 controls` })
          .count(),
      )
      .toBe(1);
    // The clauses that still match open by themselves and list only CLD controls.
    const links = page.getByRole('main').getByRole('link', { name: /^(CLD\.)?\d+(\.\d+)+$/ });
    await expect.poll(() => links.count()).toBe(cloud.length);
    expect((await links.allTextContents()).sort()).toEqual(cloud.map((c) => c.id).sort());
    await expectCleanScreen(alice, 'catalog-cloud-extended');

    // A shared control: guidance for both parties.
    await page.getByRole('link', { name: 'CLD.6.3.1', exact: true }).click();
    await page.waitForURL(/CLD\.6\.3\.1$/);
    const view = await controlView(page, 'CLD.6.3.1');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: /^CLD\.6\.3\.1 / }).count()).toBe(1);
    await expectGuidanceColumns(page, view.control.guidance!.csp!.length, view.control.guidance!.csc!.length);
    expect(view.control.guidance!.csc!.length).toBeGreaterThan(0);
  });
});
