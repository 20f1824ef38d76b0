import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { CreatedToken } from './use-tokens.js';

/**
 * The new token's secret, shown exactly once. It cannot be dismissed by clicking outside: the user confirms
 * they stored it, and the secret is dropped from memory when the modal closes.
 */
export function TokenSecretModal({ token, onDone }: { token: CreatedToken | null; onDone: () => void }) {
  return (
    <Modal
      opened={token !== null}
      onClose={onDone}
      closeOnClickOutside={false}
      title="Copy your new API token"
      size="lg"
    >
      {token ? (
        <Stack gap="md">
          <Alert
            color="orange"
            icon={<IconAlertTriangle size={18} />}
            title="This is the only time you will see it"
          >
            Nimbus keeps only a hash of the token. Store it now in your password manager or CI secret store;
            if you lose it, revoke it and create a new one.
          </Alert>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="token-secret-label">
              Token “{token.name}” ({token.scope === 'write' ? 'read and write' : 'read only'})
            </Text>
            <Group gap="xs" wrap="nowrap" align="stretch">
              <Code
                block
                aria-labelledby="token-secret-label"
                style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
                data-testid="token-secret"
              >
                {token.token}
              </Code>
              <CopyButton value={token.token} timeout={2000}>
                {({ copied, copy }) => (
                  <Button
                    onClick={copy}
                    color={copied ? 'teal' : undefined}
                    leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  >
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
          <Text size="sm" c="dimmed">
            Use it as <Code>Authorization: Bearer &lt;token&gt;</Code>, for example with the Nimbus CLI or in
            CI.
          </Text>
          <Group justify="flex-end">
            <Button onClick={onDone}>I have stored it</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
