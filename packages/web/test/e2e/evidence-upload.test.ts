import { createHash } from 'node:crypto';
import type { FileChooser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.js';
import {
  DEMO_ASSESSMENT,
  demoAssessmentId,
  expectCleanScreen,
  getAssessment,
  signInAs,
  useDemoWorld,
} from './demo.js';

const CONTROL = 'CLD.9.5.2';
const FILE = 'node-hardening-scan.txt';
const BYTES = Buffer.from(
  'CIS Amazon Linux 2023 benchmark scan of the EKS node groups\nlegacy-a: 41/52 passed\nlegacy-b: 43/52 passed\n',
);

describe.skipIf(!hasChromium)('a control result side panel in the browser', { timeout: 120_000 }, () => {
  const world = useDemoWorld();

  it('opens a result, uploads an evidence file and shows its SHA-256', async () => {
    const alice = await signInAs(world, 'alice@acme.example');
    const { page, orgId } = alice;
    const assessmentId = await demoAssessmentId(page, orgId);
    const before = await getAssessment(page, orgId, assessmentId);
    const result = before.results.find((r) => r.controlId === CONTROL)!;

    await page.goto(`${world.server.url}/o/${orgId}/assessments/${assessmentId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: DEMO_ASSESSMENT }).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Search controls by id or title' }).fill(CONTROL);
    await expect.poll(() => page.getByText('1 of 121 controls').count()).toBe(1);
    await page.getByRole('link', { name: CONTROL, exact: true }).click();

    const panel = page.getByRole('dialog', { name: new RegExp(CONTROL.replaceAll('.', '\\.')) });
    await expect
      .poll(() => panel.getByRole('heading', { name: /Virtual machine hardening/ }).count())
      .toBe(1);
    expect(page.url()).toContain(`result=${result.id}`);
    // An editor gets the edit form with the result's current values.
    await expect
      .poll(() => panel.getByRole('combobox', { name: 'Status' }).inputValue())
      .toBe('Partially implemented');
    await expect.poll(() => panel.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await expectCleanScreen(alice, 'assessment-panel');

    await panel.getByRole('tab', { name: `Evidence (${result.evidenceCount})` }).click();
    const dropzone = panel.getByRole('button', {
      name: `Drop evidence files here, or click to choose Each file is stored by its SHA-256 and linked to ${CONTROL}.`,
    });
    await expect.poll(() => dropzone.count()).toBe(1);
    // The zone is a button: from the keyboard it opens the file chooser. (Twice in many full runs on a loaded
    // machine the first press opened none, for a reason not found; the test presses again, twice at most.)
    let chooser: FileChooser | undefined;
    for (let attempt = 0; !chooser && attempt < 3; attempt++) {
      const opened = page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => undefined);
      await dropzone.press('Enter');
      chooser = await opened;
    }
    expect(chooser?.isMultiple()).toBe(true);
    await panel.locator('input[type="file"]').setInputFiles({
      name: FILE,
      mimeType: 'text/plain',
      buffer: BYTES,
    });

    const sha256 = createHash('sha256').update(BYTES).digest('hex');
    await expect.poll(() => panel.getByText('Uploaded and linked. SHA-256').count()).toBe(1);
    // The hash shown is the server's hash of the stored bytes, the same as node computes.
    await expect.poll(() => panel.getByLabel(`SHA-256 ${sha256}`).count()).toBe(2); // upload and list
    await expect.poll(() => panel.getByText(`${sha256.slice(0, 12)}…`).count()).toBe(2);
    await expect
      .poll(() => panel.getByRole('tab', { name: `Evidence (${result.evidenceCount + 1})` }).count())
      .toBe(1);

    // It is linked on the server, and downloads as the same bytes.
    const after = await getAssessment(page, orgId, assessmentId);
    expect(after.results.find((r) => r.id === result.id)!.evidenceCount).toBe(result.evidenceCount + 1);
    const link = panel.getByRole('link', { name: FILE, exact: true });
    const download = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(download.status()).toBe(200);
    expect(
      createHash('sha256')
        .update(await download.body())
        .digest('hex'),
    ).toBe(sha256);

    await expectCleanScreen(alice, 'assessment-panel-evidence');
  });
});
