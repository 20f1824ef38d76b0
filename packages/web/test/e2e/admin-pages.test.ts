import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.js';
import { apiGet, expectCleanScreen, type SignedIn, signInAs, useDemoWorld } from './demo.js';

const TOKEN_NAME = 'CI evidence upload';

describe.skipIf(!hasChromium)(
  'evidence, services, members and tokens in the browser',
  { timeout: 120_000 },
  () => {
    const world = useDemoWorld();
    let alice: SignedIn;

    /** Follows a link of the main navigation and waits for the page's heading. */
    const open = async (link: string, heading: string) => {
      const { page } = alice;
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: link, exact: true })
        .click();
      await expect.poll(() => page.getByRole('heading', { level: 1, name: heading }).count()).toBe(1);
    };

    it('lists the evidence library and opens the upload form', async () => {
      alice = await signInAs(world, 'alice@acme.example');
      const { page, orgId } = alice;
      await open('Evidence', 'Evidence');
      const items = await apiGet<{ title: string }[]>(page, `/api/v1/orgs/${orgId}/evidence`);
      expect(items.length).toBeGreaterThan(3);
      const rows = page.getByRole('table').locator('tbody').getByRole('row');
      await expect.poll(() => rows.count()).toBe(items.length);
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: `${items.length} items` })
            .count(),
        )
        .toBe(1);
      expect(await rows.filter({ hasText: 'Information Security Policy v3.2' }).count()).toBe(1);
      expect(await page.getByRole('link', { name: /^Download / }).count()).toBeGreaterThan(0);
      await expectCleanScreen(alice, 'evidence');

      await page.getByRole('button', { name: 'Upload', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Upload evidence' });
      await expect
        .poll(() => dialog.getByRole('button', { name: /^Drop a file here or click to choose one/ }).count())
        .toBe(1);
      await expectCleanScreen(alice, 'evidence-upload-form');
      await dialog.getByRole('button', { name: 'Close the dialog' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
    });

    it('lists the cloud services', async () => {
      const { page } = alice;
      await open('Cloud services', 'Cloud services');
      const table = page.getByRole('table', { name: 'Cloud services register' });
      await expect.poll(() => table.locator('tbody').getByRole('row').count()).toBe(2);
      expect(await table.getByRole('row', { name: /^Acme CRM/ }).textContent()).toContain('Acme Cloud Ltd');
      expect(await table.getByRole('row', { name: /Amazon Web Services \(eu-west-1\)/ }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Edit Acme CRM' }).count()).toBe(1);
      await expectCleanScreen(alice, 'services');
    });

    it('lists the members with their roles', async () => {
      const { page } = alice;
      await open('Members', 'Members');
      const rows = page.getByRole('table').locator('tbody').getByRole('row');
      await expect.poll(() => rows.count()).toBe(5);
      for (const email of ['alice@', 'bram@', 'chen@', 'dana@certbody.example', 'eli@'])
        expect(await rows.filter({ hasText: email }).count(), email).toBe(1);
      // An owner changes roles in place; her own row says it is her.
      await expect
        .poll(() => page.getByRole('combobox', { name: 'Role of Dana Okafor' }).inputValue())
        .toBe('Auditor');
      expect(await page.getByRole('combobox', { name: 'Role of Eli Novak' }).inputValue()).toBe('Viewer');
      expect(await rows.filter({ hasText: 'alice@acme.example' }).textContent()).toContain('You');
      await expectCleanScreen(alice, 'members');
    });

    it('creates an API token and shows its secret once', async () => {
      const { page, orgId } = alice;
      await open('API tokens', 'API tokens');
      await expect.poll(() => page.getByText('No API tokens yet').count()).toBe(1);
      await page.getByRole('button', { name: 'Create token' }).first().click();
      const form = page.getByRole('dialog', { name: 'Create an API token' });
      await form.getByRole('textbox', { name: 'Name' }).fill(TOKEN_NAME);
      await expect.poll(() => form.getByRole('radio', { name: 'Read only' }).isChecked()).toBe(true);
      await form.getByRole('button', { name: 'Create token' }).click();

      const reveal = page.getByRole('dialog', { name: 'Copy your new API token' });
      const secretBox = reveal.getByLabel(`Token “${TOKEN_NAME}” (read only)`);
      await expect.poll(() => secretBox.count()).toBe(1);
      const secret = (await secretBox.textContent())!.trim();
      expect(secret.length).toBeGreaterThan(20);
      expect(await reveal.getByText('This is the only time you will see it').count()).toBe(1);
      await expectCleanScreen(alice, 'tokens-secret');

      // The secret works: a script can read with it (no cookie, only the bearer token).
      const res = await fetch(`${world.server.url}/api/v1/orgs/${orgId}/assessments`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(res.status).toBe(200);

      await reveal.getByRole('button', { name: 'I have stored it' }).click();
      await expect.poll(() => reveal.count()).toBe(0);
      const row = page.getByRole('table').getByRole('row', { name: new RegExp(TOKEN_NAME) });
      await expect.poll(() => row.count()).toBe(1);
      const prefix = (await row.locator('code').textContent())!.replace('…', '');
      expect(secret.startsWith(prefix)).toBe(true);
      expect(prefix.length).toBeLessThan(secret.length);
      expect(await row.textContent()).toContain('Read only');
      // Shown once: neither the page nor a reload of it holds the secret any more.
      expect(await page.content()).not.toContain(secret);
      await page.reload();
      await expect.poll(() => row.count()).toBe(1);
      expect(await page.content()).not.toContain(secret);
      const listed = await apiGet<unknown[]>(page, `/api/v1/orgs/${orgId}/tokens`);
      expect(JSON.stringify(listed)).not.toContain(secret);
      await expectCleanScreen(alice, 'tokens');
    });
  },
);
