import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import type { ApiToken } from '@nimbus/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTokens } from '../../api/queries/tokens.js';
import { useCurrentOrg } from '../../api/session.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyError, notifySuccess } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { CreateTokenModal } from './create-token-modal.js';
import { TokenSecretModal } from './token-secret-modal.js';
import { TokensTable } from './tokens-table.js';
import { type CreatedToken, useRevokeToken } from './use-tokens.js';

/** The signed-in user's API tokens in this organization: create (secret shown once), list, revoke. */
export default function TokensPage() {
  const org = useCurrentOrg();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  // Write tokens act with the role; roles that cannot write get read tokens only (the server says the same).
  const canWrite = org ? org.role !== 'auditor' && org.role !== 'viewer' : false;

  const createButton = (
    <Button leftSection={<IconKey size={16} />} onClick={() => setCreating(true)}>
      Create token
    </Button>
  );

  return (
    <>
      <PageHeader
        title="API tokens"
        description={`Your tokens for the CLI, CI and scripts in ${org?.name ?? 'this organization'}. A token acts as you, within its scope.`}
        actions={createButton}
      />
      <Stack gap="md">
        {tokens.isPending ? (
          <PageLoader label="Loading tokens" />
        ) : tokens.error ? (
          <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
        ) : tokens.data.length === 0 ? (
          <EmptyState title="No API tokens yet" action={createButton}>
            Create a token to use Nimbus from the command line or a CI pipeline, for example to upload scan
            results as evidence. Choose read only unless the tool must change data.
          </EmptyState>
        ) : (
          <Paper withBorder p={0}>
            <TokensTable tokens={tokens.data} onRevoke={setRevoking} />
          </Paper>
        )}
      </Stack>

      <CreateTokenModal
        opened={creating}
        onClose={() => setCreating(false)}
        canWrite={canWrite}
        onCreated={setCreated}
      />
      <TokenSecretModal token={created} onDone={() => setCreated(null)} />
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title="Revoke token?">
        <Stack gap="md">
          <Text size="sm">
            <strong>{revoking?.name}</strong> ({revoking?.prefix}…) stops working immediately. Tools using it
            will get “not signed in” errors until they get a new token. This cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoking &&
                revoke.mutate(revoking.id, {
                  onSuccess: () => {
                    notifySuccess('Token revoked', revoking.name);
                    setRevoking(null);
                  },
                  onError: (err) => notifyError('Revoking the token', err),
                })
              }
            >
              Revoke
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
