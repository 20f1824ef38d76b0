import { Code, Stack, Table, Text } from '@mantine/core';
import type { ControlCheckView } from '../../api/catalog-types.js';

/**
 * The scanner checks that give evidence for a control (the catalog's check links), with what a pass shows.
 * `nimbus scan <paths> --controls <id>` runs exactly these.
 */
export function ControlChecks({
  controlId,
  checks,
}: {
  controlId: string;
  checks: readonly ControlCheckView[];
}) {
  if (checks.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No scanner check covers {controlId}: its evidence comes from people, documents and records.
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        A scan of your infrastructure code or cloud snapshot with these checks gives automated evidence for{' '}
        {controlId}: <Code>nimbus scan &lt;paths&gt; --controls {controlId}</Code>
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={6} fz="sm" aria-label={`Scanner checks for ${controlId}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={280}>Check</Table.Th>
              <Table.Th>What a pass shows</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {checks.map((c) => (
              <Table.Tr key={c.check}>
                <Table.Td>
                  <Code>{c.check}</Code>
                </Table.Td>
                <Table.Td>{c.why}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
