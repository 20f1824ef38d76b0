import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { EvidenceItem } from '../../api/types.js';
import { notifyError, notifySuccess } from '../../components/notify.js';
import { useDeleteEvidence } from './use-evidence.js';

/** Confirms deleting evidence, saying what happens to its links. */
export function DeleteModal({ evidence, onClose }: { evidence: EvidenceItem | null; onClose: () => void }) {
  const remove = useDeleteEvidence();
  const links = evidence?.linkedResults.length ?? 0;
  return (
    <Modal opened={evidence !== null} onClose={onClose} title="Delete evidence?">
      <Stack gap="md">
        <Text size="sm">
          <strong>{evidence?.title}</strong> will be removed from the evidence library
          {links > 0
            ? ` and unlinked from ${links} control result${links === 1 ? '' : 's'}, which may then lack evidence`
            : ''}
          . The deletion is recorded in the audit log.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              evidence &&
              remove.mutate(evidence.id, {
                onSuccess: () => {
                  notifySuccess('Evidence deleted', evidence.title);
                  onClose();
                },
                onError: (err) => notifyError('Deleting', err),
              })
            }
          >
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
