import { Group, Paper, Progress, RingProgress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import type { AssessmentProgress } from '../../api/types.js';
import { percent, STATUS_LABEL, STATUS_SWATCH, STATUSES } from './vocabulary.js';

function Stat({
  label,
  ratio,
  color,
  value,
  detail,
}: {
  label: string;
  ratio: number;
  color: string;
  value: string;
  detail: string;
}) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Group gap="sm" wrap="wrap">
        <RingProgress
          size={64}
          thickness={7}
          roundCaps
          sections={[{ value: percent(ratio), color }]}
          aria-hidden
        />
        <Stack gap={0} miw={0}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {label}
          </Text>
          <Text fw={700} size="xl" lh={1.2}>
            {value}
          </Text>
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

/** Completion, implementation score and cloud-extended progress, then the split by status as one bar. */
export function AssessmentSummary({ progress }: { progress: AssessmentProgress }) {
  const { overall, cloudExtended } = progress;
  const { byStatus } = overall;
  return (
    <Stack gap="sm" mb="md">
      <SimpleGrid type="container" cols={{ base: 1, '440px': 3 }} spacing="sm">
        <Stat
          label="Completion"
          ratio={overall.completion}
          color="blue"
          value={`${percent(overall.completion)}%`}
          detail={`${overall.assessed} of ${overall.applicable} applicable controls assessed`}
        />
        <Stat
          label="Implementation score"
          ratio={overall.score}
          color="teal"
          value={`${percent(overall.score)}%`}
          detail={`${byStatus.implemented} implemented, ${byStatus['partially-implemented']} partially, ${byStatus.planned} planned`}
        />
        <Stat
          label="Cloud-extended (CLD)"
          ratio={cloudExtended.completion}
          color="cyan"
          value={`${percent(cloudExtended.completion)}%`}
          detail={`${cloudExtended.assessed} of ${cloudExtended.applicable} assessed · score ${percent(cloudExtended.score)}%`}
        />
      </SimpleGrid>
      <div>
        <Progress.Root size="md" aria-hidden>
          {STATUSES.filter((s) => byStatus[s] > 0).map((s) => (
            <Tooltip key={s} label={`${STATUS_LABEL[s]}: ${byStatus[s]}`}>
              <Progress.Section
                value={(byStatus[s] / Math.max(overall.total, 1)) * 100}
                color={STATUS_SWATCH[s]}
              />
            </Tooltip>
          ))}
        </Progress.Root>
      </div>
    </Stack>
  );
}
