import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { Role } from '@nimbus/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { notifyError, notifySuccess } from '../../components/notify.js';
import { ROLE_OPTIONS } from './role-labels.js';
import { useAddMember } from './use-members.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Add a member by email; a name and an initial password create the account when there is none. */
export function AddMemberModal({
  opened,
  onClose,
  canGrantOwner,
}: {
  opened: boolean;
  onClose: () => void;
  canGrantOwner: boolean;
}) {
  const add = useAddMember();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiError | null>(null);

  const close = () => {
    setEmail('');
    setRole('viewer');
    setName('');
    setPassword('');
    setErrors({});
    setProblem(null);
    add.reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!EMAIL.test(email.trim())) found.email = 'Enter an email address such as name@example.com';
    if (password && !name.trim()) found.name = 'A new account needs a name';
    if (name.trim() && !password) found.password = 'A new account needs an initial password';
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    add.mutate(
      {
        email: email.trim(),
        role,
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(password ? { password } : {}),
      },
      {
        onSuccess: (m) => {
          notifySuccess('Member added', `${m.name} (${m.email}) is now ${role}.`);
          close();
        },
        onError: (err) => {
          if (err instanceof ApiError) {
            setErrors(err.fieldErrors);
            setProblem(err);
          }
          notifyError(
            'Adding the member',
            err,
            err instanceof ApiError && err.code === 'NOT_FOUND'
              ? 'Fill in a name and an initial password to create the account.'
              : undefined,
          );
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Add a member" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem ? (
            <Alert color="red" title={problem.message}>
              {problem.code === 'NOT_FOUND'
                ? 'This person has no Nimbus account yet: fill in a name and an initial password below to create one.'
                : problem.hint}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            required
            placeholder="name@example.com"
            value={email}
            error={errors.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Select
            label="Role"
            allowDeselect={false}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
            data={ROLE_OPTIONS.map((r) => ({
              value: r.value,
              label: `${r.label}: ${r.description}`,
              disabled: r.value === 'owner' && !canGrantOwner,
            }))}
            description={canGrantOwner ? undefined : 'Only an owner can add an owner.'}
          />
          <Divider label="Only for people without a Nimbus account" labelPosition="left" />
          <Text size="sm" c="dimmed">
            Existing accounts are added as they are. For a new account, give a name and an initial password
            and share it with them safely; they can change it after signing in.
          </Text>
          <Group grow align="flex-start">
            <TextInput
              label="Name"
              value={name}
              error={errors.name}
              onChange={(e) => setName(e.currentTarget.value)}
              autoComplete="off"
            />
            <PasswordInput
              label="Initial password"
              value={password}
              error={errors.password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="new-password"
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending} leftSection={<IconUserPlus size={16} />}>
              Add member
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
