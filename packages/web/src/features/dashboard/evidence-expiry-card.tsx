import { Anchor, Badge, Group, ScrollArea, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconFile, IconLink, IconRobot } from '@tabler/icons-react';
import { Link } from 'react-router';
import { badgeText } from './badge-text.js';
import type { ExpiryRow } from './dashboard-derive.js';
import { formatDate } from './format.js';
import { SectionCard } from './section-card.js';

const KIND = {
  file: { label: 'File', icon: IconFile },
  link: { label: 'Link', icon: IconLink },
  scan: { label: 'Scan', icon: IconRobot },
} as const;

/** The badge of one row: expired (red) or days left (orange), always in words. */
export function ExpiryBadge({ daysLeft }: { daysLeft: number }) {
  if (daysLeft < 0) {
    const ago = -daysLeft;
    return (
      <Badge color="red" variant="filled" size="sm" tt="none" miw="max-content">
        {ago === 1 ? 'Expired yesterday' : `Expired ${ago} days ago`}
      </Badge>
    );
  }
  return (
    <Badge color="orange" c={badgeText('orange')} variant="light" size="sm" tt="none" miw="max-content">
      {daysLeft === 0 ? 'Expires today' : daysLeft === 1 ? 'Expires tomorrow' : `Expires in ${daysLeft} days`}
    </Badge>
  );
}

/** Evidence that has expired or ends within the window, soonest first. */
export function EvidenceExpiryCard({
  orgId,
  rows,
  days,
}: {
  orgId: string;
  rows: readonly ExpiryRow[];
  days: number;
}) {
  const expired = rows.filter((r) => r.expired).length;
  return (
    <SectionCard
      title="Evidence to renew"
      id="dash-evidence"
      aside={
        <Anchor component={Link} to={`/o/${orgId}/evidence`} size="sm">
          Evidence library
        </Anchor>
      }
    >
      {rows.length === 0 ? (
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon color="teal" variant="light" radius="xl" aria-hidden="true">
            <IconCircleCheck size={18} />
          </ThemeIcon>
          <Text size="sm">No evidence has expired or expires in the next {days} days.</Text>
        </Group>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {expired} expired, {rows.length - expired} expiring within {days} days
          </Text>
          <ScrollArea.Autosize
            mah={360}
            type="auto"
            viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': 'Evidence to renew, scrollable' }}
          >
            <Table verticalSpacing={6} fz="sm" stickyHeader aria-label="Evidence to renew">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Evidence</Table.Th>
                  <Table.Th>Valid until</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ evidence: e, daysLeft }) => {
                  const kind = KIND[e.kind];
                  return (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          <kind.icon size={16} aria-label={kind.label} role="img" style={{ flexShrink: 0 }} />
                          <div>
                            <Text size="sm" fw={500} lineClamp={2}>
                              {e.title}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {kind.label} · linked to {e.linkedResults.length}{' '}
                              {e.linkedResults.length === 1 ? 'control' : 'controls'}
                            </Text>
                          </div>
                        </Group>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">{formatDate(e.validUntil!)}</Text>
                        <ExpiryBadge daysLeft={daysLeft} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </>
      )}
    </SectionCard>
  );
}
