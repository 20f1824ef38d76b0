import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import type { MemberView } from '../../api/types.js';
import { notifyError, notifySuccess } from '../../components/notify.js';
import { EMPTY_FORM, EvidenceFields, validateEvidenceForm } from './evidence-fields.js';
import type { EvidenceFormValues } from './evidence-types.js';
import { useAddLink } from './use-evidence.js';

/** Why a URL cannot be link evidence (the server refuses the same), or null. */
export const linkUrlProblem = (value: string): string | null => {
  const v = value.trim();
  if (!v) return 'Enter the address, starting with https://';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return 'Not a valid address: it must start with http:// or https://';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http and https links are allowed';
  if (url.username || url.password) return 'Remove the user name or password from the address';
  return null;
};

/** Record a URL (a trust portal page, a ticket, a dashboard) as evidence. */
export function LinkModal({
  opened,
  onClose,
  members,
}: {
  opened: boolean;
  onClose: () => void;
  members: readonly MemberView[] | undefined;
}) {
  const add = useAddLink();
  const [url, setUrl] = useState('');
  const [form, setForm] = useState<EvidenceFormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});

  const close = () => {
    setUrl('');
    setForm(EMPTY_FORM);
    setErrors({});
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<string, string>> = validateEvidenceForm(form, { titleRequired: true });
    const urlError = linkUrlProblem(url);
    if (urlError) found.url = urlError;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    add.mutate(
      {
        title: form.title.trim(),
        url: url.trim(),
        ...(form.collectedAt ? { collectedAt: form.collectedAt } : {}),
        ...(form.validUntil ? { validUntil: form.validUntil } : {}),
        ...(form.ownerId ? { ownerId: form.ownerId } : {}),
      },
      {
        onSuccess: (created) => {
          notifySuccess('Link added', created.title);
          close();
        },
        onError: (err) => {
          if (err instanceof ApiError) setErrors(err.fieldErrors);
          notifyError('Adding the link', err);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Add a link as evidence" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="URL"
            required
            type="url"
            placeholder="https://trust.example.com/iso27017-certificate"
            value={url}
            error={errors.url}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          <EvidenceFields
            value={form}
            onChange={setForm}
            errors={errors}
            members={members}
            titlePlaceholder="e.g. Provider ISO/IEC 27017 certificate"
            titleRequired
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending} leftSection={<IconLink size={16} />}>
              Add link
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
