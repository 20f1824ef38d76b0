import { ActionIcon, Anchor, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconDownload, IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import { evidenceDownloadUrl } from '../../api/queries/evidence.js';
import type { EvidenceItem, MemberView } from '../../api/types.js';
import { Sha256 } from '../../components/sha-256.js';
import { ExpiryBadge } from './expiry-badge.js';
import { formatBytes, formatDay, todayIso } from './format.js';
import { KindBadge } from './kind-badge.js';

/** The evidence library as a table; actions per row follow the user's role. */
export function EvidenceTable({
  orgId,
  items,
  members,
  canWrite,
  onPreview,
  onEdit,
  onDelete,
}: {
  orgId: string;
  items: readonly EvidenceItem[];
  members: readonly MemberView[] | undefined;
  canWrite: boolean;
  onPreview: (e: EvidenceItem) => void;
  onEdit: (e: EvidenceItem) => void;
  onDelete: (e: EvidenceItem) => void;
}) {
  const today = todayIso();
  const ownerName = (id: string | null) =>
    id ? (members?.find((m) => m.userId === id)?.name ?? 'Former member') : null;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover verticalSpacing="sm" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Title and kind</Table.Th>
            <Table.Th w={170}>File or link</Table.Th>
            <Table.Th w={135}>SHA-256</Table.Th>
            <Table.Th w={105}>Collected</Table.Th>
            <Table.Th w={145}>Valid until</Table.Th>
            <Table.Th w={110}>Owner</Table.Th>
            <Table.Th w={66} ta="right">
              Linked
            </Table.Th>
            <Table.Th w={80}>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={600}
                    ta="left"
                    onClick={() => onPreview(e)}
                  >
                    {e.title}
                  </Anchor>
                  <KindBadge kind={e.kind} />
                </Stack>
              </Table.Td>
              <Table.Td>
                {e.kind === 'link' && e.url ? (
                  <Anchor href={e.url} target="_blank" rel="noopener noreferrer" size="sm" lineClamp={1}>
                    {e.url.replace(/^https?:\/\//, '')}
                  </Anchor>
                ) : (
                  <Stack gap={0}>
                    <Text size="sm" lineClamp={1} style={{ wordBreak: 'break-all' }}>
                      {e.filename ?? '—'}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatBytes(e.size)}
                    </Text>
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                <Sha256 value={e.sha256} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDay(e.collectedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  {e.validUntil ? <Text size="sm">{formatDay(e.validUntil)}</Text> : null}
                  <ExpiryBadge validUntil={e.validUntil} state={e.expiry} today={today} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={e.ownerId ? undefined : 'dimmed'}>
                  {ownerName(e.ownerId) ?? 'No owner'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" c={e.linkedResults.length ? undefined : 'dimmed'}>
                  {e.linkedResults.length}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  {e.kind === 'file' ? (
                    <Tooltip label="Download" withArrow>
                      <ActionIcon
                        variant="subtle"
                        component="a"
                        href={evidenceDownloadUrl(orgId, e.id)}
                        download={e.filename ?? true}
                        aria-label={`Download ${e.filename ?? e.title}`}
                      >
                        <IconDownload size={18} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                  {!canWrite ? (
                    <Tooltip label="Preview and details" withArrow>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Preview ${e.title}`}
                        onClick={() => onPreview(e)}
                      >
                        <IconEye size={18} />
                      </ActionIcon>
                    </Tooltip>
                  ) : (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${e.title}`}>
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconEye size={14} />} onClick={() => onPreview(e)}>
                          Preview and details
                        </Menu.Item>
                        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(e)}>
                          Edit details
                        </Menu.Item>
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          onClick={() => onDelete(e)}
                        >
                          Delete
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
