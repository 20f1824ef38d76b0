import { Badge, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { GuidanceStatement } from '@nimbus/core';
import { IconCheck, IconCloudComputing, IconUsers } from '@tabler/icons-react';

function PartyColumn({
  party,
  title,
  icon,
  statements,
}: {
  party: 'CSP' | 'CSC';
  title: string;
  icon: React.ReactNode;
  statements: readonly GuidanceStatement[] | undefined;
}) {
  return (
    <Card withBorder padding="md" radius="md" h="100%">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <ThemeIcon variant="light" size="lg" aria-hidden>
          {icon}
        </ThemeIcon>
        <div>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {statements?.length
              ? `${statements.length} thing${statements.length === 1 ? '' : 's'} to do, each with how to show it`
              : `Guidance for the ${party}`}
          </Text>
        </div>
      </Group>
      {statements?.length ? (
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {statements.map((s, i) => (
            <li key={s.do}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge variant="light" circle size="md" aria-hidden style={{ flexShrink: 0 }}>
                  {i + 1}
                </Badge>
                <Stack gap={4}>
                  <Text size="sm">{s.do}</Text>
                  <Text size="sm" c="dimmed">
                    <Text span fw={600} c="dark.6" size="sm">
                      How to show it:{' '}
                    </Text>
                    {s.show}
                  </Text>
                </Stack>
              </Group>
            </li>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          No cloud-specific guidance for this party.
        </Text>
      )}
    </Card>
  );
}

/** Provider and customer guidance side by side, so both sides of the shared responsibility read together. */
export function GuidanceColumns({
  csp,
  csc,
}: {
  csp: readonly GuidanceStatement[] | undefined;
  csc: readonly GuidanceStatement[] | undefined;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <PartyColumn
        party="CSP"
        title="Cloud service provider (CSP)"
        icon={<IconCloudComputing size={20} />}
        statements={csp}
      />
      <PartyColumn
        party="CSC"
        title="Cloud service customer (CSC)"
        icon={<IconUsers size={20} />}
        statements={csc}
      />
    </SimpleGrid>
  );
}

/** A titled bullet list (typical evidence, provider disclosures). */
export function FactList({
  title,
  items,
  empty,
}: {
  title: string;
  items: readonly string[] | undefined;
  empty: string;
}) {
  return (
    <Card withBorder padding="md" radius="md" h="100%">
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {items?.length ? (
        <List
          spacing={6}
          size="sm"
          icon={
            <ThemeIcon size={18} radius="xl" variant="light" color="teal" aria-hidden>
              <IconCheck size={12} />
            </ThemeIcon>
          }
        >
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          {empty}
        </Text>
      )}
    </Card>
  );
}
