import { Anchor, Badge, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconExternalLink, IconFile, IconLink, IconRadar } from '@tabler/icons-react';
import { evidenceDownloadUrl } from '../../api/queries/evidence.js';
import type { Evidence } from '../../api/types.js';
import { Sha256 } from '../../components/sha-256.js';
import { daysBetween, formatDate } from './vocabulary.js';

const KIND = {
  file: { label: 'File', icon: IconFile },
  link: { label: 'Link', icon: IconLink },
  scan: { label: 'Automated scan', icon: IconRadar },
} as const;

/** How long the evidence stays valid, in words (expired / expiring within 30 days / valid). */
export function Expiry({ validUntil, today }: { validUntil: string | null; today: string }) {
  if (!validUntil)
    return (
      <Text size="xs" c="dimmed">
        No expiry
      </Text>
    );
  const days = daysBetween(today, validUntil);
  if (days < 0)
    return (
      <Badge size="sm" color="red" variant="light" tt="none">
        Expired {formatDate(validUntil)}
      </Badge>
    );
  if (days <= 30)
    return (
      <Badge size="sm" color="orange" variant="light" tt="none">
        Expires {formatDate(validUntil)} ({days} {days === 1 ? 'day' : 'days'})
      </Badge>
    );
  return (
    <Text size="xs" c="dimmed">
      Valid until {formatDate(validUntil)}
    </Text>
  );
}

/** The evidence linked to a control result: title (download or open), kind, SHA-256 and expiry. */
export function EvidenceList({
  orgId,
  evidence,
  today,
}: {
  orgId: string;
  evidence: readonly Evidence[];
  today: string;
}) {
  if (evidence.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No evidence linked yet.
      </Text>
    );
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {evidence.map((e) => {
        const kind = KIND[e.kind] ?? KIND.file;
        const href = e.kind === 'link' && e.url ? e.url : evidenceDownloadUrl(orgId, e.id);
        return (
          <Paper key={e.id} component="li" withBorder p="xs" radius="md">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Group gap={8} wrap="nowrap" miw={0} align="flex-start">
                <kind.icon size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                <Stack gap={2} miw={0}>
                  <Anchor
                    href={href}
                    size="sm"
                    fw={600}
                    target={e.kind === 'link' ? '_blank' : undefined}
                    rel={e.kind === 'link' ? 'noopener noreferrer' : undefined}
                  >
                    {e.title}
                    {e.kind === 'link' ? (
                      <>
                        <IconExternalLink size={12} style={{ marginLeft: 4 }} aria-hidden />
                        <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
                      </>
                    ) : null}
                  </Anchor>
                  <Group gap={8}>
                    <Text size="xs" c="dimmed">
                      {kind.label}
                      {e.collectedAt ? ` · collected ${formatDate(e.collectedAt)}` : ''}
                    </Text>
                    {e.sha256 ? <Sha256 value={e.sha256} /> : null}
                  </Group>
                </Stack>
              </Group>
              <Expiry validUntil={e.validUntil} today={today} />
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
