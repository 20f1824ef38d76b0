import { Anchor, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconRadar } from '@tabler/icons-react';
import { evidenceDownloadUrl } from '../../api/queries/evidence.js';
import type { Evidence } from '../../api/types.js';
import { formatDate } from './vocabulary.js';

/** `nimbus scan of infra/: 2 failed, 14 passed, 1 unknown` → the number failed (the server writes that title). */
export const failedCount = (title: string): number | undefined => {
  const m = /: (\d+) failed\b/.exec(title);
  return m ? Number(m[1]) : undefined;
};

/**
 * The latest scan uploaded for this control (`nimbus scan --upload`): when, what it found, and its part of the
 * scan to download. Red when it found failures, green when everything it checked passed.
 */
export function AutomatedEvidence({ orgId, evidence }: { orgId: string; evidence: Evidence }) {
  const failed = failedCount(evidence.title);
  const color = failed === undefined ? 'gray' : failed > 0 ? 'red' : 'green';
  return (
    <Paper withBorder p="sm" radius="md" aria-label="Latest automated evidence">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color={color} variant="light" aria-hidden>
          <IconRadar size={18} />
        </ThemeIcon>
        <div>
          <Text size="sm" fw={600}>
            Latest automated evidence
            {evidence.collectedAt ? `, scanned ${formatDate(evidence.collectedAt)}` : ''}
            {failed === undefined ? '' : failed > 0 ? ` · ${failed} failed` : ' · all checks passed'}
          </Text>
          <Anchor size="sm" href={evidenceDownloadUrl(orgId, evidence.id)}>
            {evidence.title}
          </Anchor>
        </div>
      </Group>
    </Paper>
  );
}
