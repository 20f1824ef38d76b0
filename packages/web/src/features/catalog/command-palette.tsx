import { Badge, Group, Text } from '@mantine/core';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useCatalogSearch } from '../../api/queries/catalog.js';
import { router } from '../../app/router.js';
import { DEFAULT_FRAMEWORK_ID } from './catalog-labels.js';

export const openCommandPalette = () => spotlight.open();

/** The palette's dialog is named by a title that only assistive technologies see (the search box says it all). */
const HIDDEN_HEADER = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

const orgInPath = () => /^\/o\/([^/]+)/.exec(window.location.pathname)?.[1];

/** Ctrl/Cmd+K: search control ids, titles and guidance, and jump to the control. */
export function CommandPalette() {
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(query.trim()), 150);
    return () => clearTimeout(t);
  }, [query]);
  const { data } = useCatalogSearch(DEFAULT_FRAMEWORK_ID, debounced, {
    limit: 12,
    enabled: Boolean(orgInPath()),
  });
  const hits = debounced ? (data?.hits ?? []) : [];
  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K', '/']}
      scrollable
      maxHeight={480}
      title="Search controls"
      styles={{ header: HIDDEN_HEADER }}
    >
      <Spotlight.Search
        placeholder="Search controls: id, title, guidance (e.g. incident, hypervisor)"
        leftSection={<IconSearch size={18} />}
        aria-label="Search controls"
      />
      <Spotlight.ActionsList>
        {hits.length > 0 ? (
          hits.map((h) => (
            <Spotlight.Action
              key={`${h.framework}-${h.id}`}
              onClick={() =>
                router.navigate(
                  `/o/${orgInPath()}/catalog/${encodeURIComponent(h.framework)}/${encodeURIComponent(h.id)}`,
                )
              }
            >
              <Group wrap="nowrap" w="100%" align="flex-start">
                <Badge variant="light" w={96} style={{ flexShrink: 0 }}>
                  {h.id}
                </Badge>
                <div>
                  <Text size="sm" fw={500}>
                    {h.title}
                  </Text>
                  {h.summary ? (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {h.summary}
                    </Text>
                  ) : null}
                </div>
              </Group>
            </Spotlight.Action>
          ))
        ) : (
          <Spotlight.Empty>
            {debounced ? 'No control matches.' : 'Type to search the ISO/IEC 27017 catalog.'}
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
