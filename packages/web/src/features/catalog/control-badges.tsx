import { Badge, Group, Tooltip } from '@mantine/core';
import type { Audience, ControlKind, Verification } from '@nimbus/core';
import { AUDIENCE_BADGE, UNVERIFIED_HELP } from './catalog-labels.js';

/** Badges of a control: cloud-extended, whom the guidance addresses, and "unverified" with its meaning. */
export function ControlBadges({
  kind,
  audience,
  verification,
}: {
  kind: ControlKind;
  audience: Audience | null | undefined;
  verification: Verification;
}) {
  const audienceText = audience ? AUDIENCE_BADGE[audience] : null;
  return (
    <Group gap={6} wrap="wrap">
      {kind === 'cloud-extended' ? (
        <Badge color="blue" variant="filled" size="sm">
          Cloud-extended
        </Badge>
      ) : null}
      {audienceText ? (
        <Badge color="teal" variant="light" size="sm">
          {audienceText}
        </Badge>
      ) : null}
      {verification === 'unverified' ? (
        <Tooltip label={UNVERIFIED_HELP} multiline w={320} withArrow>
          <Badge color="orange" variant="outline" size="sm" style={{ cursor: 'help' }}>
            Unverified
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}
