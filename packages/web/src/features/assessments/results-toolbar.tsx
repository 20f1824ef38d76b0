import {
  Button,
  Chip,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import type { ResultStatus } from '@nimbus/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { MemberView } from '../../api/types.js';
import { activeFilterCount, NO_FILTERS, type ResultFilters, UNASSIGNED } from './result-filters.js';
import { STATUS_COLOR, STATUS_LABEL, STATUS_SWATCH, STATUSES, swatchVar } from './vocabulary.js';

export interface ResultsToolbarProps {
  readonly filters: ResultFilters;
  readonly onChange: (next: ResultFilters) => void;
  readonly members: readonly MemberView[];
  readonly clauses: readonly string[];
  readonly statusCounts: Readonly<Record<ResultStatus, number>>;
  readonly overdueCount: number;
  readonly shown: number;
  readonly total: number;
}

/** Search and filters above the results table, with how many rows they leave. */
export function ResultsToolbar({
  filters,
  onChange,
  members,
  clauses,
  statusCounts,
  overdueCount,
  shown,
  total,
}: ResultsToolbarProps) {
  const set = <K extends keyof ResultFilters>(key: K, value: ResultFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const active = activeFilterCount(filters);

  return (
    <Stack gap="sm" mb="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          aria-label="Search controls by id or title"
          placeholder="Search id or title"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filters.q}
          onChange={(e) => set('q', e.currentTarget.value)}
          w={{ base: '100%', sm: 190 }}
        />
        <Select
          aria-label="Owner"
          placeholder="Any owner"
          clearable
          searchable
          value={filters.owner}
          onChange={(v) => set('owner', v)}
          data={[
            { value: UNASSIGNED, label: 'Unassigned' },
            ...members.map((m) => ({ value: m.userId, label: m.name || m.email })),
          ]}
          w={150}
        />
        <Select
          aria-label="Clause"
          placeholder="Any clause"
          clearable
          value={filters.clause}
          onChange={(v) => set('clause', v)}
          data={clauses.map((c) => ({ value: c, label: `Clause ${c}` }))}
          w={130}
        />
        <SegmentedControl
          aria-label="Applicability"
          size="sm"
          value={filters.applicability}
          onChange={(v) => set('applicability', v as ResultFilters['applicability'])}
          data={[
            { value: 'all', label: 'All' },
            { value: 'applicable', label: 'Applicable' },
            { value: 'excluded', label: 'Excluded' },
          ]}
        />
        <SegmentedControl
          aria-label="Control kind"
          size="sm"
          value={filters.kind}
          onChange={(v) => set('kind', v as ResultFilters['kind'])}
          data={[
            { value: 'all', label: 'All kinds' },
            { value: 'cloud-extended', label: 'Cloud (CLD)' },
            { value: 'base', label: 'ISO 27002' },
          ]}
        />
      </Group>
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Chip.Group
          multiple
          value={[...filters.statuses]}
          onChange={(v) => set('statuses', v as ResultStatus[])}
        >
          <Group gap={6} role="group" aria-label="Filter by status">
            {STATUSES.map((s) => (
              <Chip key={s} value={s} size="xs" color={STATUS_COLOR[s]} variant="light">
                <span
                  aria-hidden
                  style={{
                    display: 'inline-block',
                    width: 8,
                    height: 8,
                    borderRadius: 2,
                    marginRight: 6,
                    background: swatchVar(STATUS_SWATCH[s]),
                  }}
                />
                {STATUS_LABEL[s]} <b>{statusCounts[s]}</b>
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="md">
          <Switch
            label={`Overdue only (${overdueCount})`}
            checked={filters.overdueOnly}
            onChange={(e) => set('overdueOnly', e.currentTarget.checked)}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {shown === total ? `${total} controls` : `${shown} of ${total} controls`}
            <VisuallyHidden> shown</VisuallyHidden>
          </Text>
          {active > 0 ? (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconFilterOff size={14} aria-hidden />}
              onClick={() => onChange(NO_FILTERS)}
            >
              Clear filters ({active})
            </Button>
          ) : null}
        </Group>
      </Group>
    </Stack>
  );
}
