import { Anchor, Badge, Group, ScrollArea, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { badgeText } from './badge-text.js';
import type { OverdueResult } from './dashboard-derive.js';
import { formatDate } from './format.js';
import { ResultLink } from './result-link.js';
import { SectionCard } from './section-card.js';
import { StatusBadge } from './status-badge.js';

/** Control results past their due date and not implemented, most late first. */
export function OverdueCard({
  orgId,
  assessmentId,
  overdue,
  ownerName,
}: {
  orgId: string;
  assessmentId: string;
  overdue: readonly OverdueResult[];
  ownerName: (userId: string | null) => string;
}) {
  return (
    <SectionCard
      title={`Overdue controls (${overdue.length})`}
      id="dash-overdue"
      aside={
        <Anchor component={Link} to={`/o/${orgId}/assessments/${assessmentId}`} size="sm">
          Open the assessment
        </Anchor>
      }
    >
      {overdue.length === 0 ? (
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon color="teal" variant="light" radius="xl" aria-hidden="true">
            <IconCircleCheck size={18} />
          </ThemeIcon>
          <Text size="sm">
            Nothing is overdue. Controls with a past due date that are not implemented appear here.
          </Text>
        </Group>
      ) : (
        <ScrollArea.Autosize
          mah={380}
          type="auto"
          viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': 'Overdue controls, scrollable' }}
        >
          <Table verticalSpacing={6} fz="sm" stickyHeader miw={520} aria-label="Overdue control results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Control</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Owner</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overdue.map(({ result: r, daysLate }) => (
                <Table.Tr key={r.id}>
                  <Table.Td maw={260}>
                    <ResultLink orgId={orgId} assessmentId={assessmentId} resultId={r.id}>
                      {r.controlId}
                    </ResultLink>
                    <Text size="xs" c="dimmed" lineClamp={1} title={r.control.title}>
                      {r.control.title}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDate(r.dueDate!)}</Text>
                    <Badge
                      color="red"
                      c={badgeText('red')}
                      variant="light"
                      size="sm"
                      tt="none"
                      miw="max-content"
                    >
                      {daysLate === 1 ? '1 day late' : `${daysLate} days late`}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={r.ownerId ? undefined : 'dimmed'}>
                      {ownerName(r.ownerId)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </SectionCard>
  );
}
