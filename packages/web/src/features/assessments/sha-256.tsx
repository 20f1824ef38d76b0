import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** A SHA-256 shortened to 12 characters: the full hash on hover or focus, and a button to copy it. */
export function Sha256({ value }: { value: string }) {
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={value} multiline maw={300} style={{ wordBreak: 'break-all' }} fz="xs">
        <Code tabIndex={0} aria-label={`SHA-256 ${value}`} fz="xs">
          {value.slice(0, 12)}…
        </Code>
      </Tooltip>
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
