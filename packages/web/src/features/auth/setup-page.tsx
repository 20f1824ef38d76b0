import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { useRefreshSession } from '../../api/session.js';
import type { Session } from '../../api/types.js';

/** First run: create the first owner and organization with the one-time link printed by `nimbus serve`. */
export default function SetupPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const [form, setForm] = useState({ organizationName: '', name: '', email: '', password: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const token = params.get('token') ?? '';
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.currentTarget.value }),
    error: error?.fieldErrors[key],
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { data } = await api<Session>('/api/v1/setup', { method: 'POST', body: { token, ...form } });
      refresh(data);
      navigate(`/o/${data.organizations[0]!.id}`, { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'ERROR', String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" w={460} radius="md" component="main">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h3">
              Set up Nimbus
            </Title>
            <Text size="sm" c="dimmed">
              Create the first owner account and your organization. This link works once.
            </Text>
            {!token ? (
              <Alert color="yellow" role="status">
                This page needs the one-time link that <code>nimbus serve</code> printed.
              </Alert>
            ) : null}
            {error ? (
              <Alert color="red" role="alert" title={error.message}>
                {error.hint}
              </Alert>
            ) : null}
            <TextInput label="Organization" required {...field('organizationName')} />
            <TextInput label="Your name" required autoComplete="name" {...field('name')} />
            <TextInput label="Email" type="email" required autoComplete="username" {...field('email')} />
            <PasswordInput
              label="Password"
              description="At least 12 characters; not a common password"
              required
              autoComplete="new-password"
              {...field('password')}
            />
            <Button type="submit" loading={busy} disabled={!token} fullWidth>
              Create owner and organization
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
