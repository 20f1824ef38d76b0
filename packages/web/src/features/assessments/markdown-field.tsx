import { Group, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState } from 'react';
import { MarkdownPreview } from './markdown-preview.js';

/** A Markdown text area with a Write / Preview toggle. */
export function MarkdownField({
  label,
  value,
  onChange,
  description,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  placeholder?: string;
}) {
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const id = useId();
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-end">
        {mode === 'write' ? (
          <Text component="label" htmlFor={id} size="sm" fw={500}>
            {label}
          </Text>
        ) : (
          <Text size="sm" fw={500} id={`${id}-label`}>
            {label}
          </Text>
        )}
        <SegmentedControl
          size="xs"
          aria-label={`${label}: write or preview`}
          value={mode}
          onChange={(v) => setMode(v as 'write' | 'preview')}
          data={[
            { value: 'write', label: 'Write' },
            { value: 'preview', label: 'Preview' },
          ]}
        />
      </Group>
      {mode === 'write' ? (
        <Textarea
          id={id}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={5}
          maxRows={16}
          placeholder={placeholder}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
      ) : (
        <Paper withBorder p="sm" mih={120} aria-labelledby={`${id}-label`} role="region">
          <MarkdownPreview source={value} />
        </Paper>
      )}
      {description ? (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
    </Stack>
  );
}
