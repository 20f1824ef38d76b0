import { Button, SimpleGrid } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useMemo } from 'react';
import { useAssessments } from '../../api/queries/assessments.js';
import { useFrameworks } from '../../api/queries/catalog.js';
import { useMemberNames } from '../../api/queries/members.js';
import { useCurrentOrg, useOrgId } from '../../api/session.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { AssessmentCard } from './assessment-card.js';
import { NewAssessmentModal } from './new-assessment-modal.js';
import { todayIso } from './vocabulary.js';

/** The organization's assessments with their progress, and "New assessment" for those who may create one. */
export default function AssessmentsPage() {
  const orgId = useOrgId();
  const org = useCurrentOrg();
  const canCreate = org?.can('assessments:write') ?? false;
  const [opened, { open, close }] = useDisclosure(false);
  const query = useAssessments();
  const frameworks = useFrameworks();
  const memberName = useMemberNames();
  const today = useMemo(() => todayIso(), []);

  const newButton = canCreate ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
      New assessment
    </Button>
  ) : null;

  let body: ReactNode;
  if (query.isPending) body = <PageLoader label="Loading assessments" />;
  else if (query.error) body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (query.data.length === 0)
    body = (
      <EmptyState title="No assessments yet" action={newButton}>
        {canCreate
          ? 'An assessment walks through every control of a framework (ISO/IEC 27017 by default) for your cloud services. Start one to track status, owners, evidence and your Statement of Applicability.'
          : 'Nobody has started an assessment in this organization yet. Ask an editor, admin or owner to create one.'}
      </EmptyState>
    );
  else
    body = (
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {[...query.data]
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
          .map((a) => (
            <AssessmentCard
              key={a.id}
              assessment={a}
              frameworkName={frameworks.data?.find((f) => f.id === a.framework)?.name ?? a.framework}
              ownerName={memberName(a.ownerId)}
              href={`/o/${orgId}/assessments/${a.id}`}
              today={today}
            />
          ))}
      </SimpleGrid>
    );

  return (
    <>
      <PageHeader
        title="Assessments"
        description="Each assessment tracks every control of a framework for your cloud services."
        actions={query.data?.length ? newButton : null}
      />
      {body}
      {canCreate ? <NewAssessmentModal opened={opened} onClose={close} /> : null}
    </>
  );
}
