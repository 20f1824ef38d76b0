import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiError } from '../api/api-error.js';

/** An error from the API with its message and what to do, and a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const e = error instanceof ApiError ? error : null;
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={18} />}
      title={e ? e.message : 'Something went wrong'}
      role="alert"
    >
      {e?.hint ? <Text size="sm">{e.hint}</Text> : null}
      {!e ? <Text size="sm">{String((error as Error)?.message ?? error)}</Text> : null}
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
