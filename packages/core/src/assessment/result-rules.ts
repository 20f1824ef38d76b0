import type { ResultStatus } from './vocabulary.js';

export interface ResultState {
  readonly applicable: boolean;
  readonly justification: string;
  readonly status: ResultStatus;
}

export interface RuleIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Applies an edit to a result and checks the rules of a Statement of Applicability: an excluded control needs a
 * justification, and "not-applicable" is the status of excluded controls only. Returns the merged state or issues.
 */
export const applyResultEdit = <T extends ResultState>(
  current: T,
  edit: Partial<ResultState>,
): { state: T; issues: RuleIssue[] } => {
  const next = { ...current, ...edit } as { -readonly [K in keyof T]: T[K] };
  const set = next as { applicable: boolean; status: ResultStatus };
  if (edit.applicable === false && edit.status === undefined) set.status = 'not-applicable';
  if (edit.applicable === true && current.status === 'not-applicable' && edit.status === undefined)
    set.status = 'not-assessed';
  if (edit.status === 'not-applicable' && edit.applicable === undefined) set.applicable = false;
  const issues: RuleIssue[] = [];
  if (!next.applicable && !next.justification.trim()) {
    issues.push({ path: 'justification', message: 'an excluded control needs a justification' });
  }
  if (next.applicable && next.status === 'not-applicable') {
    issues.push({ path: 'status', message: 'an applicable control cannot have the status not-applicable' });
  }
  if (!next.applicable && next.status !== 'not-applicable') {
    issues.push({ path: 'status', message: 'an excluded control has the status not-applicable' });
  }
  return { state: next as T, issues };
};
