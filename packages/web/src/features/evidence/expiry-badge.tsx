import { Badge, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconMinus } from '@tabler/icons-react';
import type { ExpiryState } from '../../api/types.js';
import { expiryBadge } from './expiry.js';
import { todayIso } from './format.js';

const ICONS = {
  none: IconMinus,
  valid: IconCircleCheck,
  expiring: IconClock,
  expired: IconAlertTriangle,
} as const;

/** The validity of evidence as a badge with text, an icon and a color, explained in a tooltip. */
export function ExpiryBadge({
  validUntil,
  state,
  today = todayIso(),
}: {
  validUntil: string | null;
  state?: ExpiryState;
  today?: string;
}) {
  const info = expiryBadge(validUntil, today, state);
  const Icon = ICONS[info.state];
  return (
    <Tooltip label={info.description} withArrow multiline w={240}>
      <Badge
        color={info.color}
        variant={info.state === 'expired' ? 'filled' : 'light'}
        leftSection={<Icon size={12} aria-hidden />}
        tt="none"
        data-expiry={info.state}
      >
        {info.label}
      </Badge>
    </Tooltip>
  );
}
