import { Anchor, Badge, Checkbox, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { ResultStatus } from '@nimbus/core';
import { IconPaperclip } from '@tabler/icons-react';
import { type KeyboardEvent, type MouseEvent, memo } from 'react';
import { Link } from 'react-router';
import type { ResultRow as Row } from '../../api/types.js';
import { ROW_HEIGHT } from './result-columns.js';
import classes from './results-table.module.css';
import { StatusCell } from './status-cell.js';
import { daysBetween, formatDate, isOverdue } from './vocabulary.js';

export interface ResultRowProps {
  readonly row: Row;
  readonly index: number;
  /** The row that takes keyboard focus (roving tabindex: only it and its controls are in the tab order). */
  readonly active: boolean;
  readonly selected: boolean;
  readonly canEdit: boolean;
  readonly pending: boolean;
  readonly ownerName: string;
  readonly today: string;
  readonly href: string;
  readonly onToggle: (id: string) => void;
  readonly onOpen: (id: string) => void;
  readonly onStatusChange: (row: Row, status: ResultStatus) => void;
  readonly onRowKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => void;
  readonly onRowFocus: (index: number) => void;
}

const INTERACTIVE = 'a, button, input, select, textarea, label, [role="combobox"], [role="option"]';

/** One control result in the virtualized table. Memoized: a status change re-renders one row, not all. */
export const ResultRow = memo(function ResultRow({
  row,
  index,
  active,
  selected,
  canEdit,
  pending,
  ownerName,
  today,
  href,
  onToggle,
  onOpen,
  onStatusChange,
  onRowKeyDown,
  onRowFocus,
}: ResultRowProps) {
  const tab = active ? 0 : -1;
  const overdue = isOverdue(row, today);
  const { control } = row;

  // A click on the row (not on one of its controls) opens the side panel, like a click on the control id.
  const onClick = (e: MouseEvent<HTMLTableRowElement>) => {
    if ((e.target as HTMLElement).closest(INTERACTIVE)) return;
    onOpen(row.id);
  };

  return (
    <Table.Tr
      className={classes.row}
      data-index={index}
      data-selected={selected || undefined}
      aria-rowindex={index + 2}
      aria-selected={canEdit ? selected : undefined}
      tabIndex={tab}
      h={ROW_HEIGHT}
      onKeyDown={(e) => onRowKeyDown(e, index, row.id)}
      onFocus={() => onRowFocus(index)}
      onClick={onClick}
    >
      {canEdit ? (
        <Table.Td>
          <Checkbox
            size="xs"
            aria-label={`Select ${control.id}`}
            checked={selected}
            tabIndex={tab}
            onChange={() => onToggle(row.id)}
          />
        </Table.Td>
      ) : null}
      <Table.Td className={classes.cell} title={control.title}>
        <Anchor component={Link} to={href} replace fw={600} size="sm" tabIndex={tab} lh={1.3}>
          {control.id}
        </Anchor>
        <Text size="sm" truncate="end" lh={1.3}>
          {control.title}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{control.clause}</Text>
      </Table.Td>
      <Table.Td>
        {control.kind === 'cloud-extended' ? (
          <Tooltip label="Cloud-extended control added by ISO/IEC 27017 (CLD)" openDelay={400}>
            <Badge size="sm" color="cyan" variant="light" tt="none">
              Cloud
            </Badge>
          </Tooltip>
        ) : (
          <Text size="xs" c="dimmed">
            {control.kind === 'iso27002' ? 'ISO 27002' : 'Standard'}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <StatusCell row={row} canEdit={canEdit} pending={pending} tabIndex={tab} onChange={onStatusChange} />
      </Table.Td>
      <Table.Td>
        {row.applicable ? (
          <Text size="sm">Yes</Text>
        ) : (
          <Text size="sm" fw={600} c="var(--mantine-color-orange-light-color)">
            Excluded
          </Text>
        )}
      </Table.Td>
      <Table.Td className={classes.cell} title={ownerName || undefined}>
        {ownerName ? (
          <Text size="sm" truncate="end">
            {ownerName}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Unassigned
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {row.dueDate ? (
          <div>
            <Text size="sm" lh={1.2} c={overdue ? 'red.9' : undefined} fw={overdue ? 600 : undefined}>
              {formatDate(row.dueDate)}
            </Text>
            {overdue ? (
              <Text size="xs" lh={1.2} c="red.9" fw={600}>
                Overdue {daysBetween(row.dueDate, today)} days
              </Text>
            ) : null}
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            <span aria-hidden>—</span>
            <VisuallyHidden>No due date</VisuallyHidden>
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        {row.evidenceCount > 0 ? (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <IconPaperclip size={14} aria-hidden />
            <Text size="sm">{row.evidenceCount}</Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            0
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
});
