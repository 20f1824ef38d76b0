import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ServiceModel } from '@nimbus/core';
import { Fragment } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ControlSummary } from '../../api/catalog-types.js';
import { useOrgId } from '../../api/session.js';
import { controlPath, OWNERSHIP_COLORS, OWNERSHIP_LABELS, SERVICE_MODEL_LABELS } from './catalog-labels.js';
import { ControlBadges } from './control-badges.js';

export interface ControlRowData extends ControlSummary {
  readonly summary?: string | null;
  readonly matchedIn?: readonly string[];
}

/** A run of rows under an optional sub-heading (an objective inside a clause). */
export interface ControlSection {
  readonly id: string;
  readonly title?: string | null;
  readonly controls: readonly ControlRowData[];
}

function ControlRow({
  c,
  framework,
  serviceModel,
}: {
  c: ControlRowData;
  framework: string;
  serviceModel: ServiceModel | null;
}) {
  const orgId = useOrgId();
  const navigate = useNavigate();
  const to = controlPath(orgId, framework, c.id);
  const owner = serviceModel ? c.ownership?.[serviceModel] : undefined;
  return (
    <Table.Tr style={{ cursor: 'pointer' }} onClick={() => navigate(to)}>
      <Table.Td>
        <Anchor
          component={Link}
          to={to}
          fw={600}
          size="sm"
          ff="monospace"
          onClick={(e) => e.stopPropagation()}
        >
          {c.id}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {c.title ? (
          <Text size="sm">{c.title}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            Title not held (reference-only framework)
          </Text>
        )}
        {c.summary ? (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {c.summary}
          </Text>
        ) : null}
        {c.matchedIn?.length ? (
          <Text size="xs" c="dimmed" mt={2}>
            Matched in: {c.matchedIn.join(', ')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <ControlBadges kind={c.kind} audience={c.audience} verification={c.verification} />
      </Table.Td>
      {serviceModel ? (
        <Table.Td>
          {owner ? (
            <Badge variant="light" color={OWNERSHIP_COLORS[owner]} size="sm">
              {OWNERSHIP_LABELS[owner]}
            </Badge>
          ) : (
            <Text size="xs" c="dimmed">
              No default
            </Text>
          )}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** Controls as rows: the id is a link (keyboard), the whole row opens the control page (mouse). */
export function ControlTable({
  framework,
  sections,
  serviceModel = null,
}: {
  framework: string;
  sections: readonly ControlSection[];
  /** When set, a column shows the default owner in this service model. */
  serviceModel?: ServiceModel | null;
}) {
  const columns = serviceModel ? 4 : 3;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>Control</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th w={300}>Cloud guidance</Table.Th>
            {serviceModel ? <Table.Th w={180}>Owner ({SERVICE_MODEL_LABELS[serviceModel]})</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sections.map((s) => (
            <Fragment key={s.id}>
              {s.title !== undefined ? (
                <Table.Tr bg="var(--mantine-color-gray-0)">
                  <Table.Th colSpan={columns} scope="colgroup">
                    <Text span ff="monospace" c="dimmed" size="sm" mr={8}>
                      {s.id}
                    </Text>
                    <Text span size="sm" fw={600}>
                      {s.title ?? ''}
                    </Text>
                  </Table.Th>
                </Table.Tr>
              ) : null}
              {s.controls.map((c) => (
                <ControlRow key={c.id} c={c} framework={framework} serviceModel={serviceModel} />
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
