import {
  ActionIcon,
  Card,
  Group,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Tooltip,
} from '@mantine/core';
import type { Progress } from '@nimbus/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { percent } from './format.js';

function Kpi({
  label,
  value,
  detail,
  visual,
  help,
}: {
  label: string;
  value: ReactNode;
  detail: ReactNode;
  visual?: ReactNode;
  help?: string;
}) {
  return (
    <Card withBorder padding="md" radius="md">
      <Group justify="space-between" wrap="nowrap" align="center" gap="sm">
        <Stack gap={2} miw={0}>
          <Group gap={4} wrap="nowrap">
            <Text size="sm" c="dimmed" fw={500}>
              {label}
            </Text>
            {help ? (
              <Tooltip
                label={help}
                multiline
                w={260}
                withArrow
                events={{ hover: true, focus: true, touch: true }}
              >
                <ActionIcon variant="subtle" color="gray" size="xs" aria-label={`About ${label}: ${help}`}>
                  <IconInfoCircle size={14} />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
          <Text fz={28} fw={700} lh={1.2}>
            {value}
          </Text>
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        </Stack>
        {visual}
      </Group>
    </Card>
  );
}

const Ring = ({ ratio, color, label }: { ratio: number; color: string; label: string }) => (
  <RingProgress
    size={72}
    thickness={8}
    roundCaps
    sections={[{ value: Math.round(ratio * 100), color }]}
    aria-hidden="true"
    label={
      <Text ta="center" size="xs" fw={600} aria-hidden="true">
        {label}
      </Text>
    }
  />
);

/** Four headline numbers of an assessment, each with its meaning in words. */
export function KpiCards({ progress }: { progress: Progress }) {
  const excluded = progress.total - progress.applicable;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <Kpi
        label="Completion"
        value={percent(progress.completion)}
        detail={`${progress.assessed} of ${progress.applicable} applicable controls assessed`}
        visual={<Ring ratio={progress.completion} color="blue.7" label={percent(progress.completion)} />}
        help="Share of applicable controls whose status is no longer 'Not assessed'."
      />
      <Kpi
        label="Implementation score"
        value={percent(progress.score)}
        detail={`${progress.byStatus.implemented} implemented, ${progress.byStatus['partially-implemented']} partially`}
        visual={<Ring ratio={progress.score} color="teal.7" label={percent(progress.score)} />}
        help="Weighted over applicable controls: implemented counts 1, partially implemented 0.5, planned 0.1."
      />
      <Kpi
        label="Overdue"
        value={
          <Text span inherit c={progress.overdue > 0 ? 'red.8' : undefined}>
            {progress.overdue}
          </Text>
        }
        detail={
          progress.overdue > 0
            ? 'controls past their due date and not implemented'
            : 'Nothing is past its due date'
        }
        visual={
          <ThemeIcon
            size={48}
            radius="xl"
            variant="light"
            color={progress.overdue > 0 ? 'red' : 'teal'}
            aria-hidden="true"
          >
            {progress.overdue > 0 ? <IconAlertTriangle size={26} /> : <IconCircleCheck size={26} />}
          </ThemeIcon>
        }
      />
      <Kpi
        label="Applicable"
        value={`${progress.applicable} / ${progress.total}`}
        detail={
          excluded === 0
            ? 'All controls apply'
            : `${excluded} excluded with a justification in the Statement of Applicability`
        }
      />
    </SimpleGrid>
  );
}
