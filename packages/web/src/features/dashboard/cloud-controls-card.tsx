import { Group, Progress, ScrollArea, Table, Text } from '@mantine/core';
import type { Progress as ProgressData } from '@nimbus/core';
import type { ResultRow } from '../../api/types.js';
import { cloudResults } from './dashboard-derive.js';
import { percent } from './format.js';
import { ResultLink } from './result-link.js';
import { SectionCard } from './section-card.js';
import { StatusBadge } from './status-badge.js';

/** The seven cloud-specific (CLD) controls of ISO/IEC 27017 with their statuses. */
export function CloudControlsCard({
  orgId,
  assessmentId,
  results,
  progress,
}: {
  orgId: string;
  assessmentId: string;
  results: readonly ResultRow[];
  progress: ProgressData;
}) {
  const cloud = cloudResults(results);
  return (
    <SectionCard
      title="Cloud-specific controls (CLD)"
      id="dash-cld"
      aside={
        <Text size="sm" c="dimmed">
          {progress.byStatus.implemented} of {progress.total} implemented
        </Text>
      }
    >
      {cloud.length === 0 ? (
        <Text size="sm" c="dimmed">
          This framework has no cloud-extended controls.
        </Text>
      ) : (
        <>
          <Group gap="xs" mb="sm" wrap="nowrap">
            <Progress
              value={progress.score * 100}
              color="teal.7"
              size="md"
              flex={1}
              aria-label={`Cloud-specific controls score ${percent(progress.score)}`}
            />
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              Score {percent(progress.score)}
            </Text>
          </Group>
          <ScrollArea type="auto">
            <Table verticalSpacing={6} fz="sm" aria-label="Cloud-specific controls and their status">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Control</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cloud.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <ResultLink orgId={orgId} assessmentId={assessmentId} resultId={r.id}>
                        {r.controlId}
                      </ResultLink>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {r.control.title}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={r.applicable ? r.status : 'not-applicable'} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </>
      )}
    </SectionCard>
  );
}
