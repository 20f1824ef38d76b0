import type { ScanReport } from '../runner/scan.js';
import { csvChunks } from './csv.js';
import type { FormatOptions } from './format-options.js';
import { formatHtml } from './html/index.js';
import { jsonChunksOf } from './json.js';
import { junitChunks } from './junit.js';
import { oscalChunks } from './oscal.js';
import { sarifChunks } from './sarif.js';
import { tableChunks } from './table.js';

export { CSV_COLUMNS, formatCsv } from './csv.js';
export { MAX_UPLOAD_BYTES, type ScanUpload, toScanUpload } from './evidence-upload.js';
export type { FormatOptions } from './format-options.js';
export { formatHtml } from './html/index.js';
export { JSON_FORMAT_VERSION, toJsonReport } from './json.js';
export { formatJunit } from './junit.js';
export { controlState, oscalControlId, toOscalAssessmentResults } from './oscal.js';
export { findingFingerprint, SARIF_VERSION, toSarif } from './sarif.js';
export {
  type ControlSummary,
  compareControlIds,
  type ScanSummary,
  SUMMARY_BUCKETS,
  type SummaryBucket,
  type SummaryCounts,
  summarize,
  summaryBucket,
} from './summary.js';
export { describeSuppression, isSuppressed } from './suppressed.js';
export { formatTable } from './table.js';

export const OUTPUT_FORMATS = ['table', 'json', 'sarif', 'junit', 'csv', 'html', 'oscal'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Each format's text in pieces, written one after the other (the HTML page, bounded by its 2,000 rows, is one). */
const RENDERERS: Readonly<
  Record<OutputFormat, (report: ScanReport, options: FormatOptions) => Iterable<string>>
> = {
  table: tableChunks,
  json: jsonChunksOf,
  sarif: sarifChunks,
  junit: junitChunks,
  csv: csvChunks,
  html: (report, options) => [formatHtml(report, options)],
  oscal: oscalChunks,
};

/** Renders a scan report in one of the output formats, in pieces to write one after the other. */
export const renderReport = (
  report: ScanReport,
  format: OutputFormat,
  options: FormatOptions,
): Iterable<string> => RENDERERS[format](report, options);

/** Renders a scan report in one of the output formats, as one string (small reports, tests). */
export const formatReport = (report: ScanReport, format: OutputFormat, options: FormatOptions): string =>
  [...renderReport(report, format, options)].join('');
