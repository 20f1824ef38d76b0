import { ActionBar, Button, Group, Select, Text, TextInput } from '@mantine/core';
import type { ResultStatus } from '@nimbus/core';
import { useId, useState } from 'react';
import type { MemberView } from '../../api/types.js';
import { type BulkChange, isEmptyChange } from './bulk-updates.js';
import { UNASSIGNED } from './result-filters.js';
import { statusOptions } from './vocabulary.js';

const EMPTY: BulkChange = { status: null, owner: null, dueDate: '' };

/** The bar at the bottom while rows are selected: set status, owner and/or due date for all of them. */
export function BulkEditBar({
  count,
  excludedCount,
  members,
  saving,
  onApply,
  onClear,
}: {
  count: number;
  /** Selected rows that are excluded from the SoA (their status stays not-applicable). */
  excludedCount: number;
  members: readonly MemberView[];
  saving: boolean;
  onApply: (change: BulkChange) => Promise<boolean>;
  onClear: () => void;
}) {
  const [change, setChange] = useState<BulkChange>(EMPTY);
  const dueId = useId();
  const apply = async () => {
    if (await onApply(change)) setChange(EMPTY);
  };

  return (
    <ActionBar opened={count > 0} onClose={onClear} aria-label="Bulk edit" shadow="lg" radius="md" p="sm">
      <Group gap="sm" wrap="wrap" align="center">
        <Text fw={600} size="sm" miw={90}>
          {count} selected
        </Text>
        <ActionBar.Divider />
        <Select
          size="xs"
          aria-label="Set status"
          placeholder="Status: keep"
          clearable
          data={statusOptions()}
          value={change.status}
          onChange={(v) => setChange({ ...change, status: v as ResultStatus | null })}
          w={180}
          comboboxProps={{ withinPortal: true, zIndex: 400 }}
        />
        <Select
          size="xs"
          aria-label="Set owner"
          placeholder="Owner: keep"
          clearable
          searchable
          data={[
            { value: UNASSIGNED, label: 'Nobody (unassign)' },
            ...members.map((m) => ({ value: m.userId, label: m.name || m.email })),
          ]}
          value={change.owner}
          onChange={(v) => setChange({ ...change, owner: v })}
          w={170}
          comboboxProps={{ withinPortal: true, zIndex: 400 }}
        />
        <Text size="xs" component="label" htmlFor={dueId} c="dimmed">
          Due date
        </Text>
        <TextInput
          id={dueId}
          size="xs"
          type="date"
          value={change.dueDate}
          onChange={(e) => setChange({ ...change, dueDate: e.currentTarget.value })}
          w={150}
        />
        <Button size="xs" onClick={apply} loading={saving} disabled={isEmptyChange(change)}>
          Apply to {count}
        </Button>
        <ActionBar.CloseButton aria-label="Clear the selection" />
      </Group>
      {change.status && excludedCount > 0 ? (
        <Text size="xs" c="dimmed" mt={6}>
          {excludedCount} excluded {excludedCount === 1 ? 'control keeps' : 'controls keep'} the status Not
          applicable.
        </Text>
      ) : null}
    </ActionBar>
  );
}
