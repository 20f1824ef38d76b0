import { Badge } from '@mantine/core';
import type { EvidenceKind } from '@nimbus/core';
import { IconFile, IconLink, IconRadar } from '@tabler/icons-react';

const KINDS = {
  file: { label: 'File', color: 'blue', Icon: IconFile },
  link: { label: 'Link', color: 'grape', Icon: IconLink },
  scan: { label: 'Scan', color: 'cyan', Icon: IconRadar },
} as const;

export function KindBadge({ kind }: { kind: EvidenceKind }) {
  const k = KINDS[kind];
  return (
    <Badge variant="light" color={k.color} tt="none" leftSection={<k.Icon size={12} aria-hidden />}>
      {k.label}
    </Badge>
  );
}
