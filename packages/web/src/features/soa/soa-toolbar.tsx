import { CloseButton, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { SoaCounts } from './soa-rows.js';
import { type ApplicabilityFilter, NUMBERING_LABEL, type SoaNumbering } from './soa-types.js';

/** Numbering toggle, row filters and the counts of the Statement of Applicability. */
export function SoaToolbar({
  numbering,
  onNumbering,
  text,
  onText,
  applicability,
  onApplicability,
  counts,
  shown,
}: {
  numbering: SoaNumbering;
  onNumbering: (n: SoaNumbering) => void;
  text: string;
  onText: (t: string) => void;
  applicability: ApplicabilityFilter;
  onApplicability: (f: ApplicabilityFilter) => void;
  counts: SoaCounts | undefined;
  shown: number | undefined;
}) {
  const applicabilityData = [
    { value: 'all', label: 'All' },
    { value: 'applicable', label: 'Applicable' },
    { value: 'excluded', label: 'Excluded' },
    ...(numbering === '2022' ? [{ value: 'not-covered', label: 'Not covered' }] : []),
  ];
  return (
    <Stack gap="sm" mb="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="soa-numbering-label">
            Numbering
          </Text>
          <SegmentedControl
            aria-labelledby="soa-numbering-label"
            value={numbering}
            onChange={(v) => onNumbering(v as SoaNumbering)}
            data={(['2015', '2022'] as const).map((n) => ({ value: n, label: NUMBERING_LABEL[n] }))}
          />
        </Stack>
        <TextInput
          label="Filter rows"
          placeholder="Control, title, justification, evidence…"
          value={text}
          onChange={(e) => onText(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          rightSection={
            text ? <CloseButton size="sm" aria-label="Clear the filter" onClick={() => onText('')} /> : null
          }
          w={{ base: '100%', sm: 300 }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="soa-applicability-label">
            Applicability
          </Text>
          <SegmentedControl
            aria-labelledby="soa-applicability-label"
            value={applicability}
            onChange={(v) => onApplicability(v as ApplicabilityFilter)}
            data={applicabilityData}
          />
        </Stack>
      </Group>
      {counts ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          <Text span fw={600} c="var(--mantine-color-text)" inherit>
            {counts.applicable}
          </Text>{' '}
          applicable ·{' '}
          <Text span fw={600} c="var(--mantine-color-text)" inherit>
            {counts.excluded}
          </Text>{' '}
          excluded
          {numbering === '2022' ? (
            <>
              {' '}
              ·{' '}
              <Text span fw={600} c="var(--mantine-color-text)" inherit>
                {counts.notCovered}
              </Text>{' '}
              not covered by an assessed control
            </>
          ) : null}{' '}
          · {counts.total} controls
          {shown !== undefined && shown !== counts.total ? ` · showing ${shown}` : ''}
        </Text>
      ) : null}
    </Stack>
  );
}
