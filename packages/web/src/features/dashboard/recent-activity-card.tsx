import { Anchor, ScrollArea, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useAuditLog } from '../../api/queries/audit.js';
import { ErrorState } from '../../components/error-state.js';
import { PageLoader } from '../../components/page-loader.js';
import { actionLabel, activityDetail } from './activity-label.js';
import { relativeTime } from './format.js';
import { SectionCard } from './section-card.js';

/** How many of the latest events the card shows (the first page of the audit log). */
const RECENT = 10;

/** The latest audit events of the organization (only rendered for roles that may read the audit trail). */
export function RecentActivityCard({ orgId }: { orgId: string }) {
  const { data, isPending, error, refetch } = useAuditLog(`limit=${RECENT}`);
  const events = data?.pages[0]?.events ?? [];
  return (
    <SectionCard
      title="Recent activity"
      id="dash-activity"
      aside={
        <Anchor component={Link} to={`/o/${orgId}/admin/audit`} size="sm">
          Full audit log
        </Anchor>
      }
    >
      {isPending ? (
        <PageLoader label="Loading recent activity" />
      ) : error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : events.length === 0 ? (
        <Text size="sm" c="dimmed">
          No activity recorded yet. Changes to assessments, evidence and services appear here.
        </Text>
      ) : (
        <ScrollArea
          type="auto"
          viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': 'Recent activity, scrollable' }}
        >
          <Table verticalSpacing={6} fz="sm" miw={560} aria-label="Recent activity">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Detail</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={e.at} title={new Date(e.at).toLocaleString()}>
                      {relativeTime(e.at)}
                    </time>
                  </Table.Td>
                  <Table.Td fw={500}>{e.actorLabel}</Table.Td>
                  <Table.Td>{actionLabel(e.action)}</Table.Td>
                  <Table.Td c="dimmed">
                    <Text size="sm" lineClamp={1} inherit>
                      {activityDetail(e.changes) || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </SectionCard>
  );
}
