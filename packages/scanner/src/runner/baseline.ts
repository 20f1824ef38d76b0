import { NimbusError } from '@nimbus/core';
import { findingFingerprint } from './fingerprint.js';
import { RESULT_STATUSES, type ScanResult } from './result.js';

/** The failures of an earlier scan, by fingerprint: read from its JSON report (`nimbus scan --format json`). */
export interface Baseline {
  readonly file: string;
  readonly fingerprints: ReadonlySet<string>;
}

const fail = (file: string, why: string) =>
  new NimbusError('INVALID_ARGUMENT', `--baseline ${file}: ${why}`, { file });

/** Reads a baseline from the text of a JSON report; anything else is a usage error saying what is wrong. */
export const parseBaseline = (file: string, text: string): Baseline => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw fail(file, `not JSON (${(err as Error).message}); give the JSON report of an earlier scan`);
  }
  const report = data as { formatVersion?: unknown; results?: unknown; runs?: unknown; $schema?: unknown };
  if (typeof report !== 'object' || report === null) throw fail(file, 'not a JSON report of nimbus scan');
  if (report.runs !== undefined || report.$schema !== undefined)
    throw fail(file, 'this looks like SARIF; give the JSON report (--format json or --report json=FILE)');
  if (report.formatVersion !== 1) throw fail(file, `formatVersion ${String(report.formatVersion)} is not 1`);
  if (!Array.isArray(report.results)) throw fail(file, '"results" is not a list');
  const fingerprints = new Set<string>();
  for (const [i, r] of report.results.entries()) {
    const x = r as Partial<ScanResult>;
    const ok =
      typeof x === 'object' &&
      x !== null &&
      typeof x.checkId === 'string' &&
      RESULT_STATUSES.includes(x.status as ScanResult['status']) &&
      typeof x.location?.file === 'string';
    if (!ok)
      throw fail(file, `results[${i}] is not a scan result (checkId, status and location.file are needed)`);
    if (x.status === 'fail') fingerprints.add(findingFingerprint(x as ScanResult));
  }
  return { file, fingerprints };
};

/**
 * Leaves out the failures that the baseline already had (same check, file, resource and subject), so that a
 * pipeline reports, and fails on, new failures only. Passes, unknowns and errors stay.
 */
export const applyBaseline = (
  results: readonly ScanResult[],
  baseline: Baseline,
): { results: ScanResult[]; unchanged: number } => {
  let unchanged = 0;
  const kept = results.filter((r) => {
    if (r.status !== 'fail' || !baseline.fingerprints.has(findingFingerprint(r))) return true;
    unchanged++;
    return false;
  });
  return { results: kept, unchanged };
};
