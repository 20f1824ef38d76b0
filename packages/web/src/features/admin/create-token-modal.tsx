import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { notifyError } from '../../components/notify.js';
import { type CreatedToken, useCreateToken } from './use-tokens.js';

/** Name, scope and lifetime of a new API token. On success the parent shows the secret once. */
export function CreateTokenModal({
  opened,
  onClose,
  canWrite,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  /** Auditors and viewers can only create read tokens. */
  canWrite: boolean;
  onCreated: (token: CreatedToken) => void;
}) {
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'write'>('read');
  const [days, setDays] = useState<number | string>(90);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const reset = () => {
    setName('');
    setScope('read');
    setDays(90);
    setErrors({});
    create.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = 'Name the token after where it is used, e.g. “CI pipeline”';
    const n = typeof days === 'number' ? days : Number.NaN;
    if (!Number.isInteger(n) || n < 1 || n > 366) found.expiresInDays = 'Between 1 and 366 days';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { name: name.trim(), scope, expiresInDays: n },
      {
        onSuccess: (token) => {
          // Hand the secret over and drop it from the mutation state.
          onCreated(token);
          reset();
          onClose();
        },
        onError: (err) => {
          if (err instanceof ApiError) setErrors(err.fieldErrors);
          notifyError('Creating the token', err);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Create an API token">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            required
            placeholder="e.g. CI pipeline, evidence collector"
            value={name}
            error={errors.name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="token-scope-label">
              Scope
            </Text>
            <SegmentedControl
              aria-labelledby="token-scope-label"
              value={scope}
              onChange={(v) => setScope(v as 'read' | 'write')}
              data={[
                { value: 'read', label: 'Read only' },
                { value: 'write', label: 'Read and write', disabled: !canWrite },
              ]}
            />
            <Text size="xs" c="dimmed">
              {canWrite
                ? 'Read tokens can only read; write tokens act with your role. Prefer read unless a tool must change data.'
                : 'Your role can create read tokens only.'}
            </Text>
          </Stack>
          <NumberInput
            label="Expires after (days)"
            min={1}
            max={366}
            allowDecimal={false}
            allowNegative={false}
            value={days}
            error={errors.expiresInDays}
            onChange={setDays}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} leftSection={<IconKey size={16} />}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
