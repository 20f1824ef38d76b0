import type { Table } from './table.js';

/** Quotes a cell per RFC 4180 and defuses spreadsheet formulas (a cell starting with = + - @ gets a quote). */
export const csvCell = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const toCsv = (table: Table): string =>
  [table.columns.map((c) => c.header), ...table.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') +
  '\r\n';
