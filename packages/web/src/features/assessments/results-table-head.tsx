import { Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { Fragment } from 'react';
import { CHECKBOX_WIDTH, COLUMNS } from './result-columns.js';
import type { SortKey, SortState } from './result-filters.js';
import classes from './results-table.module.css';

const DIRECTION = { asc: 'ascending', desc: 'descending' } as const;

/** Header cells: each column sorts on click (ascending, descending, framework order); a checkbox selects all. */
export function ResultsTableHead({
  sort,
  onSort,
  selectable,
  allSelected,
  someSelected,
  visibleCount,
  onToggleAll,
}: {
  sort: SortState | null;
  onSort: (key: SortKey) => void;
  selectable: boolean;
  allSelected: boolean;
  someSelected: boolean;
  visibleCount: number;
  onToggleAll: () => void;
}) {
  return (
    <Table.Thead>
      <Table.Tr aria-rowindex={1}>
        {selectable ? (
          <Table.Th w={CHECKBOX_WIDTH}>
            <Checkbox
              size="xs"
              aria-label={allSelected ? 'Clear the selection' : `Select all ${visibleCount} shown`}
              checked={allSelected}
              indeterminate={someSelected}
              disabled={visibleCount === 0}
              onChange={onToggleAll}
            />
          </Table.Th>
        ) : null}
        {COLUMNS.map((col) => {
          const active = col.sorts.some((c) => c.key === sort?.key) ? sort : null;
          return (
            <Table.Th
              key={col.id}
              w={col.width}
              ta={col.align}
              aria-sort={active ? DIRECTION[active.dir] : undefined}
            >
              {col.sorts.map((c, i) => {
                const on = sort?.key === c.key ? sort : null;
                const Icon = on?.dir === 'desc' ? IconArrowDown : IconArrowUp;
                return (
                  <Fragment key={c.key}>
                    {i > 0 ? (
                      <Text span c="dimmed" mx={6} aria-hidden>
                        /
                      </Text>
                    ) : null}
                    <UnstyledButton
                      className={classes.sortButton}
                      onClick={() => onSort(c.key)}
                      aria-label={`Sort by ${c.label.toLowerCase()}${on ? `, now ${DIRECTION[on.dir]}` : ''}`}
                    >
                      {c.label}
                      {on ? <Icon size={14} aria-hidden /> : null}
                    </UnstyledButton>
                  </Fragment>
                );
              })}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
