import { Anchor, Badge, Divider, Drawer, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAssessments } from '../../api/queries/assessments.js';
import { useEvidenceDetail } from '../../api/queries/evidence.js';
import type { EvidenceItem, MemberView } from '../../api/types.js';
import { ErrorState } from '../../components/error-state.js';
import { Sha256 } from '../../components/sha-256.js';
import { ExpiryBadge } from './expiry-badge.js';
import { FilePreview } from './file-preview.js';
import { formatBytes, formatDay } from './format.js';
import { KindBadge } from './kind-badge.js';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** Details, links to control results and an inline preview of one evidence item. */
export function PreviewDrawer({
  orgId,
  evidence,
  members,
  onClose,
}: {
  orgId: string;
  evidence: EvidenceItem | null;
  members: readonly MemberView[] | undefined;
  onClose: () => void;
}) {
  const detail = useEvidenceDetail(evidence?.id ?? null);
  // The assessments (same cache as the assessments page) name the linked results.
  const assessments = useAssessments(Boolean(detail.data?.links.length));
  const assessmentOf = (id: string) => assessments.data?.find((a) => a.id === id);
  const nameOf = (id: string | null) =>
    id ? (members?.find((m) => m.userId === id)?.name ?? 'Former member') : '—';
  return (
    <Drawer
      opened={evidence !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={700}>{evidence?.title ?? ''}</Text>}
      closeButtonProps={{ 'aria-label': 'Close the preview' }}
    >
      {evidence ? (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Field label="Kind">
              <KindBadge kind={evidence.kind} />
            </Field>
            <Field label={evidence.kind === 'link' ? 'URL' : 'File'}>
              <Text size="sm" style={{ wordBreak: 'break-all' }}>
                {evidence.kind === 'link'
                  ? evidence.url
                  : `${evidence.filename ?? '—'} ${evidence.size !== null ? `(${formatBytes(evidence.size)})` : ''}`}
              </Text>
              {evidence.contentType ? (
                <Text size="xs" c="dimmed">
                  {evidence.contentType}
                </Text>
              ) : null}
            </Field>
            <Field label="SHA-256">
              <Sha256 value={evidence.sha256} full />
            </Field>
            <Field label="Owner">
              <Text size="sm">{nameOf(evidence.ownerId)}</Text>
            </Field>
            <Field label="Collected">
              <Text size="sm">{formatDay(evidence.collectedAt)}</Text>
            </Field>
            <Field label="Valid until">
              <Group gap="xs">
                <Text size="sm">{formatDay(evidence.validUntil)}</Text>
                <ExpiryBadge validUntil={evidence.validUntil} state={evidence.expiry} />
              </Group>
            </Field>
            <Field label="Added">
              <Text size="sm">
                {formatDay(evidence.createdAt)} by {nameOf(evidence.createdBy)}
              </Text>
            </Field>
          </SimpleGrid>

          <Divider />
          <Title order={3} size="h5">
            Linked control results
          </Title>
          {detail.error ? (
            <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
          ) : detail.data ? (
            detail.data.links.length ? (
              <List size="sm" spacing={4}>
                {detail.data.links.map((l) => {
                  const a = assessmentOf(l.assessmentId);
                  return (
                    <List.Item key={l.resultId}>
                      <Group gap={6}>
                        <Anchor
                          component={Link}
                          to={`/o/${orgId}/catalog/${encodeURIComponent(a?.framework ?? 'iso27017:2015')}/${encodeURIComponent(l.controlId)}`}
                          ff="monospace"
                          size="sm"
                        >
                          {l.controlId}
                        </Anchor>
                        <Text size="sm" c="dimmed">
                          in
                        </Text>
                        <Anchor component={Link} to={`/o/${orgId}/assessments/${l.assessmentId}`} size="sm">
                          {a?.name ?? 'its assessment'}
                        </Anchor>
                      </Group>
                    </List.Item>
                  );
                })}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                Not linked to any control result yet. Link it from an assessment’s control result.
              </Text>
            )
          ) : (
            <Badge variant="light" color="gray">
              Loading links…
            </Badge>
          )}

          <Divider />
          <Title order={3} size="h5">
            Preview
          </Title>
          <FilePreview orgId={orgId} evidence={evidence} />
        </Stack>
      ) : null}
    </Drawer>
  );
}
