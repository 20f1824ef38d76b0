import { Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconChecklist, IconFileSpreadsheet } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useAssessment } from '../../api/queries/assessments.js';
import { useClauseTitles } from '../../api/queries/catalog.js';
import { useMembers } from '../../api/queries/members.js';
import type { AssessmentListItem } from '../../api/types.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { AssessmentPicker } from './assessment-picker.js';
import { ClauseProgressCard } from './clause-progress-card.js';
import { CloudControlsCard } from './cloud-controls-card.js';
import { overdueResults } from './dashboard-derive.js';
import { EvidenceExpirySection } from './evidence-expiry-section.js';
import { daysBetween, formatDate, relativeDays, todayIso } from './format.js';
import { KpiCards } from './kpi-cards.js';
import { OverdueCard } from './overdue-card.js';
import { RecentActivityCard } from './recent-activity-card.js';
import { StatusDonutCard } from './status-donut-card.js';

const PERSPECTIVE: Record<string, string> = {
  csp: 'Cloud service provider (CSP)',
  csc: 'Cloud service customer (CSC)',
  both: 'Provider and customer',
};

/** The dashboard of one assessment: KPIs, what needs attention, charts and recent activity. */
export function AssessmentDashboard({
  title,
  description,
  orgId,
  assessments,
  assessment,
  canReadAudit,
  onChoose,
}: {
  title: string;
  description: string | undefined;
  orgId: string;
  assessments: readonly AssessmentListItem[];
  assessment: AssessmentListItem;
  canReadAudit: boolean;
  onChoose: (id: string) => void;
}) {
  const detail = useAssessment(assessment.id);
  const members = useMembers();
  const titles = useClauseTitles(assessment.framework);
  const today = todayIso();
  const base = `/o/${orgId}/assessments/${assessment.id}`;

  const names = new Map((members.data ?? []).map((m) => [m.userId, m.name || m.email]));
  const ownerName = (id: string | null) => (id ? (names.get(id) ?? 'Former member') : 'Unassigned');

  const header = (
    <PageHeader
      title={title}
      description={description}
      actions={
        <Group align="flex-end" gap="sm" wrap="wrap">
          <AssessmentPicker assessments={assessments} value={assessment.id} onChange={onChoose} />
          <Button component={Link} to={base} variant="light" leftSection={<IconChecklist size={16} />}>
            Open assessment
          </Button>
          <Button
            component={Link}
            to={`${base}/soa`}
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            Statement of Applicability
          </Button>
        </Group>
      }
    />
  );

  if (detail.isPending)
    return (
      <>
        {header}
        <PageLoader label="Loading the assessment" />
      </>
    );
  if (detail.error)
    return (
      <>
        {header}
        <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
      </>
    );

  const a = detail.data;
  const overdue = overdueResults(a.results, today);
  return (
    <>
      {header}
      <Stack gap="lg">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="blue" tt="none">
            {PERSPECTIVE[a.perspective] ?? a.perspective}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {a.framework}
          </Badge>
          {a.targetDate ? (
            <Text size="sm" c="dimmed">
              Target date {formatDate(a.targetDate)} ({relativeDays(daysBetween(today, a.targetDate))})
            </Text>
          ) : null}
        </Group>
        <KpiCards progress={a.progress.overall} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <OverdueCard orgId={orgId} assessmentId={a.id} overdue={overdue} ownerName={ownerName} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <EvidenceExpirySection orgId={orgId} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <StatusDonutCard progress={a.progress.overall} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <CloudControlsCard
              orgId={orgId}
              assessmentId={a.id}
              results={a.results}
              progress={a.progress.cloudExtended}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <ClauseProgressCard byClause={a.progress.byClause} titles={titles.data} />
          </Grid.Col>
          {canReadAudit ? (
            <Grid.Col span={12}>
              <RecentActivityCard orgId={orgId} />
            </Grid.Col>
          ) : null}
        </Grid>
      </Stack>
    </>
  );
}
