import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../dashboard/status-badge.js';
import { ApplicableCell } from './applicable-cell.js';
import { groupSoaRows } from './soa-rows.js';
import type { SoaNumbering, SoaRow } from './soa-types.js';

/** A control id that opens its result in the assessment when the assessment has one. */
function ControlRef({ id, resultHref }: { id: string; resultHref: (controlId: string) => string | null }) {
  const href = resultHref(id);
  return href ? (
    <Anchor component={Link} to={href} size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
      {id}
    </Anchor>
  ) : (
    <Text span size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
      {id}
    </Text>
  );
}

/** The Statement of Applicability grouped by clause (2015) or theme (2022). */
export function SoaTable({
  rows,
  numbering,
  resultHref,
}: {
  rows: readonly SoaRow[];
  numbering: SoaNumbering;
  resultHref: (controlId: string) => string | null;
}) {
  const withSources = numbering === '2022';
  const columns = withSources ? 7 : 6;
  return (
    <Table.ScrollContainer minWidth={withSources ? 1000 : 940} type="native">
      <Table
        verticalSpacing="xs"
        fz="sm"
        highlightOnHover
        aria-label={`Statement of Applicability, ${numbering === '2022' ? 'ISO/IEC 27001:2022 Annex A' : 'ISO/IEC 27017:2015'} numbering`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={84}>Control</Table.Th>
            <Table.Th w={200}>Title</Table.Th>
            {withSources ? <Table.Th w={110}>Assessed as</Table.Th> : null}
            <Table.Th w={120}>Applicable</Table.Th>
            <Table.Th>Justification</Table.Th>
            <Table.Th w={170}>Status</Table.Th>
            <Table.Th w={210}>Evidence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupSoaRows(rows).map((g) => (
            <Fragment key={`${g.group}-${g.rows[0]!.control}`}>
              <Table.Tr bg="var(--mantine-color-gray-1)">
                <Table.Th colSpan={columns} scope="colgroup">
                  {g.group || 'Other controls'}
                </Table.Th>
              </Table.Tr>
              {g.rows.map((r) => (
                <Table.Tr key={r.control}>
                  <Table.Td>
                    <ControlRef id={r.control} resultHref={resultHref} />
                  </Table.Td>
                  <Table.Td>{r.title}</Table.Td>
                  {withSources ? (
                    <Table.Td>
                      {r.sources.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          None
                        </Text>
                      ) : (
                        <Group gap={6}>
                          {r.sources.map((s) => (
                            <ControlRef key={s} id={s} resultHref={resultHref} />
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                  ) : null}
                  <Table.Td>
                    <ApplicableCell applicable={r.applicable} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>
                    {r.justification || (
                      <Text span size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td>
                    {r.evidence.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        None linked
                      </Text>
                    ) : (
                      <Stack gap={2}>
                        {r.evidence.map((e) => (
                          <Text key={e} size="xs" style={{ wordBreak: 'break-word' }}>
                            {e}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
