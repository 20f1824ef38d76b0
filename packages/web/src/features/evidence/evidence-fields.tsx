import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { MemberView } from '../../api/types.js';
import type { EvidenceFormValues } from './evidence-types.js';

export const EMPTY_FORM: EvidenceFormValues = { title: '', collectedAt: '', validUntil: '', ownerId: null };

/** Client-side checks that mirror the server's, so most mistakes are caught before sending. */
export const validateEvidenceForm = (
  v: EvidenceFormValues,
  { titleRequired }: { titleRequired: boolean },
): Partial<Record<keyof EvidenceFormValues, string>> => {
  const errors: Partial<Record<keyof EvidenceFormValues, string>> = {};
  if (titleRequired && !v.title.trim()) errors.title = 'Give the evidence a title';
  if (v.title.length > 255) errors.title = 'At most 255 characters';
  if (v.collectedAt && v.validUntil && v.validUntil < v.collectedAt)
    errors.validUntil = 'Must not be before the collection date';
  return errors;
};

/** Title, dates and owner: the metadata shared by uploads, links and edits. */
export function EvidenceFields({
  value,
  onChange,
  errors,
  members,
  titlePlaceholder,
  titleRequired,
}: {
  value: EvidenceFormValues;
  onChange: (next: EvidenceFormValues) => void;
  errors: Partial<Record<string, string>>;
  members: readonly MemberView[] | undefined;
  titlePlaceholder?: string;
  titleRequired: boolean;
}) {
  const set = (patch: Partial<EvidenceFormValues>) => onChange({ ...value, ...patch });
  return (
    <>
      <TextInput
        label="Title"
        required={titleRequired}
        placeholder={titlePlaceholder}
        description={titleRequired ? undefined : 'Leave empty to use the file name'}
        value={value.title}
        maxLength={255}
        error={errors.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="date"
          label="Collected on"
          description="When it was produced"
          value={value.collectedAt}
          error={errors.collectedAt}
          onChange={(e) => set({ collectedAt: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label="Valid until"
          description="Leave empty if it does not expire"
          value={value.validUntil}
          error={errors.validUntil}
          onChange={(e) => set({ validUntil: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Select
        label="Owner"
        placeholder="No owner"
        clearable
        searchable
        value={value.ownerId}
        error={errors.ownerId}
        onChange={(v) => set({ ownerId: v })}
        data={(members ?? []).map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
      />
    </>
  );
}
