import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Role } from '@nimbus/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/queries/keys.js';
import { useMembers } from '../../api/queries/members.js';
import { useCurrentOrg, useSession } from '../../api/session.js';
import type { MemberView } from '../../api/types.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyError, notifySuccess } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { AddMemberModal } from './add-member-modal.js';
import { MembersTable } from './members-table.js';
import { ROLE_COLORS, ROLE_OPTIONS, roleLabel } from './role-labels.js';
import { useChangeRole, useRemoveMember } from './use-members.js';

/** Members of the organization and their roles. */
export default function MembersPage() {
  const org = useCurrentOrg();
  const { data: session } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const canManage = org?.can('members:manage') ?? false;
  const members = useMembers();
  const changeRole = useChangeRole();
  const remove = useRemoveMember();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<MemberView | null>(null);
  const meId = session?.user.id;

  const onRoleChange = (m: MemberView, role: Role) =>
    changeRole.mutate(
      { userId: m.userId, role },
      {
        onSuccess: () => {
          notifySuccess('Role changed', `${m.name} is now ${roleLabel(role).toLowerCase()}.`);
          if (m.userId === meId) client.invalidateQueries({ queryKey: queryKeys.session });
        },
        onError: (err) => notifyError(`Changing the role of ${m.name}`, err),
      },
    );

  const confirmRemove = () => {
    if (!removing) return;
    const m = removing;
    remove.mutate(m.userId, {
      onSuccess: () => {
        notifySuccess(
          'Member removed',
          `${m.name} no longer has access to ${org?.name ?? 'this organization'}.`,
        );
        setRemoving(null);
        if (m.userId === meId) {
          client.invalidateQueries({ queryKey: queryKeys.session });
          navigate('/', { replace: true });
        }
      },
      onError: (err) => notifyError(`Removing ${m.name}`, err),
    });
  };

  return (
    <>
      <PageHeader
        title="Members"
        description={`People with access to ${org?.name ?? 'this organization'} and what their role lets them do.`}
        actions={
          canManage ? (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
              Add member
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        {members.isPending ? (
          <PageLoader label="Loading members" />
        ) : members.error ? (
          <ErrorState error={members.error} onRetry={() => members.refetch()} />
        ) : members.data.length === 0 ? (
          <EmptyState title="No members">
            {canManage ? 'Add the first member with “Add member”.' : 'Ask an owner or admin to add members.'}
          </EmptyState>
        ) : (
          <Paper withBorder p={0}>
            <MembersTable
              members={members.data}
              meId={meId}
              canManage={canManage}
              pendingUserId={changeRole.isPending ? (changeRole.variables?.userId ?? null) : null}
              onRoleChange={onRoleChange}
              onRemove={setRemoving}
            />
          </Paper>
        )}
        {!canManage ? (
          <Text size="sm" c="dimmed">
            You can see the members; only owners and admins can change them.
          </Text>
        ) : null}
        <section>
          <Title order={2} size="h5" mb="xs">
            What each role can do
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
            {ROLE_OPTIONS.map((r) => (
              <Group key={r.value} gap="xs" wrap="nowrap" align="flex-start">
                <Badge color={ROLE_COLORS[r.value]} variant="light" w={84} style={{ flexShrink: 0 }}>
                  {r.label}
                </Badge>
                <Text size="sm" c="dimmed">
                  {r.description}
                </Text>
              </Group>
            ))}
          </SimpleGrid>
        </section>
      </Stack>

      {canManage ? (
        <AddMemberModal
          opened={adding}
          onClose={() => setAdding(false)}
          canGrantOwner={org?.role === 'owner'}
        />
      ) : null}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove member?">
        <Stack gap="md">
          <Text size="sm">
            <strong>{removing?.name}</strong> ({removing?.email}) will lose access to{' '}
            {org?.name ?? 'this organization'}. Their account and their past work stay; the audit log keeps
            who did what.
            {removing?.userId === meId ? ' You are removing yourself: you will leave this organization.' : ''}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={confirmRemove}>
              Remove
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
