import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import type { ServiceModel } from '@nimbus/core';
import { useCatalogSearch } from '../../api/queries/catalog.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { PageLoader } from '../../components/page-loader.js';
import { type CatalogFilters, isFiltering, matchesFilters } from './catalog-filter.js';
import { ControlTable } from './control-table.js';

const FIELD_LABELS: Record<string, string> = {
  id: 'id',
  title: 'title',
  summary: 'summary',
  guidance: 'guidance',
  keywords: 'keywords',
  evidence: 'evidence',
  disclosures: 'disclosures',
};

/** Ranked hits of the full-text search, with the same filters as the tree applied on top. */
export function SearchResults({
  framework,
  query,
  filters,
  serviceModel,
  onClearFilters,
  onClearSearch,
}: {
  framework: string;
  query: string;
  filters: CatalogFilters;
  serviceModel: ServiceModel | null;
  onClearFilters: () => void;
  onClearSearch: () => void;
}) {
  const { data, error, isPending, refetch, isFetching } = useCatalogSearch(framework, query);
  if (isPending) return <PageLoader label="Searching the catalog" />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const hits = data.hits.filter((h) => matchesFilters(h, filters));
  const hidden = data.hits.length - hits.length;
  if (data.hits.length === 0)
    return (
      <EmptyState
        title={`No control matches “${query}”`}
        action={
          <Button variant="light" onClick={onClearSearch}>
            Clear the search
          </Button>
        }
      >
        Search covers control ids, titles, Nimbus guidance and keywords. Try a broader word such as “logging”,
        “deletion” or “hypervisor”.
      </EmptyState>
    );
  return (
    <Paper withBorder p="md" aria-busy={isFetching}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Text size="sm" role="status">
          {hits.length} {hits.length === 1 ? 'hit' : 'hits'} for “{data.query}”, best first
          {hidden > 0 ? ` (${hidden} hidden by the filters)` : ''}
        </Text>
        <Group gap="xs">
          {hidden > 0 && isFiltering(filters) ? (
            <Button size="xs" variant="subtle" onClick={onClearFilters}>
              Show all hits
            </Button>
          ) : null}
          <Button size="xs" variant="subtle" onClick={onClearSearch}>
            Back to the clause tree
          </Button>
        </Group>
      </Group>
      {hits.length > 0 ? (
        <ControlTable
          framework={framework}
          serviceModel={serviceModel}
          sections={[
            {
              id: 'hits',
              controls: hits.map((h) => ({
                ...h,
                matchedIn: Object.keys(h.matched).map((k) => FIELD_LABELS[k] ?? k),
              })),
            },
          ]}
        />
      ) : (
        <Alert color="gray" title="Every hit is hidden by the filters">
          Clear the filters to see the {data.hits.length} hits.
        </Alert>
      )}
    </Paper>
  );
}
