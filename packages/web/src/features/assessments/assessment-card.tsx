import { Anchor, Badge, Card, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCalendar, IconUser } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { AssessmentListItem } from '../../api/types.js';
import { formatDate, PERSPECTIVE_LABEL, PERSPECTIVE_SHORT, percent } from './vocabulary.js';

function Meter({
  label,
  ratio,
  color,
  detail,
}: {
  label: string;
  ratio: number;
  color: string;
  detail: string;
}) {
  const value = percent(ratio);
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" fw={700}>
          {value}%
        </Text>
      </Group>
      <Progress value={value} color={color} size="md" aria-label={`${label}: ${value}%`} />
      <Text size="xs" c="dimmed" mt={4}>
        {detail}
      </Text>
    </div>
  );
}

/** An assessment in the list: what it covers and how far it is, linking to its results. */
export function AssessmentCard({
  assessment: a,
  frameworkName,
  ownerName,
  href,
  today,
}: {
  assessment: AssessmentListItem;
  frameworkName: string;
  ownerName: string;
  href: string;
  today: string;
}) {
  const p = a.progress;
  const late = a.targetDate !== null && a.targetDate < today && p.completion < 1;
  return (
    <Card withBorder radius="md" padding="lg" component="article">
      <Stack gap="sm">
        <div>
          <Anchor component={Link} to={href} fw={700} size="lg" lh={1.3}>
            {a.name}
          </Anchor>
          <Group gap="xs" mt={6}>
            <Tooltip label={PERSPECTIVE_LABEL[a.perspective]}>
              <Badge variant="light" tt="none" component="span">
                {PERSPECTIVE_SHORT[a.perspective]}
              </Badge>
            </Tooltip>
            <Text size="sm" c="dimmed">
              {frameworkName}
            </Text>
          </Group>
        </div>
        <Meter
          label="Completion"
          ratio={p.completion}
          color="blue"
          detail={`${p.assessed} of ${p.applicable} applicable controls assessed`}
        />
        <Meter
          label="Implementation score"
          ratio={p.score}
          color="teal"
          detail={`${p.byStatus.implemented} implemented, ${p.byStatus['partially-implemented']} partially`}
        />
        <Group gap="md" wrap="wrap">
          <Group gap={4} wrap="nowrap">
            <IconCalendar size={14} aria-hidden />
            <Text size="sm" c={late ? 'red.9' : undefined} fw={late ? 600 : undefined}>
              {a.targetDate
                ? `Target ${formatDate(a.targetDate)}${late ? ' (passed)' : ''}`
                : 'No target date'}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconUser size={14} aria-hidden />
            <Text size="sm">{ownerName || 'No owner'}</Text>
          </Group>
          {p.overdue > 0 ? (
            <Group gap={4} wrap="nowrap">
              <IconAlertTriangle size={14} color="var(--mantine-color-red-8)" aria-hidden />
              <Text size="sm" c="red.9" fw={600}>
                {p.overdue} overdue
              </Text>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
