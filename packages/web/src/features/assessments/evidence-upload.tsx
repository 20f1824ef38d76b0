import { Alert, CloseButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconCloudUpload, IconFileCheck, IconUpload, IconX } from '@tabler/icons-react';
import { Sha256 } from '../../components/sha-256.js';
import { useEvidenceUpload } from './use-evidence-upload.js';

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1048576
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

/** Drag-and-drop upload of evidence files linked to this control result, with progress and the stored SHA-256. */
export function EvidenceUpload({ resultId, controlId }: { resultId: string; controlId: string }) {
  const { items, upload, dismiss } = useEvidenceUpload(resultId);
  return (
    <Stack gap="xs">
      <Dropzone
        onDrop={(files) => {
          for (const f of files) upload(f);
        }}
        multiple
        radius="md"
        p="md"
        // react-dropzone makes the zone role="presentation", which cannot be named: it is a button named by
        // its text. The file input inside is only its mechanism (the zone opens it), kept out of the tab order
        // and the accessibility tree so the button has no interactive content.
        role="button"
        inputProps={{ style: { display: 'none' } }}
      >
        <Group justify="center" gap="sm" wrap="nowrap" mih={56} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={32} aria-hidden />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={32} aria-hidden />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconCloudUpload size={32} aria-hidden stroke={1.5} />
          </Dropzone.Idle>
          <div>
            <Text size="sm" fw={500}>
              Drop evidence files here, or click to choose
            </Text>
            <Text size="xs" c="dimmed">
              Each file is stored by its SHA-256 and linked to {controlId}.
            </Text>
          </div>
        </Group>
      </Dropzone>
      {items.map((item) => (
        <Paper key={item.key} withBorder p="xs" radius="md" aria-live="polite">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap={6} wrap="nowrap" miw={0}>
              {item.state === 'done' ? (
                <IconFileCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden />
              ) : null}
              <Text size="sm" truncate="end" fw={500}>
                {item.name}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {size(item.size)}
              </Text>
            </Group>
            {item.state !== 'uploading' ? (
              <CloseButton size="sm" aria-label={`Dismiss ${item.name}`} onClick={() => dismiss(item.key)} />
            ) : null}
          </Group>
          {item.state === 'uploading' ? (
            <Group gap="xs" mt={6} wrap="nowrap">
              <Progress value={item.progress * 100} flex={1} aria-label={`Uploading ${item.name}`} animated />
              <Text size="xs" w={40} ta="right">
                {Math.round(item.progress * 100)}%
              </Text>
            </Group>
          ) : null}
          {item.state === 'done' && item.evidence?.sha256 ? (
            <Group gap={6} mt={4}>
              <Text size="xs" c="teal.9" fw={600}>
                Uploaded and linked. SHA-256
              </Text>
              <Sha256 value={item.evidence.sha256} />
            </Group>
          ) : null}
          {item.state === 'error' && item.error ? (
            <Alert color="red" mt={6} p="xs" title={item.error.message}>
              {item.error.hint ? <Text size="xs">{item.error.hint}</Text> : null}
            </Alert>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}
