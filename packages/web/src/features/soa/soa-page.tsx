import { Anchor, Box, Button, Group, LoadingOverlay, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAssessment } from '../../api/queries/assessments.js';
import { useSoa } from '../../api/queries/soa.js';
import { useCurrentOrg, useOrgId } from '../../api/session.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { SoaDownloads } from './soa-downloads.js';
import { filterSoaRows, soaCounts } from './soa-rows.js';
import { SoaTable } from './soa-table.js';
import { SoaToolbar } from './soa-toolbar.js';
import type { ApplicabilityFilter, SoaNumbering } from './soa-types.js';

const generatedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** /o/:orgId/assessments/:assessmentId/soa: the Statement of Applicability, in either numbering. */
export default function SoaPage() {
  const org = useCurrentOrg();
  const orgId = useOrgId();
  const { assessmentId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const numbering: SoaNumbering = params.get('numbering') === '2022' ? '2022' : '2015';
  const [text, setText] = useState('');
  const [applicability, setApplicability] = useState<ApplicabilityFilter>('all');
  const soa = useSoa(assessmentId, numbering);
  // The assessment's results turn control ids into links to their side panel; the SoA works without them.
  const detail = useAssessment(assessmentId);
  const resultIds = new Map((detail.data?.results ?? []).map((r) => [r.controlId, r.id]));
  const resultHref = (controlId: string) => {
    const id = resultIds.get(controlId);
    return id ? `/o/${orgId}/assessments/${assessmentId}?result=${encodeURIComponent(id)}` : null;
  };

  const setNumbering = (n: SoaNumbering) => {
    if (n === '2015' && applicability === 'not-covered') setApplicability('all');
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (n === '2015') next.delete('numbering');
        else next.set('numbering', n);
        return next;
      },
      { replace: true },
    );
  };

  const name = soa.data?.assessment.name ?? detail.data?.name;
  const canExport = org?.can('soa:export') ?? false;
  const header = (
    <>
      <Anchor
        component={Link}
        to={`/o/${orgId}/assessments/${assessmentId}`}
        size="sm"
        mb="xs"
        display="block"
      >
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden="true" />
          Back to the assessment
        </Group>
      </Anchor>
      <PageHeader
        title="Statement of Applicability"
        description={name}
        actions={
          canExport && soa.data && !soa.error ? (
            <SoaDownloads orgId={orgId} assessmentId={assessmentId} numbering={numbering} />
          ) : undefined
        }
      />
    </>
  );

  if (!canExport)
    return (
      <>
        {header}
        <ErrorState error={new Error('Your role does not allow viewing the Statement of Applicability.')} />
      </>
    );

  const rows = soa.data?.rows ?? [];
  const shownNumbering = soa.data?.numbering ?? numbering;
  const filtered = filterSoaRows(rows, text, applicability);
  const clearFilters = () => {
    setText('');
    setApplicability('all');
  };

  return (
    <>
      {header}
      <SoaToolbar
        numbering={numbering}
        onNumbering={setNumbering}
        text={text}
        onText={setText}
        applicability={applicability}
        onApplicability={setApplicability}
        counts={soa.data ? soaCounts(rows) : undefined}
        shown={soa.data ? filtered.length : undefined}
      />
      {soa.isPending ? (
        <PageLoader label="Loading the Statement of Applicability" />
      ) : soa.error ? (
        <ErrorState error={soa.error} onRetry={() => soa.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No controls in this assessment">
          The Statement of Applicability lists one row per control of the assessed framework. Open the
          assessment to check its controls.
        </EmptyState>
      ) : filtered.length === 0 ? (
        <EmptyState
          title="No rows match the filters"
          action={
            <Button variant="light" onClick={clearFilters}>
              Clear the filters
            </Button>
          }
        >
          Try fewer words, or show all applicability states.
        </EmptyState>
      ) : (
        <Box pos="relative">
          <LoadingOverlay visible={soa.isPlaceholderData} zIndex={2} overlayProps={{ blur: 1 }} />
          <SoaTable rows={filtered} numbering={shownNumbering} resultHref={resultHref} />
          <Text size="xs" c="dimmed" mt="sm">
            Generated {generatedFormat.format(new Date(soa.data.generatedAt))}. Every view and download is
            recorded in the audit log.
          </Text>
        </Box>
      )}
    </>
  );
}
