import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { useRefreshSession } from '../../api/session.js';
import type { Session } from '../../api/types.js';

/** Sign in; on success go back where the user was (`next`) or to their first organization. */
export default function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const expired = params.get('expired') === '1';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { data } = await api<Session>('/api/v1/auth/login', {
        method: 'POST',
        body: { email, password },
      });
      refresh(data);
      const next = params.get('next');
      navigate(
        next?.startsWith('/') && !next.startsWith('//')
          ? next
          : data.organizations[0]
            ? `/o/${data.organizations[0].id}`
            : '/',
        {
          replace: true,
        },
      );
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'ERROR', String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" w={400} radius="md" component="main">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h3">
              Sign in to Nimbus
            </Title>
            {expired ? (
              <Alert color="yellow" role="status">
                Your session ended. Sign in again to continue where you were.
              </Alert>
            ) : null}
            {error ? (
              <Alert color="red" role="alert" title={error.message}>
                {error.hint}
              </Alert>
            ) : null}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy} fullWidth>
              Sign in
            </Button>
            <Text size="xs" c="dimmed">
              Forgot your password? An operator can reset it with <code>nimbus user reset-password</code>.
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
