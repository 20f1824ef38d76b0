import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { MemberView } from '../../api/types.js';
import type { EvidenceFilters, EvidenceKindFilter, ValidityFilter } from './evidence-types.js';
import { CONTROL_ID, isFilteringEvidence, NO_EVIDENCE_FILTERS } from './use-evidence-params.js';

const KIND_OPTIONS: { value: EvidenceKindFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'file', label: 'Files' },
  { value: 'link', label: 'Links' },
  { value: 'scan', label: 'Scans' },
];

const VALIDITY_OPTIONS: { value: ValidityFilter; label: string }[] = [
  { value: 'any', label: 'Any validity' },
  { value: 'expiring', label: 'Expiring within…' },
  { value: 'expired', label: 'Expired' },
  { value: 'current', label: 'Not expired' },
];

/** Control id, owner, kind and validity filters of the evidence library. */
export function EvidenceFiltersBar({
  value,
  onChange,
  members,
}: {
  value: EvidenceFilters;
  onChange: (next: EvidenceFilters) => void;
  members: readonly MemberView[] | undefined;
}) {
  const set = (patch: Partial<EvidenceFilters>) => onChange({ ...value, ...patch });
  // The control id is typed: apply it once it is a valid id and the typing settles.
  const [control, setControl] = useState(value.control);
  useEffect(() => setControl(value.control), [value.control]);
  const controlValid = control.trim() === '' || CONTROL_ID.test(control.trim());
  const applyControl = useDebouncedCallback((next: string) => {
    if (next === '' || CONTROL_ID.test(next)) onChange({ ...value, control: next });
  }, 300);

  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-start" wrap="wrap">
        <TextInput
          label="Control"
          placeholder="e.g. 12.4.1"
          w={150}
          value={control}
          error={controlValid ? undefined : 'Letters, digits, dots and dashes'}
          onChange={(e) => {
            setControl(e.currentTarget.value);
            applyControl(e.currentTarget.value.trim());
          }}
        />
        <Select
          label="Owner"
          placeholder="Anyone"
          w={200}
          clearable
          searchable
          value={value.ownerId}
          onChange={(v) => set({ ownerId: v })}
          data={(members ?? []).map((m) => ({ value: m.userId, label: m.name }))}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="evidence-kind-label">
            Kind
          </Text>
          <SegmentedControl
            aria-labelledby="evidence-kind-label"
            value={value.kind}
            onChange={(v) => set({ kind: v as EvidenceKindFilter })}
            data={KIND_OPTIONS}
          />
        </Stack>
        <Select
          label="Validity"
          w={180}
          allowDeselect={false}
          value={value.validity}
          onChange={(v) => set({ validity: (v as ValidityFilter | null) ?? 'any' })}
          data={VALIDITY_OPTIONS}
        />
        {value.validity === 'expiring' ? (
          <NumberInput
            label="Days"
            w={100}
            min={0}
            max={3650}
            clampBehavior="strict"
            allowDecimal={false}
            allowNegative={false}
            value={value.days}
            onChange={(v) => set({ days: typeof v === 'number' ? v : 0 })}
          />
        ) : null}
        {isFilteringEvidence(value) ? (
          <Button
            variant="subtle"
            mt={25}
            leftSection={<IconFilterOff size={16} />}
            onClick={() => {
              setControl('');
              onChange(NO_EVIDENCE_FILTERS);
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
