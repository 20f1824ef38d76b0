import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import type { CloudService } from '@nimbus/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { badgeText } from '../dashboard/badge-text.js';
import {
  CLASSIFICATION_LABEL,
  CRITICALITY_COLOR,
  CRITICALITY_LABEL,
  MODEL_HINT,
  MODEL_LABEL,
  ROLE_LABEL,
} from './service-vocabulary.js';
import type { ServiceSort } from './services-sort.js';
import { SortHeader } from './sort-header.js';

/** The register as a table; edit and remove buttons only for roles that may change it. */
export function ServicesTable({
  services,
  sort,
  onSort,
  canWrite,
  scopeOf,
  onEdit,
  onDelete,
}: {
  services: readonly CloudService[];
  sort: ServiceSort;
  onSort: (sort: ServiceSort) => void;
  canWrite: boolean;
  scopeOf: (serviceId: string) => readonly string[];
  onEdit: (s: CloudService) => void;
  onDelete: (s: CloudService) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table verticalSpacing="sm" fz="sm" highlightOnHover aria-label="Cloud services register">
        <Table.Thead>
          <Table.Tr>
            <SortHeader label="Service" column="name" sort={sort} onSort={onSort} />
            <SortHeader label="Our role" column="role" sort={sort} onSort={onSort} />
            <SortHeader label="Model" column="serviceModel" sort={sort} onSort={onSort} />
            <SortHeader label="Provider" column="provider" sort={sort} onSort={onSort} />
            <SortHeader label="Criticality" column="criticality" sort={sort} onSort={onSort} />
            <SortHeader label="Classification" column="dataClassification" sort={sort} onSort={onSort} />
            <Table.Th>In scope of</Table.Th>
            {canWrite ? (
              <Table.Th w={96}>
                <Text fw={700} size="sm">
                  Actions
                </Text>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((s) => {
            const scope = scopeOf(s.id);
            const crit = CRITICALITY_COLOR[s.criticality];
            return (
              <Table.Tr key={s.id}>
                <Table.Td maw={300}>
                  <Text size="sm" fw={600}>
                    {s.name}
                  </Text>
                  {s.description ? (
                    <Text size="xs" c="dimmed" lineClamp={2} title={s.description}>
                      {s.description}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={s.role === 'provider' ? 'indigo' : 'cyan'}
                    c={badgeText(s.role === 'provider' ? 'indigo' : 'cyan')}
                    tt="none"
                    miw="max-content"
                  >
                    {ROLE_LABEL[s.role]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <abbr title={MODEL_HINT[s.serviceModel]} style={{ textDecoration: 'none' }}>
                    {MODEL_LABEL[s.serviceModel]}
                  </abbr>
                </Table.Td>
                <Table.Td>{s.provider}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={crit.color}
                    c={badgeText(crit.color)}
                    tt="none"
                    miw="max-content"
                  >
                    {CRITICALITY_LABEL[s.criticality]}
                  </Badge>
                </Table.Td>
                <Table.Td>{CLASSIFICATION_LABEL[s.dataClassification]}</Table.Td>
                <Table.Td>
                  {scope.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      No assessment
                    </Text>
                  ) : (
                    <Text size="sm" lineClamp={2} title={scope.join('\n')}>
                      {scope.length === 1 ? scope[0] : `${scope.length} assessments`}
                    </Text>
                  )}
                </Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label="Edit">
                        <ActionIcon variant="subtle" aria-label={`Edit ${s.name}`} onClick={() => onEdit(s)}>
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Remove">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove ${s.name}`}
                          onClick={() => onDelete(s)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
