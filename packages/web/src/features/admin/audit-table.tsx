import { Badge, Code, Table, Text, Tooltip } from '@mantine/core';
import type { AuditEvent } from '@nimbus/core';
import { AuditChanges } from './audit-changes.js';
import { TARGET_TYPES } from './audit-filters.js';
import { formatClock, formatDay } from './format.js';

const actionColor = (action: string) =>
  action.endsWith('.deleted') ||
  action.endsWith('.removed') ||
  action.endsWith('.revoked') ||
  action.endsWith('_failed')
    ? 'red'
    : action.endsWith('.created') || action.endsWith('.added')
      ? 'green'
      : action.startsWith('auth.')
        ? 'gray'
        : 'blue';

const targetLabel = (type: string) => TARGET_TYPES.find((t) => t.value === type)?.label ?? type;

/** An email-like label that wraps after the "@" rather than inside a word. */
function ActorLabel({ label }: { label: string }) {
  const at = label.indexOf('@');
  if (at < 0) return label;
  return (
    <>
      {label.slice(0, at + 1)}
      <wbr />
      {label.slice(at + 1)}
    </>
  );
}

/** Audit events, newest first: when, who, what, on what, which fields changed, from where. */
export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" highlightOnHover layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>#</Table.Th>
            <Table.Th w={112}>Time</Table.Th>
            <Table.Th w={165}>Actor</Table.Th>
            <Table.Th w={185}>Action</Table.Th>
            <Table.Th w={100}>Target</Table.Th>
            <Table.Th>Changes</Table.Th>
            <Table.Th w={96}>IP</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <Text size="xs" c="dimmed" ff="monospace">
                  {e.seq}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDay(e.at)}</Text>
                <Text size="xs" c="dimmed">
                  {formatClock(e.at)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'break-word' }}>
                  <ActorLabel label={e.actorLabel} />
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={actionColor(e.action)} tt="none" ff="monospace" maw="100%">
                  {e.action}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{targetLabel(e.targetType)}</Text>
                {e.targetId ? (
                  <Tooltip label={e.targetId} withArrow>
                    <Code fz="xs">{e.targetId.slice(0, 8)}</Code>
                  </Tooltip>
                ) : null}
              </Table.Td>
              <Table.Td>
                <AuditChanges changes={e.changes} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" c={e.ip ? undefined : 'dimmed'}>
                  {e.ip ?? '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
