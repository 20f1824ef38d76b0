import {
  Button,
  Group,
  Input,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ResultStatus } from '@nimbus/core';
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import type { ControlResult, MemberView } from '../../api/types.js';
import { ConflictView } from './conflict-view.js';
import { MarkdownField } from './markdown-field.js';
import {
  changedFields,
  type DraftField,
  draftErrors,
  draftOf,
  editOf,
  type ResultDraft,
  withApplicability,
} from './result-draft.js';
import { useUpdateResult } from './use-result.js';
import { formatDateTime, statusOptions } from './vocabulary.js';

export interface ResultEditorProps {
  /** The freshest copy of the result the page has (a newer version replaces an untouched form). */
  readonly result: ControlResult;
  readonly controlId: string;
  readonly assessmentId: string;
  readonly members: readonly MemberView[];
  readonly memberName: (id: string | null) => string;
  readonly onDirtyChange: (dirty: boolean) => void;
  /** Called when the result turns out to be deleted and the user lets go of the draft. */
  readonly onGone: () => void;
}

type Errors = Partial<Record<DraftField, string>>;

const fieldErrorsOf = (err: ApiError): Errors => {
  const out: Errors = {};
  for (const [path, message] of Object.entries(err.fieldErrors)) out[path as DraftField] = message;
  return out;
};

/**
 * The edit form of a control result. Saves with If-Match; a stale edit (409) keeps the draft and shows what
 * changed, with "Apply my changes again" (the changed fields on top of the new version) or "Discard mine".
 */
export function ResultEditor({
  result,
  controlId,
  assessmentId,
  members,
  memberName,
  onDirtyChange,
  onGone,
}: ResultEditorProps) {
  const [base, setBase] = useState<ControlResult>(result);
  const [draft, setDraft] = useState<ResultDraft>(() => draftOf(result));
  const [conflict, setConflict] = useState<{ current: ControlResult | null } | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const update = useUpdateResult(assessmentId);
  const baseDraft = useMemo(() => draftOf(base), [base]);
  const dirty = changedFields(baseDraft, draft).length > 0;
  const formId = useId();

  // Someone else's newer version arrived while this form is untouched: show it rather than the old one.
  if (result.version > base.version && !dirty && !conflict) {
    setBase(result);
    setDraft(draftOf(result));
  }

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const set = <K extends DraftField>(key: K, value: ResultDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const save = async (version: number) => {
    const problems = draftErrors(draft);
    if (Object.keys(problems).length) {
      setErrors(problems);
      return;
    }
    const edit = editOf(baseDraft, draft);
    if (Object.keys(edit).length === 0) return;
    try {
      const updated = await update.mutateAsync({ id: base.id, version, edit });
      setBase(updated);
      setDraft(draftOf(updated));
      setConflict(null);
      setErrors({});
      notifications.show({
        color: 'teal',
        title: `${controlId} saved`,
        message: `Now version ${updated.version}.`,
      });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') {
        setConflict({ current: (err.body.current as ControlResult | null | undefined) ?? null });
        return;
      }
      if (err instanceof ApiError) setErrors(fieldErrorsOf(err));
      notifications.show({
        color: 'red',
        autoClose: false,
        title: err instanceof ApiError ? err.message : 'The changes were not saved',
        message: (err instanceof ApiError && err.hint) || 'Your changes are still in the form.',
      });
    }
  };

  const discardMine = () => {
    const current = conflict?.current;
    if (conflict && !current) {
      setConflict(null);
      onGone();
      return;
    }
    const next = current ?? base;
    setBase(next);
    setDraft(draftOf(next));
    setConflict(null);
    setErrors({});
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (dirty && !conflict) void save(base.version);
    }
  };

  return (
    <Stack gap="md" onKeyDown={onKeyDown}>
      {conflict ? (
        <ConflictView
          base={baseDraft}
          mine={draft}
          theirs={conflict.current}
          memberName={memberName}
          applying={update.isPending}
          onApplyMine={() => conflict.current && void save(conflict.current.version)}
          onDiscardMine={discardMine}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Input.Wrapper label="Applicability" id={`${formId}-appl`} labelElement="div">
          <SegmentedControl
            fullWidth
            aria-labelledby={`${formId}-appl-label`}
            value={draft.applicable ? 'applicable' : 'excluded'}
            onChange={(v) => setDraft((d) => withApplicability(d, v === 'applicable'))}
            data={[
              { value: 'applicable', label: 'Applicable' },
              { value: 'excluded', label: 'Excluded' },
            ]}
          />
        </Input.Wrapper>
        <Select
          label="Status"
          data={draft.applicable ? statusOptions() : statusOptions(['not-applicable'])}
          value={draft.status}
          allowDeselect={false}
          disabled={!draft.applicable}
          description={draft.applicable ? undefined : 'Excluded controls are Not applicable.'}
          error={errors.status}
          onChange={(v) => v && set('status', v as ResultStatus)}
        />
      </SimpleGrid>
      <Textarea
        label="Justification"
        required={!draft.applicable}
        description={
          draft.applicable
            ? 'Why the control is included (optional). It appears in the Statement of Applicability.'
            : 'Required: an excluded control needs a justification. It appears in the Statement of Applicability.'
        }
        autosize
        minRows={2}
        maxRows={8}
        value={draft.justification}
        error={errors.justification}
        onChange={(e) => set('justification', e.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label="Owner"
          placeholder="Unassigned"
          clearable
          searchable
          data={members.map((m) => ({ value: m.userId, label: m.name || m.email }))}
          value={draft.ownerId}
          error={errors.ownerId}
          onChange={(v) => set('ownerId', v)}
        />
        <TextInput
          label="Due date"
          type="date"
          value={draft.dueDate ?? ''}
          error={errors.dueDate}
          onChange={(e) => set('dueDate', e.currentTarget.value || null)}
        />
      </SimpleGrid>
      <MarkdownField
        label="Implementation"
        value={draft.implementation}
        onChange={(v) => set('implementation', v)}
        placeholder="How the control is implemented: policies, processes, tools, who runs them…"
        description="Markdown: **bold**, lists, links. Shown to auditors and in exports."
      />
      <Group
        justify="space-between"
        pos="sticky"
        bottom={0}
        py="sm"
        bg="var(--mantine-color-body)"
        style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
      >
        <Text size="xs" c="dimmed">
          Version {base.version} · {formatDateTime(base.updatedAt)}
          {base.updatedBy ? ` by ${memberName(base.updatedBy)}` : ''}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            disabled={!dirty || update.isPending}
            onClick={() => setDraft(baseDraft)}
          >
            Discard changes
          </Button>
          <Button
            size="sm"
            disabled={!dirty || Boolean(conflict)}
            loading={update.isPending && !conflict}
            onClick={() => void save(base.version)}
          >
            Save
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
