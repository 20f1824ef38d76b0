import { ActionIcon, Code, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/**
 * A SHA-256 with a button to copy it: shortened to 12 characters with the full hash on hover or focus, or shown
 * whole (`full`); a dash when there is none (links have no hash).
 */
export function Sha256({ value, full = false }: { value: string | null; full?: boolean }) {
  if (!value)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={2} wrap="nowrap" align="flex-start">
      {full ? (
        <Code style={{ wordBreak: 'break-all' }}>{value}</Code>
      ) : (
        <Tooltip label={value} multiline maw={300} style={{ wordBreak: 'break-all' }} fz="xs">
          <Code tabIndex={0} aria-label={`SHA-256 ${value}`} fz="xs">
            {value.slice(0, 12)}…
          </Code>
        </Tooltip>
      )}
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy the full SHA-256'} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={copied ? 'SHA-256 copied' : 'Copy the full SHA-256'}
            >
              {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
