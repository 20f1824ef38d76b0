import { ActionIcon, Badge, Group, Select, Table, Text, Tooltip } from '@mantine/core';
import type { Role } from '@nimbus/core';
import { IconUserMinus } from '@tabler/icons-react';
import type { MemberView } from '../../api/types.js';
import { formatDay } from './format.js';
import { ROLE_COLORS, ROLE_OPTIONS, roleLabel } from './role-labels.js';

/** Members with their role; managers change roles in place and remove members. */
export function MembersTable({
  members,
  meId,
  canManage,
  pendingUserId,
  onRoleChange,
  onRemove,
}: {
  members: readonly MemberView[];
  meId: string | undefined;
  canManage: boolean;
  pendingUserId: string | null;
  onRoleChange: (m: MemberView, role: Role) => void;
  onRemove: (m: MemberView) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th w={200}>Role</Table.Th>
            <Table.Th w={140}>Member since</Table.Th>
            {canManage ? <Table.Th w={90}>Remove</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.userId}>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" fw={500}>
                    {m.name}
                  </Text>
                  {m.userId === meId ? (
                    <Badge size="xs" variant="outline" color="gray">
                      You
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.email}</Text>
              </Table.Td>
              <Table.Td>
                {canManage ? (
                  <Select
                    aria-label={`Role of ${m.name}`}
                    size="xs"
                    allowDeselect={false}
                    value={m.role}
                    disabled={pendingUserId === m.userId}
                    onChange={(v) => v && v !== m.role && onRoleChange(m, v as Role)}
                    data={ROLE_OPTIONS.map((r) => ({ value: r.value, label: r.label }))}
                  />
                ) : (
                  <Badge color={ROLE_COLORS[m.role]} variant="light">
                    {roleLabel(m.role)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDay(m.createdAt)}</Text>
              </Table.Td>
              {canManage ? (
                <Table.Td>
                  <Tooltip label={`Remove ${m.name}`} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${m.name}`}
                      onClick={() => onRemove(m)}
                    >
                      <IconUserMinus size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
