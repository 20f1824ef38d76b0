import { Anchor, Badge, Button, Drawer, Group, Loader, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useResult } from '../../api/queries/assessments.js';
import type { ControlResult, MemberView, ResultRow } from '../../api/types.js';
import { ErrorState } from '../../components/error-state.js';
import { AutomatedEvidence } from './automated-evidence.js';
import { CommentsPanel } from './comments-panel.js';
import { EvidenceList } from './evidence-list.js';
import { EvidenceUpload } from './evidence-upload.js';
import { ResultEditor } from './result-editor.js';
import { ResultReadOnly } from './result-read-only.js';
import { StatusBadge } from './status-badge.js';

export interface ResultDrawerProps {
  readonly orgId: string;
  readonly assessmentId: string;
  readonly framework: string;
  readonly rows: readonly ResultRow[];
  readonly members: readonly MemberView[];
  readonly memberName: (id: string | null) => string;
  readonly today: string;
  readonly canEdit: boolean;
  readonly canComment: boolean;
  readonly canUpload: boolean;
}

const newest = <T extends ControlResult>(...copies: (T | undefined)[]): T | undefined =>
  copies.reduce<T | undefined>((a, b) => (!b ? a : !a || b.version > a.version ? b : a), undefined);

/**
 * The side panel of one control result, opened by ?result=<id> so it can be linked: edit form (or read-only
 * view), evidence with upload, and comments. Closing with unsaved changes asks first.
 */
export function ResultDrawer({
  orgId,
  assessmentId,
  framework,
  rows,
  members,
  memberName,
  today,
  canEdit,
  canComment,
  canUpload,
}: ResultDrawerProps) {
  const [params, setParams] = useSearchParams();
  const resultId = params.get('result');
  const row = rows.find((r) => r.id === resultId);
  const detail = useResult(resultId);
  const [dirty, setDirty] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const forceClose = useCallback(() => {
    setConfirming(false);
    setDirty(false);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('result');
        return next;
      },
      { replace: true },
    );
  }, [setParams]);
  const requestClose = () => (dirty ? setConfirming(true) : forceClose());

  const info = row ?? detail.data;
  const latest = newest<ControlResult>(row, detail.data);
  const control = info?.control;
  const evidence = detail.data?.evidence;
  const comments = detail.data?.comments;

  const title = control ? (
    <Stack gap={2} component="span">
      <Group gap="xs" component="span">
        <Text fw={700} c="blue.9" span>
          {control.id}
        </Text>
        {control.kind === 'cloud-extended' ? (
          <Badge component="span" size="sm" color="cyan" variant="light" tt="none">
            Cloud-extended
          </Badge>
        ) : null}
        {latest ? <StatusBadge status={latest.status} size="sm" /> : null}
      </Group>
      <Text fw={600} size="lg" lh={1.3} span>
        {control.title}
      </Text>
    </Stack>
  ) : (
    'Control result'
  );

  return (
    <>
      <Drawer
        opened={Boolean(resultId)}
        onClose={requestClose}
        position="right"
        size="lg"
        title={title}
        closeButtonProps={{ 'aria-label': 'Close the control panel' }}
        styles={{ title: { flex: 1, minWidth: 0 } }}
      >
        {!info && detail.isPending ? (
          <Group justify="center" py="xl">
            <Loader aria-label="Loading the control result" />
          </Group>
        ) : !info || !latest || !control ? (
          <ErrorState
            error={detail.error ?? new Error('This control result is not in this assessment.')}
            onRetry={() => detail.refetch()}
          />
        ) : (
          <Stack gap="sm">
            <Group gap="xs" justify="space-between">
              <Text size="sm" c="dimmed">
                Clause {control.clause}
                {control.audience && control.audience !== 'none'
                  ? ` · guidance for ${control.audience === 'both' ? 'CSP and CSC' : control.audience.toUpperCase()}`
                  : ''}
              </Text>
              <Anchor
                component={Link}
                to={`/o/${orgId}/catalog/${encodeURIComponent(framework)}/${encodeURIComponent(control.id)}`}
                size="sm"
              >
                <Group gap={4} wrap="nowrap" component="span">
                  <IconBook size={16} aria-hidden />
                  Open {control.id} in the catalog
                </Group>
              </Anchor>
            </Group>
            {row?.latestAutomatedEvidence ? (
              <AutomatedEvidence orgId={orgId} evidence={row.latestAutomatedEvidence} />
            ) : null}
            <Tabs defaultValue="assessment" keepMounted>
              <Tabs.List>
                <Tabs.Tab value="assessment">Assessment</Tabs.Tab>
                <Tabs.Tab value="evidence">Evidence ({evidence?.length ?? info.evidenceCount})</Tabs.Tab>
                <Tabs.Tab value="comments">Comments{comments ? ` (${comments.length})` : ''}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="assessment" pt="md">
                {canEdit ? (
                  <ResultEditor
                    key={latest.id}
                    result={latest}
                    controlId={control.id}
                    assessmentId={assessmentId}
                    members={members}
                    memberName={memberName}
                    onDirtyChange={setDirty}
                    onGone={forceClose}
                  />
                ) : (
                  <ResultReadOnly result={latest} memberName={memberName} today={today} />
                )}
              </Tabs.Panel>
              <Tabs.Panel value="evidence" pt="md">
                <Stack gap="md">
                  {canUpload ? <EvidenceUpload resultId={latest.id} controlId={control.id} /> : null}
                  <Title order={3} size="h5">
                    Linked evidence
                  </Title>
                  {detail.error ? (
                    <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
                  ) : evidence ? (
                    <EvidenceList orgId={orgId} evidence={evidence} today={today} />
                  ) : (
                    <Loader size="sm" aria-label="Loading evidence" />
                  )}
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="comments" pt="md">
                {detail.error ? (
                  <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
                ) : comments ? (
                  <CommentsPanel
                    resultId={latest.id}
                    comments={comments}
                    canComment={canComment}
                    memberName={memberName}
                  />
                ) : (
                  <Loader size="sm" aria-label="Loading comments" />
                )}
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </Drawer>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Discard your unsaved changes?"
        centered
        zIndex={400}
      >
        <Text size="sm">Your edits to {control?.id ?? 'this control'} have not been saved.</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            Keep editing
          </Button>
          <Button color="red" onClick={forceClose}>
            Discard changes
          </Button>
        </Group>
      </Modal>
    </>
  );
}
