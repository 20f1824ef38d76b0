import type { ResultStatus } from '@nimbus/core';
import type { ControlResult } from '../../api/types.js';
import type { ResultEdit } from './use-result.js';

/** The editable fields of a control result, as the side panel holds them while the user types. */
export interface ResultDraft {
  readonly status: ResultStatus;
  readonly applicable: boolean;
  readonly justification: string;
  readonly ownerId: string | null;
  readonly dueDate: string | null;
  readonly implementation: string;
}

export type DraftField = keyof ResultDraft;

export const DRAFT_FIELDS: readonly DraftField[] = [
  'status',
  'applicable',
  'justification',
  'ownerId',
  'dueDate',
  'implementation',
];

export const FIELD_LABEL: Record<DraftField, string> = {
  status: 'Status',
  applicable: 'Applicability',
  justification: 'Justification',
  ownerId: 'Owner',
  dueDate: 'Due date',
  implementation: 'Implementation',
};

export const draftOf = (r: ControlResult): ResultDraft => ({
  status: r.status,
  applicable: r.applicable,
  justification: r.justification,
  ownerId: r.ownerId,
  dueDate: r.dueDate,
  implementation: r.implementation,
});

export const changedFields = (from: ResultDraft, to: ResultDraft): DraftField[] =>
  DRAFT_FIELDS.filter((f) => from[f] !== to[f]);

/** The PATCH body: only the fields the user changed. */
export const editOf = (base: ResultDraft, draft: ResultDraft): ResultEdit =>
  Object.fromEntries(changedFields(base, draft).map((f) => [f, draft[f]])) as ResultEdit;

/** Switching applicability moves the status the way the server does (excluded controls are not-applicable). */
export const withApplicability = (draft: ResultDraft, applicable: boolean): ResultDraft => {
  if (applicable === draft.applicable) return draft;
  if (!applicable) return { ...draft, applicable, status: 'not-applicable' };
  return { ...draft, applicable, status: draft.status === 'not-applicable' ? 'not-assessed' : draft.status };
};

/** The rules of a Statement of Applicability, checked before saving (the server checks them too). */
export const draftErrors = (draft: ResultDraft): Partial<Record<DraftField, string>> =>
  !draft.applicable && !draft.justification.trim()
    ? { justification: 'An excluded control needs a justification: say why it does not apply.' }
    : {};
