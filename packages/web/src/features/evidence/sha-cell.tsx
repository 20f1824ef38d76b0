import { ActionIcon, Code, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** The first 8 hex digits of a SHA-256 with a button copying the whole hash. */
export function ShaCell({ sha256, full = false }: { sha256: string | null; full?: boolean }) {
  if (!sha256)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      {full ? (
        <Code style={{ wordBreak: 'break-all' }}>{sha256}</Code>
      ) : (
        <Tooltip label={sha256} withArrow>
          <Code>{sha256.slice(0, 8)}…</Code>
        </Tooltip>
      )}
      <CopyButton value={sha256} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy the full SHA-256'} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={copied ? 'SHA-256 copied' : 'Copy the full SHA-256'}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
