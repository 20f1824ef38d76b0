import { Accordion, Badge, Group, Text } from '@mantine/core';
import type { ServiceModel } from '@nimbus/core';
import type { FilteredGroup } from './catalog-filter.js';
import { type ControlSection, ControlTable } from './control-table.js';

const groupName = (g: FilteredGroup['group']) => (g.title ? `${g.id} ${g.title}` : g.id);

function GroupCounts({ group, filtering }: { group: FilteredGroup; filtering: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      {group.cloudExtended > 0 ? (
        <Badge color="blue" variant="light" size="sm">
          {group.cloudExtended} CLD
        </Badge>
      ) : null}
      <Badge color="gray" variant="light" size="sm">
        {filtering
          ? `${group.shown} of ${group.total}`
          : `${group.total} control${group.total === 1 ? '' : 's'}`}
      </Badge>
    </Group>
  );
}

/** Flattens a clause into table sections: its own controls, then each objective (at any depth). */
export const sectionsOf = (group: FilteredGroup): ControlSection[] => {
  const out: ControlSection[] = [];
  const walk = (g: FilteredGroup, top: boolean) => {
    if (g.controls.length > 0)
      out.push(
        top
          ? { id: g.group.id, controls: g.controls }
          : { id: g.group.id, title: g.group.title, controls: g.controls },
      );
    for (const sub of g.groups) walk(sub, false);
  };
  walk(group, true);
  return out;
};

/** One accordion item per clause (top-level group) with the count of controls it holds. */
export function ClauseAccordion({
  groups,
  framework,
  filtering,
  serviceModel,
  opened,
  onOpenedChange,
}: {
  groups: readonly FilteredGroup[];
  framework: string;
  filtering: boolean;
  serviceModel: ServiceModel | null;
  opened: string[];
  onOpenedChange: (value: string[]) => void;
}) {
  return (
    <Accordion multiple variant="separated" order={2} value={opened} onChange={onOpenedChange}>
      {groups.map((g) => (
        <Accordion.Item key={g.group.id} value={g.group.id}>
          <Accordion.Control>
            <Group justify="space-between" wrap="nowrap" pr="sm">
              <Text fw={600} size="sm">
                {groupName(g.group)}
              </Text>
              <GroupCounts group={g} filtering={filtering} />
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <ControlTable framework={framework} sections={sectionsOf(g)} serviceModel={serviceModel} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
