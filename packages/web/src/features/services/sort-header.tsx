import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ServiceSort, ServiceSortKey } from './services-sort.js';

/** A column header that sorts the table; aria-sort tells assistive technology the current order. */
export function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: ServiceSortKey;
  sort: ServiceSort;
  onSort: (sort: ServiceSort) => void;
}) {
  const active = sort.key === column;
  const Icon = active ? (sort.direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() =>
          onSort({ key: column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })
        }
        aria-label={`${label}: sort ${active && sort.direction === 'asc' ? 'descending' : 'ascending'}`}
      >
        <Group gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {label}
          </Text>
          <Icon size={14} aria-hidden="true" />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
