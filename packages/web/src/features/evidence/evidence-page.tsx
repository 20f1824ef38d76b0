import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLink, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useEvidenceList } from '../../api/queries/evidence.js';
import { useMembers } from '../../api/queries/members.js';
import { useCurrentOrg, useOrgId } from '../../api/session.js';
import type { EvidenceItem } from '../../api/types.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { DeleteModal } from './delete-modal.js';
import { EditModal } from './edit-modal.js';
import { EvidenceFiltersBar } from './evidence-filters.js';
import { EvidenceTable } from './evidence-table.js';
import { LinkModal } from './link-modal.js';
import { PreviewDrawer } from './preview-drawer.js';
import { UploadModal } from './upload-modal.js';
import { evidenceParams } from './use-evidence.js';
import { isFilteringEvidence, NO_EVIDENCE_FILTERS, useEvidenceParams } from './use-evidence-params.js';

/** The evidence library: filter, preview, upload, link, edit and delete evidence. */
export default function EvidencePage() {
  const orgId = useOrgId();
  const org = useCurrentOrg();
  const canWrite = org?.can('evidence:write') ?? false;
  const { filters, setFilters } = useEvidenceParams();
  const list = useEvidenceList(evidenceParams(filters));
  const members = useMembers();
  const [uploadOpen, setUploadOpen] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [preview, setPreview] = useState<EvidenceItem | null>(null);
  const [editing, setEditing] = useState<EvidenceItem | null>(null);
  const [deleting, setDeleting] = useState<EvidenceItem | null>(null);
  const filtering = isFilteringEvidence(filters);
  const counts = list.data
    ? {
        expired: list.data.filter((e) => e.expiry === 'expired').length,
        expiring: list.data.filter((e) => e.expiry === 'expiring').length,
      }
    : null;

  const actions = canWrite ? (
    <>
      <Button variant="default" leftSection={<IconLink size={16} />} onClick={() => setLinkOpen(true)}>
        Add link
      </Button>
      <Button leftSection={<IconUpload size={16} />} onClick={() => setUploadOpen(true)}>
        Upload
      </Button>
    </>
  ) : null;

  return (
    <>
      <PageHeader
        title="Evidence"
        description="Files and links that show controls work, with their hashes and how long they stay valid."
        actions={actions}
      />
      <Stack gap="md">
        <Paper withBorder p="md">
          <EvidenceFiltersBar value={filters} onChange={setFilters} members={members.data} />
        </Paper>
        {list.isPending ? (
          <PageLoader label="Loading evidence" />
        ) : list.error ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : list.data.length === 0 ? (
          filtering ? (
            <EmptyState
              title="No evidence matches these filters"
              action={
                <Button variant="light" onClick={() => setFilters(NO_EVIDENCE_FILTERS)}>
                  Clear filters
                </Button>
              }
            >
              {filters.control
                ? `Nothing is linked to a result of control ${filters.control} yet. Link evidence from the control’s result in an assessment, or clear the filters.`
                : 'Loosen or clear the filters to see more of the library.'}
            </EmptyState>
          ) : (
            <EmptyState title="No evidence yet" action={canWrite ? <Group>{actions}</Group> : undefined}>
              {canWrite
                ? 'Upload policies, screenshots, exports and reports, or add links to trust portals. Then link them to control results in an assessment.'
                : 'Nothing has been uploaded yet. Editors, admins and owners can add evidence.'}
            </EmptyState>
          )
        ) : (
          <Paper withBorder p={0} aria-busy={list.isFetching}>
            <Group justify="space-between" px="md" pt="sm" wrap="wrap">
              <Text size="sm" c="dimmed" role="status">
                {list.data.length} item{list.data.length === 1 ? '' : 's'}
                {counts && counts.expired > 0 ? `, ${counts.expired} expired` : ''}
                {counts && counts.expiring > 0 ? `, ${counts.expiring} expiring within 30 days` : ''}
              </Text>
            </Group>
            <EvidenceTable
              orgId={orgId}
              items={list.data}
              members={members.data}
              canWrite={canWrite}
              onPreview={setPreview}
              onEdit={setEditing}
              onDelete={setDeleting}
            />
          </Paper>
        )}
      </Stack>
      <PreviewDrawer
        orgId={orgId}
        evidence={preview}
        members={members.data}
        onClose={() => setPreview(null)}
      />
      {canWrite ? (
        <>
          <UploadModal
            orgId={orgId}
            opened={uploadOpen}
            onClose={() => setUploadOpen(false)}
            members={members.data}
          />
          <LinkModal opened={linkOpen} onClose={() => setLinkOpen(false)} members={members.data} />
          <EditModal evidence={editing} onClose={() => setEditing(null)} members={members.data} />
          <DeleteModal evidence={deleting} onClose={() => setDeleting(null)} />
        </>
      ) : null}
    </>
  );
}
