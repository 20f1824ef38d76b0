import { Select, Tooltip } from '@mantine/core';
import type { ResultStatus } from '@nimbus/core';
import { memo } from 'react';
import type { ResultRow } from '../../api/types.js';
import { StatusBadge } from './status-badge.js';
import { APPLICABLE_STATUSES, STATUS_LABEL } from './vocabulary.js';

const OPTIONS = APPLICABLE_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }));

/** The status of a row: a Select for editors (applicable rows), a badge otherwise. */
export const StatusCell = memo(function StatusCell({
  row,
  canEdit,
  pending,
  tabIndex,
  onChange,
}: {
  row: ResultRow;
  canEdit: boolean;
  pending: boolean;
  tabIndex: number;
  onChange: (row: ResultRow, status: ResultStatus) => void;
}) {
  if (!canEdit) return <StatusBadge status={row.status} />;
  if (!row.applicable)
    return (
      <Tooltip label="Excluded from the SoA. Open the control to include it again." openDelay={400}>
        <StatusBadge status={row.status} />
      </Tooltip>
    );
  return (
    <Select
      size="xs"
      aria-label={`Status of ${row.control.id}`}
      data={OPTIONS}
      value={row.status}
      allowDeselect={false}
      disabled={pending}
      tabIndex={tabIndex}
      withCheckIcon={false}
      comboboxProps={{ withinPortal: true }}
      onChange={(value) => {
        if (value && value !== row.status) onChange(row, value as ResultStatus);
      }}
    />
  );
});
