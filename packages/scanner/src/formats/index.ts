import type { ScanReport } from '../runner/scan.js';
import type { FormatOptions } from './format-options.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatTable } from './table.js';

export type { FormatOptions } from './format-options.js';
export { JSON_FORMAT_VERSION, toJsonReport } from './json.js';
export { findingFingerprint, SARIF_VERSION, toSarif } from './sarif.js';
export { type ControlSummary, compareControlIds, type ScanSummary, summarize } from './summary.js';
export { formatTable } from './table.js';

export const OUTPUT_FORMATS = ['table', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Renders a scan report in one of the output formats. */
export const formatReport = (report: ScanReport, format: OutputFormat, options: FormatOptions): string =>
  format === 'json'
    ? formatJson(report, options)
    : format === 'sarif'
      ? formatSarif(report, options)
      : formatTable(report, options);
