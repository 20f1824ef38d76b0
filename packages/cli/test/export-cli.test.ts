import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { oscalValidator } from '../../core/test/oscal-validator.js';
import { nimbus } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nimbus-export-'));

describe('nimbus catalog export', () => {
  it('writes an OSCAL catalog that validates against the official schema', () => {
    const file = join(dir, 'c.json');
    const r = nimbus(['catalog', 'export', '--format', 'oscal', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote oscal of iso27017:2015 (121 controls)');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const validate = oscalValidator();
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc.catalog.metadata['oscal-version']).toBe('1.2.1');
  });

  it('gives the same UUIDs on every run, so exports diff cleanly', () => {
    const a = JSON.parse(nimbus(['catalog', 'export', '--format', 'oscal', '-f', 'iso27002:2022']).stdout);
    const b = JSON.parse(nimbus(['catalog', 'export', '--format', 'oscal', '-f', 'iso27002:2022']).stdout);
    expect(a.catalog.uuid).toBe(b.catalog.uuid);
    expect(a.catalog.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes an OSCAL mapping collection that validates', () => {
    const r = nimbus(['catalog', 'export', '--format', 'oscal-mapping', '--framework', 'iso27002:2013']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(oscalValidator()(doc)).toBe(true);
    expect(doc['mapping-collection'].mappings[0].maps.length).toBeGreaterThanOrEqual(114);
  });

  it('writes CSV, Markdown and JSON to standard output', () => {
    const csv = nimbus(['catalog', 'export', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toMatch(
      /^Clause,Objective,Control,Title,Kind,Verification,Cloud guidance for,/,
    );
    expect(csv.stdout.trimEnd().split('\r\n').length).toBeGreaterThan(121);
    const md = nimbus(['catalog', 'export', '--format', 'md', '-f', 'iso27018:2019']);
    expect(md.stdout).toContain('#### A.10.3 PII return, transfer and disposal');
    const json = JSON.parse(nimbus(['catalog', 'export', '--format', 'json', '-f', 'iso27002:2022']).stdout);
    expect(json.controls).toHaveLength(93);
  });

  it('writes an XLSX an auditor can use: styled frozen header, filters, wrapped text, widths', async () => {
    const file = join(dir, 'controls.xlsx');
    const r = nimbus(['catalog', 'export', '--format', 'xlsx', '-o', file]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Controls')!;
    expect(ws.rowCount).toBe(122);
    expect(ws.getCell('A1').value).toBe('Clause');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(4).width).toBeGreaterThan(30);
    const row = ws.getRows(2, 121)!.find((x) => x.getCell(3).value === 'CLD.9.5.2')!;
    expect(row.getCell(4).value).toBe('Virtual machine hardening');
    expect(row.getCell(9).alignment?.wrapText).toBe(true);
    expect(String(row.getCell(9).value)).toContain('- ');
    expect(wb.getWorksheet('About')?.getCell('B2').value).toContain('ISO/IEC 27017:2015');
  });

  it('describes the written file with --json', () => {
    const file = join(dir, 'c.csv');
    const r = nimbus(['catalog', 'export', '--format', 'csv', '-o', file, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      format: 'csv',
      framework: 'iso27017:2015',
      controls: 121,
      file,
    });
    expect(nimbus(['catalog', 'export', '--format', 'csv', '--json']).code).toBe(2);
  });

  it('refuses XLSX to standard output and unknown formats with exit 2', () => {
    const noFile = nimbus(['catalog', 'export', '--format', 'xlsx']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('give a file with -o');
    const bad = nimbus(['catalog', 'export', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are');
    expect(nimbus(['catalog', 'export']).code).toBe(2);
  });
});
