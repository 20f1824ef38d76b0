import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useAssessments } from '../../api/queries/assessments.js';
import { useCurrentOrg, useOrgId } from '../../api/session.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { AssessmentDashboard } from './assessment-dashboard.js';
import { latestAssessment } from './dashboard-derive.js';

/** /o/:orgId: where the organization stands on its most recent (or chosen) assessment. */
export default function DashboardPage() {
  const org = useCurrentOrg();
  const orgId = useOrgId();
  const [params, setParams] = useSearchParams();
  const { data, isPending, error, refetch } = useAssessments();
  const title = 'Dashboard';
  const description = org ? `${org.name}: ISO/IEC 27017 compliance at a glance` : undefined;

  if (isPending) return <PageLoader label="Loading the dashboard" />;
  if (error)
    return (
      <>
        <PageHeader title={title} description={description} />
        <ErrorState error={error} onRetry={() => refetch()} />
      </>
    );
  if (data.length === 0)
    return (
      <>
        <PageHeader title={title} description={description} />
        <EmptyState
          title="No assessment yet"
          action={
            org?.can('assessments:write') ? (
              <Button component={Link} to={`/o/${orgId}/assessments`} leftSection={<IconPlus size={16} />}>
                Start an assessment
              </Button>
            ) : (
              <Button component={Link} to={`/o/${orgId}/catalog`} variant="light">
                Browse the control catalog
              </Button>
            )
          }
        >
          {org?.can('assessments:write')
            ? 'Start an ISO/IEC 27017 assessment to track completion, overdue controls and evidence here.'
            : 'Nobody has started an assessment in this organization yet. Ask an editor or owner to start one; meanwhile you can browse the controls.'}
        </EmptyState>
      </>
    );

  const chosen = data.find((a) => a.id === params.get('assessment')) ?? latestAssessment(data)!;
  return (
    <AssessmentDashboard
      title={title}
      description={description}
      orgId={orgId}
      assessments={data}
      assessment={chosen}
      canReadAudit={org?.can('audit:read') ?? false}
      onChoose={(id) =>
        setParams(
          (p) => {
            const next = new URLSearchParams(p);
            next.set('assessment', id);
            return next;
          },
          { replace: true },
        )
      }
    />
  );
}
