import { SEVERITIES, type Severity } from '../checks/check.js';
import { RESULT_STATUSES, type ResultStatus } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';

export interface ControlSummary {
  readonly id: string;
  readonly title?: string;
  readonly counts: Readonly<Record<ResultStatus, number>>;
  /** The checks that gave evidence for this control in this scan. */
  readonly checks: readonly string[];
}

export interface ScanSummary {
  readonly counts: Readonly<Record<ResultStatus, number>>;
  readonly failuresBySeverity: Readonly<Record<Severity, number>>;
  readonly controls: readonly ControlSummary[];
}

/** A function giving a control's official short title, when the catalog is at hand. */
export type ControlTitle = (controlId: string) => string | undefined;

const zero = (): Record<ResultStatus, number> => ({ pass: 0, fail: 0, unknown: 0, error: 0 });

/** CLD controls sort beside the clause they extend (CLD.9.5.1 after 9.4.x), numbers compare as numbers. */
export const compareControlIds = (a: string, b: string): number => {
  const key = (id: string) =>
    `${id.replace(/^CLD\./, '').replace(/\d+/g, (n) => n.padStart(4, '0'))}${id.startsWith('CLD.') ? '~' : ''}`;
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Counts per status, failures per severity, and pass/fail/unknown/error counts per control. */
export const summarize = (report: ScanReport, titleOf: ControlTitle = () => undefined): ScanSummary => {
  const counts = zero();
  const failuresBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const perControl = new Map<string, { counts: Record<ResultStatus, number>; checks: Set<string> }>();
  for (const r of report.results) {
    counts[r.status]++;
    if (r.status === 'fail' && r.severity) failuresBySeverity[r.severity]++;
    for (const id of r.controls) {
      const slot = perControl.get(id) ?? { counts: zero(), checks: new Set<string>() };
      slot.counts[r.status]++;
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
