import type { ScanReport } from '../runner/scan.js';
import { formatCsv } from './csv.js';
import type { FormatOptions } from './format-options.js';
import { formatHtml } from './html/index.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatOscal } from './oscal.js';
import { formatSarif } from './sarif.js';
import { formatTable } from './table.js';

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

const RENDERERS: Readonly<Record<OutputFormat, (report: ScanReport, options: FormatOptions) => string>> = {
  table: formatTable,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  csv: formatCsv,
  html: formatHtml,
  oscal: formatOscal,
};

/** Renders a scan report in one of the output formats. */
export const formatReport = (report: ScanReport, format: OutputFormat, options: FormatOptions): string =>
  RENDERERS[format](report, options);
