import { Alert, Button, Group, List, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import type { EvidenceItem, MemberView } from '../../api/types.js';
import { notifyError, notifySuccess } from '../../components/notify.js';
import { EvidenceFields, validateEvidenceForm } from './evidence-fields.js';
import type { EvidenceFormValues } from './evidence-types.js';
import { formatDay } from './format.js';
import { type EvidencePatch, useUpdateEvidence } from './use-evidence.js';

const toForm = (e: EvidenceItem): EvidenceFormValues => ({
  title: e.title,
  collectedAt: e.collectedAt ?? '',
  validUntil: e.validUntil ?? '',
  ownerId: e.ownerId,
});

/** Only the fields that changed from what was read, in the API's shape. */
export const evidencePatch = (before: EvidenceItem, v: EvidenceFormValues): EvidencePatch => {
  const patch: EvidencePatch = {};
  if (v.title.trim() !== before.title) patch.title = v.title.trim();
  if ((v.collectedAt || null) !== before.collectedAt) patch.collectedAt = v.collectedAt || null;
  if ((v.validUntil || null) !== before.validUntil) patch.validUntil = v.validUntil || null;
  if (v.ownerId !== before.ownerId) patch.ownerId = v.ownerId;
  return patch;
};

/** Edit title, dates and owner with optimistic concurrency: a stale version shows what changed meanwhile. */
export function EditModal({
  evidence,
  onClose,
  members,
}: {
  evidence: EvidenceItem | null;
  onClose: () => void;
  members: readonly MemberView[] | undefined;
}) {
  const update = useUpdateEvidence();
  // The version the edit is based on; a 409 moves it to the version stored now.
  const [base, setBase] = useState<EvidenceItem | null>(evidence);
  const [form, setForm] = useState<EvidenceFormValues | null>(evidence ? toForm(evidence) : null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [conflict, setConflict] = useState<EvidenceItem | null>(null);

  useEffect(() => {
    setBase(evidence);
    setForm(evidence ? toForm(evidence) : null);
    setErrors({});
    setConflict(null);
  }, [evidence]);

  const nameOf = (id: string | null) =>
    id ? (members?.find((m) => m.userId === id)?.name ?? id) : 'no owner';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!base || !form) return;
    const found = validateEvidenceForm(form, { titleRequired: true });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const patch = evidencePatch(base, form);
    if (Object.keys(patch).length === 0 && !conflict) {
      onClose();
      return;
    }
    update.mutate(
      { id: base.id, version: base.version, patch },
      {
        onSuccess: (saved) => {
          notifySuccess('Evidence updated', saved.title);
          onClose();
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409 && err.body.current) {
            const current = { ...base, ...(err.body.current as EvidenceItem) };
            setConflict(current);
            setBase(current);
          } else if (err instanceof ApiError) setErrors(err.fieldErrors);
          notifyError('Saving', err);
        },
      },
    );
  };

  return (
    <Modal opened={evidence !== null} onClose={onClose} title="Edit evidence details" size="lg">
      {form && base ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {conflict ? (
              <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Changed by someone else">
                While you were editing, it was saved as:
                <List size="sm" mt={4}>
                  <List.Item>Title: {conflict.title}</List.Item>
                  <List.Item>Collected: {formatDay(conflict.collectedAt)}</List.Item>
                  <List.Item>Valid until: {formatDay(conflict.validUntil)}</List.Item>
                  <List.Item>Owner: {nameOf(conflict.ownerId)}</List.Item>
                </List>
                Your values are still in the form. Save again to apply them on top, or cancel to keep theirs.
              </Alert>
            ) : null}
            <EvidenceFields value={form} onChange={setForm} errors={errors} members={members} titleRequired />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={update.isPending}>
                {conflict ? 'Save again' : 'Save'}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
