import type { Table } from '@nimbus/core';

export interface XlsxMeta {
  readonly sheetName: string;
  /** Rows of the "About" sheet: label and value. */
  readonly about: readonly (readonly [string, string])[];
}

/**
 * Writes a table as an XLSX workbook an auditor can use as is: styled header, frozen header row, filters,
 * wrapped text, sensible widths, and an About sheet saying what it is and where it came from.
 */
export const tableToXlsx = async (table: Table, meta: XlsxMeta): Promise<Buffer> => {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nimbus';
  wb.created = new Date(0);
  const ws = wb.addWorksheet(meta.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  ws.columns = table.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  for (const row of table.rows) ws.addRow(row);
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
  };

  const about = wb.addWorksheet('About');
  about.columns = [
    { header: 'Item', key: 'k', width: 24 },
    { header: 'Value', key: 'v', width: 100 },
  ];
  for (const [k, v] of meta.about) about.addRow([k, v]);
  about.getRow(1).font = { bold: true };
  about.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
};
