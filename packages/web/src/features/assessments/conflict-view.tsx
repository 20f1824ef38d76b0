import { Alert, Badge, Box, Button, Group, ScrollArea, Table, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import type { ControlResult } from '../../api/types.js';
import { DRAFT_FIELDS, type DraftField, draftOf, FIELD_LABEL, type ResultDraft } from './result-draft.js';
import { formatDate, formatDateTime, STATUS_LABEL } from './vocabulary.js';

export interface ConflictViewProps {
  /** The version the user started editing from. */
  readonly base: ResultDraft;
  /** The user's draft (kept in the form; never thrown away by a conflict). */
  readonly mine: ResultDraft;
  /** What the server stores now (`current` of the 409), or null when the result was deleted. */
  readonly theirs: ControlResult | null;
  readonly memberName: (id: string | null) => string;
  readonly applying: boolean;
  readonly onApplyMine: () => void;
  readonly onDiscardMine: () => void;
}

const LONG: ReadonlySet<DraftField> = new Set(['justification', 'implementation']);

export const formatField = (
  field: DraftField,
  value: ResultDraft[DraftField],
  memberName: (id: string | null) => string,
): string => {
  switch (field) {
    case 'status':
      return STATUS_LABEL[value as ResultDraft['status']];
    case 'applicable':
      return value ? 'Applicable' : 'Excluded';
    case 'ownerId':
      return value ? memberName(value as string) : 'Unassigned';
    case 'dueDate':
      return value ? formatDate(value as string) : 'No due date';
    default:
      return (value as string) || '(empty)';
  }
};

function Value({ field, text }: { field: DraftField; text: string }) {
  if (!LONG.has(field)) return <Text size="sm">{text}</Text>;
  return (
    <ScrollArea.Autosize mah={140} type="auto">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {text}
      </Text>
    </ScrollArea.Autosize>
  );
}

/**
 * A stale edit (409): what changed, field by field (the version now stored against the user's draft), and the
 * two ways out: apply the user's changes on top of the new version, or take the new version.
 */
export function ConflictView({
  base,
  mine,
  theirs,
  memberName,
  applying,
  onApplyMine,
  onDiscardMine,
}: ConflictViewProps) {
  if (!theirs) {
    return (
      <Alert color="red" title="This control result was deleted" role="alert">
        <Text size="sm">
          Someone deleted it (or its assessment) while you were editing. Copy your text from the form below if
          you need it elsewhere.
        </Text>
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onDiscardMine}>
            Discard mine
          </Button>
        </Group>
      </Alert>
    );
  }
  const stored = draftOf(theirs);
  const fields = DRAFT_FIELDS.filter((f) => base[f] !== mine[f] || base[f] !== stored[f]);
  const who = theirs.updatedBy ? memberName(theirs.updatedBy) : 'Someone';

  return (
    <Alert
      color="orange"
      icon={<IconGitMerge size={18} aria-hidden />}
      title="This control changed while you were editing"
      role="alert"
    >
      <Text size="sm" mb="sm">
        {who} saved version {theirs.version} at {formatDateTime(theirs.updatedAt)}. Your changes were not
        saved, and nothing you typed is lost: compare below, then apply yours on top of the new version or
        take theirs.
      </Text>
      <Box style={{ overflowX: 'auto' }}>
        <Table withTableBorder verticalSpacing={6} fz="sm" bg="var(--mantine-color-body)">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>Field</Table.Th>
              <Table.Th>Now stored</Table.Th>
              <Table.Th>Your draft</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((f) => {
              const mineChanged = base[f] !== mine[f];
              const theirsChanged = base[f] !== stored[f];
              const both = mineChanged && theirsChanged && mine[f] !== stored[f];
              return (
                <Table.Tr key={f} data-field={f}>
                  <Table.Th scope="row" fw={600}>
                    {FIELD_LABEL[f]}
                    <Badge
                      display="block"
                      mt={4}
                      size="xs"
                      variant="light"
                      tt="none"
                      color={both ? 'red' : theirsChanged ? 'orange' : 'blue'}
                    >
                      {both
                        ? 'Both changed'
                        : theirsChanged && mineChanged
                          ? 'Same change'
                          : theirsChanged
                            ? 'Changed by them'
                            : 'Changed by you'}
                    </Badge>
                  </Table.Th>
                  <Table.Td>
                    <Value field={f} text={formatField(f, stored[f], memberName)} />
                  </Table.Td>
                  <Table.Td>
                    {mineChanged ? (
                      <Value field={f} text={formatField(f, mine[f], memberName)} />
                    ) : (
                      <Text size="sm" c="dimmed" fs="italic">
                        Not changed by you (theirs is kept)
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Box>
      <Group mt="sm" gap="sm">
        <Button size="xs" color="orange" onClick={onApplyMine} loading={applying}>
          Apply my changes again
        </Button>
        <Button size="xs" variant="default" onClick={onDiscardMine} disabled={applying}>
          Discard mine
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        Applying again saves only the fields you changed; their other changes stay.
      </Text>
    </Alert>
  );
}
