import { Badge, Table, Text } from '@mantine/core';
import type { Ownership, ServiceModel } from '@nimbus/core';
import {
  OWNERSHIP_COLORS,
  OWNERSHIP_LABELS,
  SERVICE_MODEL_IDS,
  SERVICE_MODEL_LABELS,
} from './catalog-labels.js';

/** Default owner per service model (CSA SSRM vocabulary), as a small three-column table. */
export function OwnershipTable({ ownership }: { ownership: Readonly<Record<ServiceModel, Ownership>> }) {
  return (
    <Table withTableBorder withColumnBorders maw={560} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          {SERVICE_MODEL_IDS.map((m) => (
            <Table.Th key={m} ta="center">
              {SERVICE_MODEL_LABELS[m]}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          {SERVICE_MODEL_IDS.map((m) => {
            const owner = ownership[m];
            return (
              <Table.Td key={m} ta="center">
                {owner ? (
                  <Badge variant="light" color={OWNERSHIP_COLORS[owner]}>
                    {OWNERSHIP_LABELS[owner]}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            );
          })}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
