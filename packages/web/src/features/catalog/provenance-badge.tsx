import { Badge, Tooltip } from '@mantine/core';
import type { Provenance } from '@nimbus/core';
import { IconCertificate, IconTopologyStar3 } from '@tabler/icons-react';
import { PROVENANCE_HELP } from './catalog-labels.js';

/** Published (by a standards body) or derived (by us): different color, icon AND text. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const published = provenance === 'published';
  return (
    <Tooltip label={PROVENANCE_HELP[provenance]} multiline w={280} withArrow>
      <Badge
        color={published ? 'green' : 'orange'}
        variant={published ? 'filled' : 'outline'}
        leftSection={published ? <IconCertificate size={12} /> : <IconTopologyStar3 size={12} />}
        style={{ cursor: 'help' }}
      >
        {published ? 'Published' : 'Derived'}
      </Badge>
    </Tooltip>
  );
}
