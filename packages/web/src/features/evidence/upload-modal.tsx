import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileUpload, IconUpload, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { useSession } from '../../api/session.js';
import type { MemberView } from '../../api/types.js';
import { uploadEvidence } from '../../api/upload-evidence.js';
import { notifyError, notifySuccess } from '../../components/notify.js';
import { EMPTY_FORM, EvidenceFields, validateEvidenceForm } from './evidence-fields.js';
import type { EvidenceFormValues } from './evidence-types.js';
import { formatBytes } from './format.js';
import { useInvalidateEvidence } from './use-evidence.js';

/** Upload one evidence file with its metadata, showing progress; the server sniffs its type and hashes it. */
export function UploadModal({
  orgId,
  opened,
  onClose,
  members,
}: {
  orgId: string;
  opened: boolean;
  onClose: () => void;
  members: readonly MemberView[] | undefined;
}) {
  const { data: session } = useSession();
  const invalidate = useInvalidateEvidence();
  const [file, setFile] = useState<File | null>(null);
  const [form, setForm] = useState<EvidenceFormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const uploading = progress !== null;

  const reset = () => {
    setFile(null);
    setForm(EMPTY_FORM);
    setErrors({});
    setProgress(null);
  };
  const close = () => {
    abort.current?.abort();
    reset();
    onClose();
  };

  const submit = async () => {
    const found: Partial<Record<string, string>> = validateEvidenceForm(form, { titleRequired: false });
    if (!file) found.file = 'Choose a file to upload';
    setErrors(found);
    if (Object.keys(found).length > 0 || !file) return;
    abort.current = new AbortController();
    setProgress(0);
    try {
      const created = await uploadEvidence(
        orgId,
        {
          file,
          title: form.title,
          collectedAt: form.collectedAt,
          validUntil: form.validUntil,
          ownerId: form.ownerId,
        },
        session?.csrfToken ?? '',
        setProgress,
        abort.current.signal,
      );
      notifySuccess('Evidence uploaded', `${created.title} (SHA-256 ${created.sha256?.slice(0, 12)}…)`);
      await invalidate();
      reset();
      onClose();
    } catch (err) {
      setProgress(null);
      if ((err as Error).name === 'AbortError') return;
      if (err instanceof ApiError) setErrors(err.fieldErrors);
      notifyError('Upload', err);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="Upload evidence" size="lg">
      <Stack gap="md">
        <Dropzone
          onDrop={(files) => {
            const f = files[0] ?? null;
            setFile(f);
            setErrors((e) => ({ ...e, file: undefined }));
          }}
          multiple={false}
          disabled={uploading}
          // react-dropzone makes the zone role="presentation", which cannot be named: it is a button named by
          // its text. The file input inside is only its mechanism (the zone opens it), kept out of the tab order
          // and the accessibility tree so the button has no interactive content.
          role="button"
          inputProps={{ style: { display: 'none' } }}
        >
          <Group justify="center" gap="md" mih={110} style={{ pointerEvents: 'none' }}>
            <Dropzone.Accept>
              <IconUpload size={40} stroke={1.5} />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={40} stroke={1.5} />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IconFileUpload size={40} stroke={1.5} />
            </Dropzone.Idle>
            <div>
              <Text size="md" fw={500}>
                {file ? file.name : 'Drop a file here or click to choose one'}
              </Text>
              <Text size="sm" c="dimmed">
                {file
                  ? `${formatBytes(file.size)}: drop or click again to replace it`
                  : 'Policies, screenshots, exports, reports: any type. It is stored with its SHA-256.'}
              </Text>
            </div>
          </Group>
        </Dropzone>
        {errors.file ? (
          <Text size="sm" c="red" role="alert">
            {errors.file}
          </Text>
        ) : null}
        <EvidenceFields
          value={form}
          onChange={setForm}
          errors={errors}
          members={members}
          titlePlaceholder={file?.name ?? 'The file name'}
          titleRequired={false}
        />
        {uploading ? (
          <Stack gap={4}>
            <Progress value={Math.round(progress * 100)} animated aria-label="Upload progress" />
            <Text size="xs" c="dimmed" role="status">
              {progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : 'Processing on the server…'}
            </Text>
          </Stack>
        ) : null}
        {!session?.csrfToken ? (
          <Alert color="red">Your session is not ready; reload the page before uploading.</Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {uploading ? 'Cancel upload' : 'Cancel'}
          </Button>
          <Button onClick={submit} loading={uploading} leftSection={<IconUpload size={16} />}>
            Upload
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
