import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { CloudService } from '@nimbus/core';
import { IconGitMerge } from '@tabler/icons-react';
import { badgeText } from '../dashboard/badge-text.js';
import { displayValue, FIELD_LABEL } from './service-display.js';
import type { ServiceInput } from './service-form-values.js';

/**
 * Shown after a 409: someone saved the service since the user opened it. Lists the fields either side changed
 * with the stored value and the user's, and lets them apply their change on top, edit again, or keep theirs.
 */
export function ConflictPanel({
  base,
  current,
  mine,
  applying,
  onApply,
  onEdit,
  onDiscard,
}: {
  base: CloudService;
  current: CloudService | null;
  mine: Partial<ServiceInput>;
  applying: boolean;
  onApply: () => void;
  onEdit: () => void;
  onDiscard: () => void;
}) {
  if (!current)
    return (
      <Alert color="red" title="This service was deleted" role="alert">
        <Text size="sm">
          Someone removed it from the register while you were editing. Your change was not saved.
        </Text>
        <Group mt="sm">
          <Button size="xs" variant="light" onClick={onDiscard}>
            Close
          </Button>
        </Group>
      </Alert>
    );
  const fields = (Object.keys(FIELD_LABEL) as (keyof ServiceInput)[]).filter(
    (f) => f in mine || current[f] !== base[f],
  );
  return (
    <Stack gap="md">
      <Alert
        color="orange"
        icon={<IconGitMerge size={18} />}
        title="Someone changed this service"
        role="alert"
        styles={{ title: { color: badgeText('orange') } }}
      >
        <Text size="sm">
          It was saved by someone else (now version {current.version}) after you opened it. Review both
          versions: applying yours changes only the fields you edited and keeps the rest of theirs.
        </Text>
      </Alert>
      <Table withTableBorder withColumnBorders fz="sm" aria-label="Their version and yours">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Field</Table.Th>
            <Table.Th>Now stored (theirs)</Table.Th>
            <Table.Th>Your change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((f) => {
            const clash = f in mine && current[f] !== base[f] && current[f] !== mine[f];
            return (
              <Table.Tr key={f}>
                <Table.Th scope="row" fw={500}>
                  {FIELD_LABEL[f]}
                  {clash ? (
                    <Text size="xs" c="red.8" fw={600}>
                      Both changed
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{displayValue(f, current[f])}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>
                  {f in mine ? (
                    displayValue(f, mine[f]!)
                  ) : (
                    <Text span size="sm" c="dimmed">
                      not changed by you
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDiscard} disabled={applying}>
          Keep theirs
        </Button>
        <Button variant="light" onClick={onEdit} disabled={applying}>
          Edit again
        </Button>
        <Button onClick={onApply} loading={applying}>
          Apply my changes
        </Button>
      </Group>
    </Stack>
  );
}
