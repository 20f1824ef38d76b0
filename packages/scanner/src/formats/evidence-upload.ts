import { INPUT_CHECK_ID, type ResultStatus, type ScanResult } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';
import { severityRank, summaryBucket } from './summary.js';
import { isSuppressed } from './suppressed.js';

/** What `nimbus scan --upload` sends to the server (POST /api/v1/orgs/{org}/assessments/{id}/scans). */
export interface ScanUpload {
  readonly scannedAt: string;
  readonly source: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly framework: string;
  readonly controls: readonly ControlPart[];
}

interface UploadedResult {
  readonly checkId: string;
  readonly status: ResultStatus;
  readonly severity?: string;
  readonly resource?: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
  readonly suppressed?: string;
}

interface ControlPart {
  readonly controlId: string;
  readonly counts: Record<'pass' | 'fail' | 'unknown' | 'error', number>;
  readonly results: readonly UploadedResult[];
}

/** The server's JSON body limit is 1 MiB by default; stay well under it. */
export const MAX_UPLOAD_BYTES = 900_000;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const uploaded = (r: ScanResult): UploadedResult => ({
  checkId: r.checkId,
  status: r.status,
  ...(r.severity ? { severity: r.severity } : {}),
  ...(r.resource ? { resource: clip(r.resource.address + (r.subject ? ` ${r.subject}` : ''), 500) } : {}),
  file: clip(r.location.file, 1000),
  line: Math.max(1, r.location.line),
  message: clip(r.message, 2000),
  ...(isSuppressed(r) ? { suppressed: clip(r.suppression.reason, 500) } : {}),
});

/**
 * Rolls a scan up per ISO/IEC 27017 control for the server: counts of pass, fail, unknown and error (a
 * suppressed failure is not counted as a failure, and is listed with its reason), and the results that did not
 * pass, most severe first. Lists are shortened until the body fits the server's limit; counts are always whole.
 */
export const toScanUpload = (
  report: ScanReport,
  options: { readonly source: string; readonly toolVersion: string },
): ScanUpload => {
  const byControl = new Map<string, ScanResult[]>();
  for (const r of report.results) {
    if (r.checkId === INPUT_CHECK_ID) continue;
    for (const control of r.controls) {
      const list = byControl.get(control);
      if (list) list.push(r);
      else byControl.set(control, [r]);
    }
  }
  const rank = (r: ScanResult) =>
    (r.status === 'fail' && !isSuppressed(r) ? 0 : r.status === 'error' ? 1 : r.status === 'fail' ? 2 : 3) *
      10 -
    severityRank(r.severity);
  const parts = [...byControl]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([controlId, results]) => {
      const counts = { pass: 0, fail: 0, unknown: 0, error: 0 };
      // The summary's buckets without `suppressed`: the server's counts have no such field.
      for (const r of results) {
        const bucket = summaryBucket(r);
        if (bucket !== 'suppressed') counts[bucket]++;
      }
      const notPassed = results.filter((r) => r.status !== 'pass').sort((a, b) => rank(a) - rank(b));
      return { controlId, counts, notPassed };
    });
  const build = (cap: number): ScanUpload => ({
    scannedAt: report.scannedAt,
    source: clip(options.source, 300),
    tool: { name: 'nimbus', version: options.toolVersion },
    framework: report.framework,
    controls: parts.map((p) => ({
      controlId: p.controlId,
      counts: p.counts,
      results: p.notPassed.slice(0, cap).map(uploaded),
    })),
  });
  let cap = 500;
  let upload = build(cap);
  while (cap > 0 && Buffer.byteLength(JSON.stringify(upload)) > MAX_UPLOAD_BYTES) {
    cap = Math.floor(cap / 2);
    upload = build(cap);
  }
  return upload;
};
