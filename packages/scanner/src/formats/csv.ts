import { csvCell } from '@nimbus/core';
import type { ScanResult } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';
import type { FormatOptions } from './format-options.js';
import { describeSuppression, isSuppressed } from './suppressed.js';

/** The columns, in order. Renaming or reordering one can break a reader's spreadsheet: add new ones at the end. */
export const CSV_COLUMNS = [
  'status',
  'severity',
  'check',
  'check title',
  'resource',
  'resource kind',
  'subject',
  'file',
  'line',
  'message',
  'remediation',
  'controls',
  'suppressed',
] as const;

const row = (r: ScanResult, titles: ReadonlyMap<string, string>): string[] => [
  r.status,
  r.severity ?? '',
  r.checkId,
  titles.get(r.checkId) ?? '',
  r.resource?.address ?? '',
  r.resource?.kind ?? '',
  r.subject ?? '',
  r.location.file,
  String(r.location.line),
  r.message,
  r.remediation ?? '',
  r.controls.join(';'),
  isSuppressed(r) ? describeSuppression(r.suppression) : '',
];

/**
 * RFC 4180 CSV, one row per result (passes too) under a header row: CRLF line ends, UTF-8 without BOM, cells
 * quoted when they hold a comma, quote or line break. A cell that a spreadsheet would run as a formula (it
 * starts with = + - @, tab or CR) gets a leading `'`. Controls are `;`-separated; `suppressed` holds where the
 * suppression is declared and its reason, empty when the result is not suppressed.
 */
export function* csvChunks(report: ScanReport, _options: FormatOptions): Generator<string> {
  const titles = new Map(report.checks.map((c) => [c.id, c.title]));
  const line = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;
  yield line(CSV_COLUMNS);
  for (const r of report.results) yield line(row(r, titles));
}

export const formatCsv = (report: ScanReport, options: FormatOptions): string =>
  [...csvChunks(report, options)].join('');
