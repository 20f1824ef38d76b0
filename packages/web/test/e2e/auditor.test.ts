import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.js';
import {
  csrfToken,
  DEMO_ASSESSMENT,
  demoAssessmentId,
  expectCleanScreen,
  getAssessment,
  signInAs,
  useDemoWorld,
} from './demo.js';

const CONTROL = 'CLD.9.5.2';
const COMMENT = 'Sampled 3 of 12 node groups: the hardened AMI id matches the Packer build log.';

describe.skipIf(!hasChromium)('an auditor in the browser', { timeout: 120_000 }, () => {
  const world = useDemoWorld();

  it('reads the assessment without edit controls, comments, and cannot edit through the API', async () => {
    const dana = await signInAs(world, 'dana@certbody.example');
    const { page, orgId } = dana;
    await expect
      .poll(() => page.getByRole('button', { name: /Dana Okafor auditor user menu/ }).count())
      .toBe(1);
    const assessmentId = await demoAssessmentId(page, orgId);
    const before = await getAssessment(page, orgId, assessmentId);
    const result = before.results.find((r) => r.controlId === CONTROL)!;

    await page.goto(`${world.server.url}/o/${orgId}/assessments/${assessmentId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: DEMO_ASSESSMENT }).count()).toBe(1);
    const table = page.getByRole('table', { name: /^Control results/ });
    await expect.poll(() => table.getByRole('link', { name: '5.1.1', exact: true }).count()).toBe(1);
    // The table: statuses as badges, no selects, no selection checkboxes, no bulk bar.
    expect(await page.getByRole('combobox', { name: /^Status of / }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /^Select / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Apply to/ }).count()).toBe(0);
    expect(await table.getByRole('row', { name: /^5\.1\.1 / }).textContent()).toContain('Implemented');
    expect(await page.getByText('Space selects it').count()).toBe(0);
    await expectCleanScreen(dana, 'auditor-assessment');

    // The side panel: a read-only view, no upload, but comments.
    await page.getByRole('textbox', { name: 'Search controls by id or title' }).fill(CONTROL);
    await page.getByRole('link', { name: CONTROL, exact: true }).click();
    const panel = page.getByRole('dialog', { name: /CLD\.9\.5\.2/ });
    await expect.poll(() => panel.getByText('Version 1', { exact: false }).count()).toBe(1);
    expect(await panel.getByRole('combobox').count()).toBe(0);
    expect(await panel.getByRole('textbox').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await panel.getByText('EKS worker nodes boot from a hardened AMI').count()).toBe(1);
    await panel.getByRole('tab', { name: /^Evidence/ }).click();
    await expect.poll(() => panel.getByRole('heading', { name: 'Linked evidence' }).isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: /Drop evidence files/ }).count()).toBe(0);
    expect(await panel.locator('input[type="file"]').count()).toBe(0);

    await panel.getByRole('tab', { name: 'Comments (1)' }).click();
    await expect
      .poll(() => panel.getByText('Please show how the report export host is tracked').count())
      .toBe(1);
    await panel.getByRole('textbox', { name: 'Add a comment' }).fill(COMMENT);
    await panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(() => panel.getByRole('tab', { name: 'Comments (2)' }).count()).toBe(1);
    await expect.poll(() => panel.getByRole('listitem').filter({ hasText: COMMENT }).count()).toBe(1);
    expect(await panel.getByRole('listitem').filter({ hasText: COMMENT }).textContent()).toContain(
      'Dana Okafor',
    );
    await expect.poll(() => panel.getByRole('textbox', { name: 'Add a comment' }).inputValue()).toBe('');
    await expectCleanScreen(dana, 'auditor-panel');

    // The server enforces the role: the same session, with its CSRF token, may not change a result.
    const headers = { 'x-csrf-token': await csrfToken(page), 'if-match': `"v${result.version}"` };
    const patch = await page.request.patch(`${world.server.url}/api/v1/orgs/${orgId}/results/${result.id}`, {
      headers,
      data: { status: 'implemented' },
    });
    expect(patch.status()).toBe(403);
    expect(((await patch.json()) as { code: string }).code).toBe('FORBIDDEN');
    const bulk = await page.request.post(
      `${world.server.url}/api/v1/orgs/${orgId}/assessments/${assessmentId}/results/bulk`,
      { headers, data: { updates: [{ id: result.id, version: result.version, status: 'implemented' }] } },
    );
    expect(bulk.status()).toBe(403);
    const after = await getAssessment(page, orgId, assessmentId);
    const unchanged = after.results.find((r) => r.id === result.id)!;
    expect(unchanged.status).toBe('partially-implemented');
    expect(unchanged.version).toBe(result.version);
  });
});
