import { Button, CloseButton, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useCatalogTree, useFrameworks } from '../../api/queries/catalog.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { countControls, filterTree, hasCloudData, isFiltering, NO_FILTERS } from './catalog-filter.js';
import { CatalogFiltersBar } from './catalog-filters.js';
import { ClauseAccordion } from './clause-accordion.js';
import { SearchResults } from './search-results.js';
import { useCatalogParams } from './use-catalog-params.js';

/** The clause tree of a framework with filters and full-text search. */
export default function CatalogPage() {
  const { framework, query, filters, setFilters, setFramework, setQuery } = useCatalogParams();
  const frameworks = useFrameworks();
  const tree = useCatalogTree(framework);
  const [input, setInput] = useState(query);
  const [debounced] = useDebouncedValue(input.trim(), 250);
  const [opened, setOpened] = useState<string[]>([]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: push the typed text to the URL once it settles
  useEffect(() => {
    if (debounced !== query) setQuery(debounced);
  }, [debounced]);

  const filtering = isFiltering(filters);
  const visible = useMemo(
    () => (tree.data ? filterTree(tree.data.groups, filters) : []),
    [tree.data, filters],
  );
  const total = tree.data ? countControls(tree.data.groups) : 0;
  const shown = visible.reduce((n, g) => n + g.shown, 0);
  const cloudData = tree.data ? hasCloudData(tree.data.groups) : true;
  const current = frameworks.data?.find((f) => f.id === framework);

  // Filtering opens every clause that still has matches; clearing the filters folds them again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the filters or the framework change
  useEffect(() => {
    setOpened(filtering ? visible.map((g) => g.group.id) : []);
  }, [filters, tree.data]);

  const frameworkSelect = (
    <Select
      label="Framework"
      w={280}
      allowDeselect={false}
      value={framework}
      onChange={(v) => {
        if (v) {
          setFramework(v);
          setOpened([]);
        }
      }}
      data={
        frameworks.data?.map((f) => ({
          value: f.id,
          label: `${f.name}${f.referenceOnly ? ' (ids only)' : ''}`,
        })) ?? [{ value: framework, label: framework }]
      }
    />
  );

  return (
    <>
      <PageHeader
        title="Control catalog"
        description={
          current
            ? `${current.name}: ${current.title}`
            : 'Every control with Nimbus guidance for providers and customers'
        }
      />
      <Stack gap="md">
        <Paper withBorder p="md">
          <Stack gap="md">
            <Group align="flex-end" gap="md" wrap="wrap">
              <TextInput
                style={{ flex: '1 1 320px' }}
                label="Search controls"
                placeholder="Id, title, guidance or keyword, e.g. incident, deletion, 12.4.1"
                leftSection={<IconSearch size={16} />}
                value={input}
                onChange={(e) => setInput(e.currentTarget.value)}
                rightSection={
                  input ? <CloseButton aria-label="Clear the search" onClick={() => setInput('')} /> : null
                }
              />
              {frameworkSelect}
            </Group>
            <CatalogFiltersBar value={filters} onChange={setFilters} cloudData={cloudData} />
          </Stack>
        </Paper>

        {query ? (
          <SearchResults
            framework={framework}
            query={query}
            filters={filters}
            serviceModel={filters.serviceModel}
            onClearFilters={() => setFilters(NO_FILTERS)}
            onClearSearch={() => setInput('')}
          />
        ) : tree.isPending ? (
          <PageLoader label="Loading the catalog" />
        ) : tree.error ? (
          <ErrorState error={tree.error} onRetry={() => tree.refetch()} />
        ) : total === 0 ? (
          <EmptyState title="This framework has no controls">
            Pick another framework above. If this is unexpected, rebuild the catalog with{' '}
            <code>npm run build</code>.
          </EmptyState>
        ) : visible.length === 0 ? (
          <EmptyState
            title="No control matches these filters"
            action={
              <Button variant="light" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </Button>
            }
          >
            Loosen a filter: for example pick “Any owner”, or turn off “Cloud-extended only”.
          </EmptyState>
        ) : (
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" c="dimmed" role="status">
                {filtering ? `Showing ${shown} of ${total} controls` : `${total} controls`} in{' '}
                {visible.length} {visible.length === 1 ? 'clause' : 'clauses'}. Click a control to open its
                guidance.
              </Text>
              <Group gap="xs">
                <Button size="xs" variant="subtle" onClick={() => setOpened(visible.map((g) => g.group.id))}>
                  Expand all
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setOpened([])}>
                  Collapse all
                </Button>
              </Group>
            </Group>
            <ClauseAccordion
              groups={visible}
              framework={framework}
              filtering={filtering}
              serviceModel={filters.serviceModel}
              opened={opened}
              onOpenedChange={setOpened}
            />
          </Stack>
        )}
      </Stack>
    </>
  );
}
