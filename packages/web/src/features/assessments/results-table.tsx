import { Box, Table, VisuallyHidden } from '@mantine/core';
import type { ResultStatus } from '@nimbus/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { ResultRow as Row } from '../../api/types.js';
import { CHECKBOX_WIDTH, COLUMNS, ROW_HEIGHT, TABLE_MIN_WIDTH } from './result-columns.js';
import type { SortKey, SortState } from './result-filters.js';
import { ResultRow } from './result-row.js';
import classes from './results-table.module.css';
import { ResultsTableHead } from './results-table-head.js';
import type { Selection } from './use-selection.js';

/** Height of the sticky header row: the virtual rows start below it and scrolling keeps rows out from under it. */
const HEAD_HEIGHT = 40;
const PAGE = 10;

export interface ResultsTableProps {
  readonly rows: readonly Row[];
  readonly sort: SortState | null;
  readonly onSort: (key: SortKey) => void;
  readonly selection: Selection;
  readonly canEdit: boolean;
  readonly today: string;
  readonly ownerName: (id: string | null) => string;
  readonly hrefFor: (id: string) => string;
  readonly onOpen: (id: string) => void;
  readonly onStatusChange: (row: Row, status: ResultStatus) => void;
  readonly pendingIds: ReadonlySet<string>;
  /** Largest CSS height of the scrolling area (it shrinks to fit a few rows). */
  readonly height?: string;
}

/**
 * The control results as a virtualized table: only the rows in view (plus a margin) are in the DOM, so it stays
 * fast with thousands of results. Keyboard: arrows (and Home/End/PageUp/PageDown) move between rows, Enter opens
 * the side panel, Space toggles the selection.
 */
export function ResultsTable({
  rows,
  sort,
  onSort,
  selection,
  canEdit,
  today,
  ownerName,
  hrefFor,
  onOpen,
  onStatusChange,
  pendingIds,
  height = 'max(420px, calc(100dvh - 140px))',
}: ResultsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
    initialRect: { width: 1000, height: 600 },
  });

  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  /** Moves keyboard focus to a row, scrolling it into view first when it is not rendered yet. */
  const focusRow = useCallback(
    (index: number) => {
      if (rows.length === 0) return;
      const target = Math.max(0, Math.min(rows.length - 1, index));
      setActive(target);
      virtualizer.scrollToIndex(target, { align: 'auto' });
      let tries = 0;
      const attempt = () => {
        const el = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
        if (el) el.focus({ preventScroll: true });
        else if (tries++ < 20) frame.current = requestAnimationFrame(attempt);
      };
      cancelAnimationFrame(frame.current);
      attempt();
    },
    [rows.length, virtualizer],
  );

  const { toggle } = selection;
  const onRowKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
      if (e.target !== e.currentTarget) return; // keys inside a checkbox, link or select are theirs
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + PAGE,
        PageUp: index - PAGE,
        Home: 0,
        End: rows.length - 1,
      };
      if (e.key in moves) {
        e.preventDefault();
        focusRow(moves[e.key]!);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        onOpen(id);
      } else if (e.key === ' ' && canEdit) {
        e.preventDefault();
        toggle(id);
      }
    },
    [canEdit, focusRow, onOpen, rows.length, toggle],
  );

  const onRowFocus = useCallback((index: number) => setActive(index), []);

  const items = virtualizer.getVirtualItems();
  const top = items.length ? items[0]!.start - HEAD_HEIGHT : 0;
  const bottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const columnCount = COLUMNS.length + (canEdit ? 1 : 0);

  return (
    <Box ref={scrollRef} className={classes.scroller} style={{ maxHeight: height }}>
      <Table
        stickyHeader
        layout="fixed"
        horizontalSpacing="xs"
        verticalSpacing={4}
        className={classes.table}
        aria-rowcount={rows.length + 1}
        miw={canEdit ? TABLE_MIN_WIDTH : TABLE_MIN_WIDTH - CHECKBOX_WIDTH}
      >
        <VisuallyHidden component="caption">
          Control results: {rows.length} shown. Use the arrow keys to move between rows, Enter to open one
          {canEdit ? ', Space to select it' : ''}.
        </VisuallyHidden>
        <ResultsTableHead
          sort={sort}
          onSort={onSort}
          selectable={canEdit}
          allSelected={selection.allVisibleSelected}
          someSelected={selection.someVisibleSelected}
          visibleCount={rows.length}
          onToggleAll={selection.toggleAllVisible}
        />
        <Table.Tbody>
          {top > 0 ? (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={columnCount} style={{ height: top }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <ResultRow
                key={row.id}
                row={row}
                index={item.index}
                active={item.index === activeIndex}
                selected={selection.selected.has(row.id)}
                canEdit={canEdit}
                pending={pendingIds.has(row.id)}
                ownerName={ownerName(row.ownerId)}
                today={today}
                href={hrefFor(row.id)}
                onToggle={toggle}
                onOpen={onOpen}
                onStatusChange={onStatusChange}
                onRowKeyDown={onRowKeyDown}
                onRowFocus={onRowFocus}
              />
            );
          })}
          {bottom > 0 ? (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={columnCount} style={{ height: bottom }} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
