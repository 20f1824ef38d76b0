import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.js';
import {
  apiGet,
  DEMO_ASSESSMENT,
  demoAssessmentId,
  expectCleanScreen,
  signInAs,
  useDemoWorld,
} from './demo.js';

const NUMBERING_2022 = 'ISO/IEC 27001:2022 Annex A';

describe.skipIf(!hasChromium)('the Statement of Applicability in the browser', { timeout: 120_000 }, () => {
  const world = useDemoWorld();

  it('shows the SoA, switches to 2022 numbering and downloads it as XLSX', async () => {
    const alice = await signInAs(world, 'alice@acme.example');
    const { page, orgId } = alice;
    const assessmentId = await demoAssessmentId(page, orgId);

    await page.goto(`${world.server.url}/o/${orgId}/assessments/${assessmentId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: DEMO_ASSESSMENT }).count()).toBe(1);
    await page.getByRole('link', { name: 'Statement of Applicability' }).click();
    await page.waitForURL(/\/soa$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Statement of Applicability' }).count())
      .toBe(1);
    const table2015 = page.getByRole('table', {
      name: 'Statement of Applicability, ISO/IEC 27017:2015 numbering',
    });
    await expect.poll(() => table2015.count()).toBe(1);
    // Excluded controls show their justification.
    const excluded = table2015.getByRole('row', { name: /^6\.2\.1 Mobile device policy/ });
    await expect.poll(() => excluded.textContent()).toContain('No mobile devices access production');
    await expect.poll(() => page.getByText(/· 121 controls/).count()).toBe(1);
    await expectCleanScreen(alice, 'soa');

    // 2022 numbering: the same assessment through the 27001:2022 Annex A controls (and the CLD ones).
    // The segmented control's radio is visually hidden under its label: click the label, as a user does.
    await page.getByText(NUMBERING_2022, { exact: true }).click();
    await expect.poll(() => page.getByRole('radio', { name: NUMBERING_2022 }).isChecked()).toBe(true);
    await page.waitForURL(/numbering=2022/);
    const table2022 = page.getByRole('table', {
      name: `Statement of Applicability, ${NUMBERING_2022} numbering`,
    });
    await expect.poll(() => table2022.count()).toBe(1);
    const soa = await apiGet<{ rows: { control: string }[] }>(
      page,
      `/api/v1/orgs/${orgId}/assessments/${assessmentId}/soa?numbering=2022`,
    );
    await expect.poll(() => page.getByText(`· ${soa.rows.length} controls`).count()).toBe(1);
    const cloud = table2022.getByRole('row', {
      name: /^5\.23 Information security for use of cloud services/,
    });
    await expect.poll(() => cloud.count()).toBe(1);
    await expectCleanScreen(alice, 'soa-2022');

    const link = page.getByRole('link', { name: 'Download XLSX' });
    expect(await link.getAttribute('href')).toContain('numbering=2022&format=xlsx');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(mkdtempSync(join(tmpdir(), 'nimbus-soa-')), download.suggestedFilename());
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    // One header row, then one row per 2022 Annex A control and per cloud-extended control: 93 + 7.
    expect(soa.rows).toHaveLength(100);
    expect(sheet.rowCount).toBe(1 + soa.rows.length);
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    for (const name of [
      'Control',
      'Title',
      'Assessed as (2015 controls)',
      'Applicable',
      'Implementation status',
    ])
      expect(col(name), name).toBeGreaterThan(0);
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(col('Control')).value), row);
    });
    expect([...rows.keys()]).toEqual(soa.rows.map((r) => r.control));

    const text = (control: string, name: string) => String(rows.get(control)!.getCell(col(name)).value ?? '');
    expect(text('5.23', 'Title')).toBe('Information security for use of cloud services');
    expect(text('5.1', 'Assessed as (2015 controls)')).toBe('5.1.1, 5.1.2');
    expect(text('CLD.9.5.1', 'Title')).toBe('Segregation in virtual computing environments');
    expect(text('CLD.9.5.1', 'Applicable')).toBe('Yes');
    expect(text('CLD.9.5.1', 'Implementation status')).toBe('implemented');
  });
});
