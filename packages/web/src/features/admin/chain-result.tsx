import { Alert, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { ApiError } from '../../api/api-error.js';
import type { ChainCheck } from './use-audit.js';

/** The outcome of "Verify chain", prominently: intact with N events, or the first broken entry and why. */
export function ChainResult({
  result,
  error,
  checkedAt,
  onClose,
}: {
  result: ChainCheck | undefined;
  error: unknown;
  checkedAt: Date | null;
  onClose: () => void;
}) {
  if (error) {
    const e = error instanceof ApiError ? error : null;
    return (
      <Alert
        color="red"
        title="The chain could not be verified"
        withCloseButton
        closeButtonLabel="Dismiss the chain check"
        onClose={onClose}
        role="alert"
      >
        {e ? `${e.message} ${e.hint}` : String((error as Error)?.message ?? error)}
      </Alert>
    );
  }
  if (!result) return null;
  const when = checkedAt ? ` (checked ${checkedAt.toLocaleTimeString()})` : '';
  return result.ok ? (
    <Alert
      color="green"
      variant="filled"
      icon={<IconShieldCheck size={22} />}
      title={`Audit chain intact: all ${result.events} events verified${when}`}
      withCloseButton
      closeButtonLabel="Dismiss the chain check"
      onClose={onClose}
      role="status"
    >
      Every event’s hash matches its content and the event before it, so no event was changed, removed or
      inserted since it was written.
    </Alert>
  ) : (
    <Alert
      color="red"
      variant="filled"
      icon={<IconShieldX size={22} />}
      title={`Audit chain BROKEN at event #${result.broken?.seq ?? '?'}${when}`}
      withCloseButton
      closeButtonLabel="Dismiss the chain check"
      onClose={onClose}
      role="alert"
    >
      <Text size="sm">Reason: {result.broken?.reason ?? 'unknown'}</Text>
      <Text size="sm">
        Event id:{' '}
        <Text span ff="monospace" fw={700} size="sm">
          {result.broken?.id}
        </Text>
        . Events from here on cannot be trusted; {result.events} events were checked. Preserve the database
        and investigate before anything else changes.
      </Text>
    </Alert>
  );
}
