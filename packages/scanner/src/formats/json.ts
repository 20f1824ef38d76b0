import type { ScanReport } from '../runner/scan.js';
import type { FormatOptions } from './format-options.js';
import { jsonChunks, listOf } from './json-chunks.js';
import { summarize } from './summary.js';

/** Version of the JSON report shape. Bump it on any change that can break a reader. */
export const JSON_FORMAT_VERSION = 1;

/**
 * The JSON report: `{formatVersion, tool, scannedAt, framework, summary, checks[], results[], warnings[]}`.
 * Every result is listed, passes too, so the report can be kept as evidence. The summary counts a suppressed
 * failure or unknown under `suppressed` only (see `summaryBucket`), in total and per control. See the package
 * README.
 */
export const toJsonReport = (report: ScanReport, options: FormatOptions) =>
  jsonReport(report, options, false);

/** The JSON report; with `lazy`, its results are written as they are read (see json-chunks.ts). */
const jsonReport = (report: ScanReport, options: FormatOptions, lazy: boolean) => {
  const summary = summarize(report, options.controlTitle);
  const runs = new Map(report.runs.map((r) => [r.checkId, r]));
  return {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: 'nimbus', version: options.toolVersion },
    scannedAt: report.scannedAt,
    framework: report.framework,
    summary: {
      files: report.files,
      resources: report.resources,
      checks: report.checks.length,
      results: summary.counts,
      failuresBySeverity: summary.failuresBySeverity,
      controls: summary.controls,
      ...(report.baseline ? { baseline: report.baseline } : {}),
    },
    checks: report.checks.map((c) => ({
      id: c.id,
      title: c.title,
      severity: c.severity,
      provider: c.provider,
      service: c.service,
      resourceKinds: c.resourceKinds,
      resources: runs.get(c.id)?.resources ?? 0,
      durationMs: runs.get(c.id)?.durationMs ?? 0,
      errors: runs.get(c.id)?.errors ?? 0,
    })),
    results: listOf(lazy, report.results, (r) => r),
    warnings: report.warnings.map((w) => ({ location: w.location, message: w.message })),
  };
};

/** The JSON report's text, in pieces. */
export const jsonChunksOf = (report: ScanReport, options: FormatOptions): Iterable<string> =>
  jsonChunks(jsonReport(report, options, true));

export const formatJson = (report: ScanReport, options: FormatOptions): string =>
  [...jsonChunksOf(report, options)].join('');
