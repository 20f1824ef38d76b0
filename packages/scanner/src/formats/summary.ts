import { SEVERITIES, type Severity } from '../checks/check.js';
import { RESULT_STATUSES, type ScanResult } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';
import { isSuppressed } from './suppressed.js';

/**
 * What the summary counts a result as: its status, except that a suppressed failure or unknown counts as
 * `suppressed` and under neither `fail` nor `unknown`. The buckets split the results: their counts add up to
 * the number of results.
 */
export const SUMMARY_BUCKETS = ['pass', 'fail', 'unknown', 'error', 'suppressed'] as const;
export type SummaryBucket = (typeof SUMMARY_BUCKETS)[number];
export type SummaryCounts = Readonly<Record<SummaryBucket, number>>;

/** The bucket a result counts in (see SUMMARY_BUCKETS). */
export const summaryBucket = (r: ScanResult): SummaryBucket => (isSuppressed(r) ? 'suppressed' : r.status);

export interface ControlSummary {
  readonly id: string;
  readonly title?: string;
  readonly counts: SummaryCounts;
  /** The checks that gave evidence for this control in this scan. */
  readonly checks: readonly string[];
}

export interface ScanSummary {
  readonly counts: SummaryCounts;
  /** Failures that are not suppressed, by severity: they add up to `counts.fail`. */
  readonly failuresBySeverity: Readonly<Record<Severity, number>>;
  readonly controls: readonly ControlSummary[];
}

/** A function giving a control's official short title, when the catalog is at hand. */
export type ControlTitle = (controlId: string) => string | undefined;

const zero = (): Record<SummaryBucket, number> => ({ pass: 0, fail: 0, unknown: 0, error: 0, suppressed: 0 });

/** CLD controls sort beside the clause they extend (CLD.9.5.1 after 9.4.x), numbers compare as numbers. */
export const compareControlIds = (a: string, b: string): number => {
  const key = (id: string) =>
    `${id.replace(/^CLD\./, '').replace(/\d+/g, (n) => n.padStart(4, '0'))}${id.startsWith('CLD.') ? '~' : ''}`;
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Counts per bucket (suppressed failures and unknowns apart), unsuppressed failures per severity, and the same
 * counts per control.
 */
export const summarize = (report: ScanReport, titleOf: ControlTitle = () => undefined): ScanSummary => {
  const counts = zero();
  const failuresBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const perControl = new Map<string, { counts: Record<SummaryBucket, number>; checks: Set<string> }>();
  for (const r of report.results) {
    const bucket = summaryBucket(r);
    counts[bucket]++;
    if (bucket === 'fail' && r.severity) failuresBySeverity[r.severity]++;
    for (const id of r.controls) {
      const slot = perControl.get(id) ?? { counts: zero(), checks: new Set<string>() };
      slot.counts[bucket]++;
      slot.checks.add(r.checkId);
      perControl.set(id, slot);
    }
  }
  const controls = [...perControl.entries()]
    .sort(([a], [b]) => compareControlIds(a, b))
    .map(([id, slot]) => {
      const title = titleOf(id);
      return { id, ...(title ? { title } : {}), counts: slot.counts, checks: [...slot.checks].sort() };
    });
  return { counts, failuresBySeverity, controls };
};

export const severityRank = (s: Severity | undefined): number => (s ? SEVERITIES.indexOf(s) : -1);

export { RESULT_STATUSES };
