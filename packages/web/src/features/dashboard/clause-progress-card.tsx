import { BarChart } from '@mantine/charts';
import { Grid, ScrollArea, Table, Text } from '@mantine/core';
import type { AssessmentProgress } from '../../api/types.js';
import { clauseRows } from './dashboard-derive.js';
import { SectionCard } from './section-card.js';

/** Completion and score per clause: a bar chart with the same numbers in a table beside it. */
export function ClauseProgressCard({
  byClause,
  titles,
}: {
  byClause: AssessmentProgress['byClause'];
  titles?: ReadonlyMap<string, string>;
}) {
  const rows = clauseRows(byClause, titles);
  return (
    <SectionCard title="Progress by clause" id="dash-clauses">
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <BarChart
            h={320}
            data={rows.map((r) => ({ ...r, clause: `Clause ${r.clause}` }))}
            dataKey="clause"
            series={[
              { name: 'completion', label: 'Completion', color: 'blue.6' },
              { name: 'score', label: 'Score', color: 'teal.6' },
            ]}
            unit="%"
            withLegend
            legendProps={{ verticalAlign: 'top', height: 36 }}
            yAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100] }}
            xAxisProps={{ tickFormatter: (v: string) => v.replace('Clause ', '') }}
            gridAxis="y"
            maxBarWidth={18}
            aria-hidden="true"
            accessibilityLayer={false}
          />
          <Text size="xs" c="dimmed" ta="center" mt={4}>
            Clause numbers along the bottom; the table gives every value.
          </Text>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ScrollArea.Autosize
            mah={360}
            type="auto"
            offsetScrollbars
            viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': 'Progress by clause, scrollable' }}
          >
            <Table
              stickyHeader
              verticalSpacing={4}
              horizontalSpacing="xs"
              fz="sm"
              striped
              aria-label="Completion and score by clause"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Clause</Table.Th>
                  <Table.Th ta="right">Assessed</Table.Th>
                  <Table.Th ta="right">Completion</Table.Th>
                  <Table.Th ta="right">Score</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.clause}>
                    <Table.Td>
                      <Text size="sm" lineClamp={1} title={r.title ? `${r.clause} ${r.title}` : r.clause}>
                        <Text span fw={600} inherit>
                          {r.clause}
                        </Text>{' '}
                        {r.title}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {r.assessed}/{r.applicable}
                    </Table.Td>
                    <Table.Td ta="right">{r.completion}%</Table.Td>
                    <Table.Td ta="right">{r.score}%</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Grid.Col>
      </Grid>
    </SectionCard>
  );
}
