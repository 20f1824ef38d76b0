import { DataList, Stack, Text, Title } from '@mantine/core';
import type { ControlResult } from '../../api/types.js';
import { MarkdownPreview } from './markdown-preview.js';
import { StatusBadge } from './status-badge.js';
import { formatDate, formatDateTime, isOverdue } from './vocabulary.js';

/** A control result for roles that may not edit it (auditors, viewers). */
export function ResultReadOnly({
  result,
  memberName,
  today,
}: {
  result: ControlResult;
  memberName: (id: string | null) => string;
  today: string;
}) {
  const overdue = isOverdue(result, today);
  return (
    <Stack gap="md">
      <DataList withDivider labelWidth={130} size="sm">
        <DataList.Item>
          <DataList.ItemLabel>Status</DataList.ItemLabel>
          <DataList.ItemValue>
            <StatusBadge status={result.status} />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Applicability</DataList.ItemLabel>
          <DataList.ItemValue>{result.applicable ? 'Applicable' : 'Excluded'}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Justification</DataList.ItemLabel>
          <DataList.ItemValue style={{ whiteSpace: 'pre-wrap' }}>
            {result.justification || (
              <Text span c="dimmed" size="sm">
                None given
              </Text>
            )}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Owner</DataList.ItemLabel>
          <DataList.ItemValue>
            {result.ownerId ? memberName(result.ownerId) : 'Unassigned'}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Due date</DataList.ItemLabel>
          <DataList.ItemValue>
            {result.dueDate ? formatDate(result.dueDate) : 'No due date'}
            {overdue ? (
              <Text span c="red.9" fw={600} size="sm">
                {' '}
                (overdue)
              </Text>
            ) : null}
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <div>
        <Title order={3} size="h5" mb={6}>
          Implementation
        </Title>
        <MarkdownPreview source={result.implementation} empty="No implementation description yet." />
      </div>
      <Text size="xs" c="dimmed">
        Version {result.version} · {formatDateTime(result.updatedAt)}
        {result.updatedBy ? ` by ${memberName(result.updatedBy)}` : ''}
      </Text>
    </Stack>
  );
}
