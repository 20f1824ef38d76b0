import { Anchor, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { ControlMappingView, FrameworkInfo } from '../../api/catalog-types.js';
import { useOrgId } from '../../api/session.js';
import { controlPath, RELATION_HELP, RELATION_LABELS } from './catalog-labels.js';
import { ProvenanceBadge } from './provenance-badge.js';

interface FrameworkMappings {
  readonly framework: string;
  readonly name: string;
  readonly links: ControlMappingView[];
}

/** Groups links by target framework, in the catalog's framework order. */
export const groupMappings = (
  mappings: readonly ControlMappingView[],
  frameworks: readonly FrameworkInfo[] | undefined,
): FrameworkMappings[] => {
  const byFw = new Map<string, FrameworkMappings>();
  for (const m of mappings) {
    const entry = byFw.get(m.framework) ?? { framework: m.framework, name: m.frameworkName, links: [] };
    entry.links.push(m);
    byFw.set(m.framework, entry);
  }
  const order = (id: string) => {
    const i = frameworks?.findIndex((f) => f.id === id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...byFw.values()].sort((a, b) => order(a.framework) - order(b.framework));
};

/** Where this control goes in other frameworks: relation, provenance, and composition ("via"). */
export function MappingsSection({
  controlId,
  mappings,
  frameworks,
}: {
  controlId: string;
  mappings: readonly ControlMappingView[];
  frameworks: readonly FrameworkInfo[] | undefined;
}) {
  const orgId = useOrgId();
  const known = new Set(frameworks?.map((f) => f.id));
  const nameOf = (id: string) => frameworks?.find((f) => f.id === id)?.name ?? id;
  const groups = groupMappings(mappings, frameworks);
  if (groups.length === 0)
    return (
      <Text size="sm" c="dimmed" fs="italic">
        No mapping to another framework is recorded for this control.
      </Text>
    );
  return (
    <Stack gap="lg">
      {groups.map((g) => (
        <Stack key={g.framework} gap={6}>
          <Title order={3} size="h5">
            {g.name}{' '}
            <Text span size="sm" c="dimmed" fw={400}>
              ({g.links.length} {g.links.length === 1 ? 'link' : 'links'})
            </Text>
          </Title>
          <Table.ScrollContainer minWidth={680}>
            <Table verticalSpacing="xs" withTableBorder layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>{controlId} is…</Table.Th>
                  <Table.Th>Mapped control</Table.Th>
                  <Table.Th w={130}>Provenance</Table.Th>
                  <Table.Th w="35%">Source</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.links.map((l) => (
                  <Table.Tr key={`${l.framework}-${l.control}-${l.mapping}`}>
                    <Table.Td>
                      <Tooltip label={RELATION_HELP[l.relation]} withArrow>
                        <Text size="sm" fw={500} style={{ cursor: 'help' }} span>
                          {RELATION_LABELS[l.relation]}
                        </Text>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap" align="baseline">
                        {known.has(l.framework) ? (
                          <Anchor
                            component={Link}
                            to={controlPath(orgId, l.framework, l.control)}
                            ff="monospace"
                            fw={600}
                            size="sm"
                          >
                            {l.control}
                          </Anchor>
                        ) : (
                          <Text ff="monospace" fw={600} size="sm">
                            {l.control}
                          </Text>
                        )}
                        <Text size="sm">{l.title ?? ''}</Text>
                      </Group>
                      {l.via ? (
                        <Text size="xs" c="dimmed">
                          Composed via {nameOf(l.via)}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <ProvenanceBadge provenance={l.provenance} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {l.reference}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ))}
    </Stack>
  );
}
