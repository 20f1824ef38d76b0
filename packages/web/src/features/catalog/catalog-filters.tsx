import { Button, Group, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import type { Ownership, ServiceModel } from '@nimbus/core';
import { IconFilterOff } from '@tabler/icons-react';
import { type AudienceFilter, type CatalogFilters, isFiltering, NO_FILTERS } from './catalog-filter.js';
import {
  OWNERSHIP_IDS,
  OWNERSHIP_LABELS,
  SERVICE_MODEL_IDS,
  SERVICE_MODEL_LABELS,
} from './catalog-labels.js';

const AUDIENCE_OPTIONS: { value: AudienceFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'csp', label: 'Provider (CSP)' },
  { value: 'csc', label: 'Customer (CSC)' },
  { value: 'both', label: 'Both' },
];

/** The filter bar of the catalog: cloud-extended only, whom the guidance addresses, ownership per model. */
export function CatalogFiltersBar({
  value,
  onChange,
  cloudData,
}: {
  value: CatalogFilters;
  onChange: (next: CatalogFilters) => void;
  /** False for frameworks without cloud guidance: the guidance and ownership filters do not apply. */
  cloudData: boolean;
}) {
  const set = (patch: Partial<CatalogFilters>) => onChange({ ...value, ...patch });
  return (
    <Stack gap="sm">
      <Group gap="lg" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="catalog-audience-label">
            Cloud guidance for
          </Text>
          <SegmentedControl
            aria-labelledby="catalog-audience-label"
            size="sm"
            disabled={!cloudData}
            value={value.audience}
            onChange={(v) => set({ audience: v as AudienceFilter })}
            data={AUDIENCE_OPTIONS}
          />
        </Stack>
        <Select
          label="Service model"
          placeholder="Any model"
          w={150}
          clearable
          disabled={!cloudData}
          value={value.serviceModel}
          onChange={(v) => set({ serviceModel: (v as ServiceModel | null) ?? null })}
          data={SERVICE_MODEL_IDS.map((m) => ({ value: m, label: SERVICE_MODEL_LABELS[m] }))}
        />
        <Select
          label="Owner"
          placeholder="Any owner"
          w={210}
          clearable
          disabled={!cloudData}
          value={value.owner}
          onChange={(v) => set({ owner: (v as Ownership | null) ?? null })}
          data={OWNERSHIP_IDS.map((o) => ({ value: o, label: OWNERSHIP_LABELS[o] }))}
        />
        <Switch
          label="Cloud-extended (CLD) only"
          checked={value.cloudOnly}
          onChange={(e) => set({ cloudOnly: e.currentTarget.checked })}
          mb={8}
        />
        {isFiltering(value) ? (
          <Button
            variant="subtle"
            size="sm"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => onChange(NO_FILTERS)}
          >
            Clear filters
          </Button>
        ) : null}
      </Group>
      {!cloudData ? (
        <Text size="xs" c="dimmed">
          Guidance and ownership filters apply to frameworks with Nimbus cloud guidance (ISO/IEC 27017).
        </Text>
      ) : value.owner && !value.serviceModel ? (
        <Text size="xs" c="dimmed">
          Showing controls where {OWNERSHIP_LABELS[value.owner].toLowerCase()} is the default owner in any
          service model. Pick a service model to narrow it.
        </Text>
      ) : null}
    </Stack>
  );
}
