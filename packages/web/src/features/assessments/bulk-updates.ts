import type { ResultStatus } from '@nimbus/core';
import { ApiError } from '../../api/api-error.js';
import type { ControlResult, ResultRow } from '../../api/types.js';
import { UNASSIGNED } from './result-filters.js';
import type { BulkItem } from './use-bulk-update.js';

/** What the bulk bar sets: null (or '') keeps each row's value. */
export interface BulkChange {
  readonly status: ResultStatus | null;
  /** A member id, UNASSIGNED to clear the owner, or null to keep it. */
  readonly owner: string | null;
  /** YYYY-MM-DD, or '' to keep. */
  readonly dueDate: string;
}

export const isEmptyChange = (c: BulkChange) => !c.status && !c.owner && !c.dueDate;

/**
 * One update per selected row, each with the version it was read at. Excluded controls keep their status
 * (not-applicable comes with a justification, edited one by one), so a status-only change skips them.
 */
export const buildBulkUpdates = (rows: readonly ResultRow[], change: BulkChange) => {
  const items: BulkItem[] = [];
  let excludedKeepStatus = 0;
  for (const r of rows) {
    const item: { -readonly [K in keyof BulkItem]: BulkItem[K] } = { id: r.id, version: r.version };
    if (change.status) {
      if (r.applicable) item.status = change.status;
      else excludedKeepStatus += 1;
    }
    if (change.owner) item.ownerId = change.owner === UNASSIGNED ? null : change.owner;
    if (change.dueDate) item.dueDate = change.dueDate;
    if (Object.keys(item).length > 2) items.push(item);
  }
  return { items, excludedKeepStatus };
};

/** A sentence that says which row made an all-or-nothing bulk edit fail. */
export const describeBulkError = (
  err: unknown,
  items: readonly BulkItem[],
  rows: readonly ResultRow[],
  memberName: (id: string | null) => string,
): { title: string; message: string } => {
  const controlOf = (id: string | undefined) => rows.find((r) => r.id === id)?.control.id ?? 'a control';
  if (!(err instanceof ApiError)) return { title: 'The changes were not saved', message: String(err) };
  if (err.code === 'VERSION_CONFLICT') {
    const current = err.body.current as ControlResult | null | undefined;
    const who = current?.updatedBy ? ` by ${memberName(current.updatedBy)}` : '';
    return {
      title: `${controlOf(current?.id)} was changed${who} since you loaded this page`,
      message:
        'Nothing was saved (bulk edits are all or nothing). The table now shows the latest data: check the selection and apply again.',
    };
  }
  const first = Object.keys(err.fieldErrors)[0];
  const index = first ? /^updates\.(\d+)\./.exec(first)?.[1] : undefined;
  if (first && index !== undefined) {
    return {
      title: `${controlOf(items[Number(index)]?.id)}: ${err.fieldErrors[first]}`,
      message: 'Nothing was saved (bulk edits are all or nothing).',
    };
  }
  return { title: err.message, message: err.hint || 'Nothing was saved.' };
};
