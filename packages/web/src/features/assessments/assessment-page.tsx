import { Anchor, Button, Group } from '@mantine/core';
import { IconArrowLeft, IconFileCertificate } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useAssessment } from '../../api/queries/assessments.js';
import { useFrameworks } from '../../api/queries/catalog.js';
import { useMemberNames, useMembers } from '../../api/queries/members.js';
import { useCurrentOrg, useOrgId } from '../../api/session.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { AssessmentSummary } from './assessment-summary.js';
import { ResultDrawer } from './result-drawer.js';
import { ResultsSection } from './results-section.js';
import { formatDate, PERSPECTIVE_LABEL, PERSPECTIVE_SHORT, todayIso } from './vocabulary.js';

/** One assessment: progress, the table of control results and the side panel of one result. */
export default function AssessmentPage() {
  const { assessmentId = '' } = useParams();
  const orgId = useOrgId();
  const org = useCurrentOrg();
  const query = useAssessment(assessmentId);
  const members = useMembers();
  const memberName = useMemberNames();
  const frameworks = useFrameworks();
  const today = useMemo(() => todayIso(), []);
  const { refetch } = query;
  const refresh = useCallback(() => void refetch(), [refetch]);

  const back = (
    <Anchor component={Link} to={`/o/${orgId}/assessments`} size="sm" mb="xs" display="inline-block">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        All assessments
      </Group>
    </Anchor>
  );

  if (query.isPending) return <PageLoader label="Loading the assessment" />;
  if (query.error)
    return (
      <>
        {back}
        <ErrorState error={query.error} onRetry={refresh} />
      </>
    );

  const a = query.data;
  const framework = frameworks.data?.find((f) => f.id === a.framework);
  const canEdit = org?.can('assessments:write') ?? false;
  const description = [
    framework?.name ?? a.framework,
    `${PERSPECTIVE_LABEL[a.perspective]} (${PERSPECTIVE_SHORT[a.perspective]})`,
    a.targetDate ? `target ${formatDate(a.targetDate)}` : null,
    a.ownerId ? `owner ${memberName(a.ownerId)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      {back}
      <PageHeader
        title={a.name}
        description={description}
        actions={
          <Button
            component={Link}
            to="soa"
            variant="light"
            leftSection={<IconFileCertificate size={16} aria-hidden />}
          >
            Statement of Applicability
          </Button>
        }
      />
      {a.results.length === 0 ? (
        <EmptyState title="No controls in this assessment">
          The framework of this assessment has no controls. Create a new assessment with another framework.
        </EmptyState>
      ) : (
        <>
          <AssessmentSummary progress={a.progress} />
          <ResultsSection
            assessmentId={a.id}
            results={a.results}
            members={members.data ?? []}
            memberName={memberName}
            canEdit={canEdit}
            today={today}
            refresh={refresh}
          />
          <ResultDrawer
            orgId={orgId}
            assessmentId={a.id}
            framework={a.framework}
            rows={a.results}
            members={members.data ?? []}
            memberName={memberName}
            today={today}
            canEdit={canEdit}
            canComment={org?.can('comments:write') ?? false}
            canUpload={org?.can('evidence:write') ?? false}
          />
        </>
      )}
    </>
  );
}
