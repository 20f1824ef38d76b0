import type { Progress, ResultStatus } from '@nimbus/core';
import type { AssessmentListItem, AssessmentProgress, EvidenceItem, ResultRow } from '../../api/types.js';
import { daysBetween } from './format.js';
import { STATUS_CHART_COLOR, STATUS_LABEL, STATUS_ORDER } from './result-status.js';

/** The assessment shown by default: the most recently started one. */
export const latestAssessment = (list: readonly AssessmentListItem[]): AssessmentListItem | undefined =>
  [...list].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.updatedAt.localeCompare(a.updatedAt),
  )[0];

export interface OverdueResult {
  readonly result: ResultRow;
  /** Days past the due date (1 = due yesterday). */
  readonly daysLate: number;
}

/**
 * Applicable results whose due date is before today and that are not implemented, most late first. The same
 * rule as the server's overdue count, so the list and the KPI agree.
 */
export const overdueResults = (results: readonly ResultRow[], today: string): OverdueResult[] =>
  results
    .filter((r) => r.applicable && r.dueDate !== null && r.dueDate < today && r.status !== 'implemented')
    .map((result) => ({ result, daysLate: daysBetween(result.dueDate!, today) }))
    .sort((a, b) => b.daysLate - a.daysLate || a.result.position - b.result.position);

export interface ExpiryRow {
  readonly evidence: EvidenceItem;
  /** Days until validUntil (negative: expired that many days ago). */
  readonly daysLeft: number;
  readonly expired: boolean;
}

/**
 * Evidence that needs renewing: expired items and those ending within the window, soonest (most overdue)
 * first. The two server lists may overlap on the boundary day, so items are kept once.
 */
export const evidenceToRenew = (
  expiring: readonly EvidenceItem[],
  expired: readonly EvidenceItem[],
  today: string,
): ExpiryRow[] => {
  const byId = new Map<string, EvidenceItem>();
  for (const e of [...expired, ...expiring]) if (e.validUntil && !byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()]
    .map((evidence) => {
      const daysLeft = daysBetween(today, evidence.validUntil!);
      return { evidence, daysLeft, expired: daysLeft < 0 };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.evidence.title.localeCompare(b.evidence.title));
};

export interface StatusSlice {
  readonly status: ResultStatus;
  readonly name: string;
  readonly value: number;
  readonly color: string;
  /** Share of all results, 0..1. */
  readonly share: number;
}

/** Results by status for the donut and its legend, in the usual order, including zero counts. */
export const statusSlices = (progress: Progress): StatusSlice[] =>
  STATUS_ORDER.map((status) => ({
    status,
    name: STATUS_LABEL[status],
    value: progress.byStatus[status] ?? 0,
    color: STATUS_CHART_COLOR[status],
    share: progress.total === 0 ? 0 : (progress.byStatus[status] ?? 0) / progress.total,
  }));

export interface ClauseRow {
  readonly clause: string;
  readonly title: string;
  /** Percentages 0..100 for the chart. */
  readonly completion: number;
  readonly score: number;
  readonly applicable: number;
  readonly assessed: number;
  readonly overdue: number;
}

/** Progress per clause for the bar chart and its table; titles from the catalog when known. */
export const clauseRows = (
  byClause: AssessmentProgress['byClause'],
  titles: ReadonlyMap<string, string> = new Map(),
): ClauseRow[] =>
  byClause.map(({ clause, progress }) => ({
    clause,
    title: titles.get(clause) ?? '',
    completion: Math.round(progress.completion * 100),
    score: Math.round(progress.score * 100),
    applicable: progress.applicable,
    assessed: progress.assessed,
    overdue: progress.overdue,
  }));

/** The cloud-extended (CLD) controls of an assessment, in catalog order. */
export const cloudResults = (results: readonly ResultRow[]): ResultRow[] =>
  results.filter((r) => r.control.kind === 'cloud-extended').sort((a, b) => a.position - b.position);
