import { RESULT_STATUSES, type ResultStatus, STATUS_WEIGHT } from './vocabulary.js';

/** The fields of a control result that progress depends on. */
export interface ResultForProgress {
  readonly controlId: string;
  readonly applicable: boolean;
  readonly status: ResultStatus;
  readonly dueDate: string | null;
}

export interface Progress {
  readonly total: number;
  readonly applicable: number;
  /** Applicable results whose status is no longer not-assessed. */
  readonly assessed: number;
  readonly byStatus: Readonly<Record<ResultStatus, number>>;
  /** Share of applicable controls assessed, 0..1. */
  readonly completion: number;
  /** Weighted implementation score over applicable controls, 0..1 (implemented 1, partial 0.5, planned 0.1). */
  readonly score: number;
  readonly overdue: number;
}

const empty = (): Record<ResultStatus, number> =>
  Object.fromEntries(RESULT_STATUSES.map((s) => [s, 0])) as Record<ResultStatus, number>;

/** Derives progress from results; never stored. `today` is YYYY-MM-DD. */
export const computeProgress = (results: readonly ResultForProgress[], today: string): Progress => {
  const byStatus = empty();
  let applicable = 0;
  let assessed = 0;
  let weight = 0;
  let overdue = 0;
  for (const r of results) {
    byStatus[r.status] += 1;
    if (!r.applicable) continue;
    applicable += 1;
    if (r.status !== 'not-assessed') assessed += 1;
    weight += STATUS_WEIGHT[r.status];
    if (r.dueDate && r.dueDate < today && r.status !== 'implemented') overdue += 1;
  }
  const ratio = (n: number) => (applicable === 0 ? 0 : Math.round((n / applicable) * 1000) / 1000);
  return {
    total: results.length,
    applicable,
    assessed,
    byStatus,
    completion: ratio(assessed),
    score: ratio(weight),
    overdue,
  };
};

/** Progress per group key (clause, or "CLD" for the cloud-extended controls), in first-seen order. */
export const progressBy = (
  results: readonly ResultForProgress[],
  keyOf: (controlId: string) => string,
  today: string,
): { key: string; progress: Progress }[] => {
  const groups = new Map<string, ResultForProgress[]>();
  for (const r of results) {
    const k = keyOf(r.controlId);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return [...groups].map(([key, list]) => ({ key, progress: computeProgress(list, today) }));
};
