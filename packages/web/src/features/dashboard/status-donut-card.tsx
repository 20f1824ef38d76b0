import { DonutChart } from '@mantine/charts';
import { ColorSwatch, Group, Stack, Table, Text } from '@mantine/core';
import type { Progress } from '@nimbus/core';
import { statusSlices } from './dashboard-derive.js';
import { percent } from './format.js';
import { SectionCard } from './section-card.js';

/** Results by status: a donut with a legend that gives every count and share in words. */
export function StatusDonutCard({ progress }: { progress: Progress }) {
  const slices = statusSlices(progress);
  const shown = slices.filter((s) => s.value > 0);
  return (
    <SectionCard title="Results by status" id="dash-status">
      <Group align="center" justify="center" gap="xl" wrap="wrap">
        <DonutChart
          data={shown.map(({ name, value, color }) => ({ name, value, color }))}
          size={180}
          thickness={26}
          paddingAngle={1}
          chartLabel={`${progress.total} controls`}
          tooltipDataSource="segment"
          aria-hidden="true"
          accessibilityLayer={false}
          pieProps={{ rootTabIndex: -1 }}
        />
        <Table
          verticalSpacing={4}
          horizontalSpacing="xs"
          w="auto"
          fz="sm"
          captionSide="bottom"
          aria-label="Control results by status"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Controls</Table.Th>
              <Table.Th ta="right">Share</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {slices.map((s) => (
              <Table.Tr key={s.status}>
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    <ColorSwatch
                      color={`var(--mantine-color-${s.color.replace('.', '-')})`}
                      size={12}
                      aria-hidden="true"
                    />
                    <Text size="sm" c={s.value === 0 ? 'dimmed' : undefined}>
                      {s.name}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {s.value}
                </Table.Td>
                <Table.Td ta="right" c="dimmed">
                  {percent(s.share)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Group>
      <Stack gap={0} mt="sm">
        <Text size="xs" c="dimmed" ta="center">
          Hover a segment for its count. Not applicable controls are excluded from completion and score.
        </Text>
      </Stack>
    </SectionCard>
  );
}
