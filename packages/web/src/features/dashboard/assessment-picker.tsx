import { Select } from '@mantine/core';
import type { AssessmentListItem } from '../../api/types.js';

/** Chooses which assessment the dashboard shows, newest first. */
export function AssessmentPicker({
  assessments,
  value,
  onChange,
}: {
  assessments: readonly AssessmentListItem[];
  value: string;
  onChange: (id: string) => void;
}) {
  const data = [...assessments]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((a) => ({ value: a.id, label: a.name }));
  return (
    <Select
      label="Assessment"
      data={data}
      value={value}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
      searchable={data.length > 8}
      w={{ base: '100%', sm: 420 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
