import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ResultStatus } from '@nimbus/core';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error.js';
import type { ControlResult, MemberView, ResultRow } from '../../api/types.js';
import { EmptyState } from '../../components/empty-state.js';
import { BulkEditBar } from './bulk-edit-bar.js';
import { type BulkChange, buildBulkUpdates, describeBulkError } from './bulk-updates.js';
import {
  filterResults,
  filtersFromSearch,
  NO_FILTERS,
  nextSort,
  type ResultFilters,
  type SortKey,
  type SortState,
  sortResults,
} from './result-filters.js';
import { ResultsTable } from './results-table.js';
import { ResultsToolbar } from './results-toolbar.js';
import { useBulkUpdate } from './use-bulk-update.js';
import { useUpdateResult } from './use-result.js';
import { useSelection } from './use-selection.js';
import { isOverdue, STATUS_LABEL, STATUSES } from './vocabulary.js';

export interface ResultsSectionProps {
  readonly assessmentId: string;
  readonly results: readonly ResultRow[];
  readonly members: readonly MemberView[];
  readonly memberName: (id: string | null) => string;
  readonly canEdit: boolean;
  readonly today: string;
  /** Refetches the assessment (after a conflict). */
  readonly refresh: () => void;
  readonly tableHeight?: string;
}

const errorText = (err: unknown) =>
  err instanceof ApiError
    ? { title: err.message, message: err.hint || ' ' }
    : { title: String(err), message: ' ' };

/** Filters, sortable virtualized table, inline status edits and bulk edits of an assessment's results. */
export function ResultsSection({
  assessmentId,
  results,
  members,
  memberName,
  canEdit,
  today,
  refresh,
  tableHeight,
}: ResultsSectionProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const [filters, setFilters] = useState<ResultFilters>(() => filtersFromSearch(searchParams));
  const [sort, setSort] = useState<SortState | null>(null);
  const [pendingIds, setPendingIds] = useState<ReadonlySet<string>>(() => new Set());

  const visible = useMemo(
    () => sortResults(filterResults(results, filters, today), sort, memberName),
    [results, filters, today, sort, memberName],
  );
  const visibleIds = useMemo(() => visible.map((r) => r.id), [visible]);
  const selection = useSelection(visibleIds);

  const clauses = useMemo(() => [...new Set(results.map((r) => r.control.clause))], [results]);
  const statusCounts = useMemo(() => {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ResultStatus, number>;
    for (const r of results) counts[r.status] += 1;
    return counts;
  }, [results]);
  const overdueCount = useMemo(() => results.filter((r) => isOverdue(r, today)).length, [results, today]);

  const hrefFor = useCallback(
    (id: string) => {
      const next = new URLSearchParams(searchParams);
      next.set('result', id);
      return `?${next}`;
    },
    [searchParams],
  );
  const onOpen = useCallback(
    (id: string) =>
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set('result', id);
        return next;
      }),
    [setSearchParams],
  );
  const onSort = useCallback((key: SortKey) => setSort((s) => nextSort(s, key)), []);

  const update = useUpdateResult(assessmentId);
  const { mutateAsync: patch } = update;
  const onStatusChange = useCallback(
    async (row: ResultRow, status: ResultStatus) => {
      setPendingIds((s) => new Set(s).add(row.id));
      try {
        await patch({ id: row.id, version: row.version, edit: { status } });
        notifications.show({
          color: 'teal',
          title: `${row.control.id}: ${STATUS_LABEL[status]}`,
          message: 'Status saved.',
          autoClose: 2500,
        });
      } catch (err) {
        if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') {
          const current = err.body.current as ControlResult | null;
          const who = current?.updatedBy ? memberName(current.updatedBy) : 'someone else';
          notifications.show({
            color: 'orange',
            title: `${row.control.id} was changed by ${who}`,
            message: `Your status was not saved. The row now shows the latest data${
              current ? ` (status ${STATUS_LABEL[current.status]})` : ''
            }; set it again if it is still right.`,
            autoClose: false,
          });
          refresh();
        } else notifications.show({ color: 'red', autoClose: false, ...errorText(err) });
      } finally {
        setPendingIds((s) => {
          const next = new Set(s);
          next.delete(row.id);
          return next;
        });
      }
    },
    [patch, memberName, refresh],
  );

  const bulk = useBulkUpdate(assessmentId);
  const selectedRows = useMemo(
    () => visible.filter((r) => selection.selected.has(r.id)),
    [visible, selection.selected],
  );
  const onBulkApply = async (change: BulkChange): Promise<boolean> => {
    const { items } = buildBulkUpdates(selectedRows, change);
    if (items.length === 0) {
      notifications.show({
        color: 'orange',
        title: 'Nothing to change',
        message: 'Excluded controls keep their status.',
      });
      return false;
    }
    try {
      const updated = await bulk.mutateAsync(items);
      notifications.show({
        color: 'teal',
        title: `${updated.length} ${updated.length === 1 ? 'control' : 'controls'} updated`,
        message: 'The selection was cleared.',
      });
      selection.clear();
      return true;
    } catch (err) {
      notifications.show({
        color: err instanceof ApiError && err.code === 'VERSION_CONFLICT' ? 'orange' : 'red',
        autoClose: false,
        ...describeBulkError(err, items, results, memberName),
      });
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') refresh();
      return false;
    }
  };

  if (results.length === 0)
    return (
      <EmptyState title="This assessment has no controls">
        Its framework lists no controls. Start a new assessment with another framework.
      </EmptyState>
    );

  return (
    <>
      <ResultsToolbar
        filters={filters}
        onChange={setFilters}
        members={members}
        clauses={clauses}
        statusCounts={statusCounts}
        overdueCount={overdueCount}
        shown={visible.length}
        total={results.length}
      />
      {visible.length === 0 ? (
        <EmptyState
          title="No controls match these filters"
          action={
            <Button variant="light" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </Button>
          }
        >
          Widen the search or clear the filters to see all {results.length} controls.
        </EmptyState>
      ) : (
        <ResultsTable
          rows={visible}
          sort={sort}
          onSort={onSort}
          selection={selection}
          canEdit={canEdit}
          today={today}
          ownerName={memberName}
          hrefFor={hrefFor}
          onOpen={onOpen}
          onStatusChange={onStatusChange}
          pendingIds={pendingIds}
          height={tableHeight}
        />
      )}
      <Text size="xs" c="dimmed" mt={6}>
        Keyboard: ↑ ↓ move between rows · Enter opens the control{canEdit ? ' · Space selects it' : ''}
      </Text>
      {canEdit ? (
        <BulkEditBar
          count={selection.visibleSelected.length}
          excludedCount={selectedRows.filter((r) => !r.applicable).length}
          members={members}
          saving={bulk.isPending}
          onApply={onBulkApply}
          onClear={selection.clear}
        />
      ) : null}
    </>
  );
}
