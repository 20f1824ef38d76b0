import { Badge, type BadgeProps } from '@mantine/core';
import type { ResultStatus } from '@nimbus/core';
import { badgeText } from './badge-text.js';
import { STATUS_COLOR, STATUS_LABEL } from './result-status.js';

/** A control result status as a colored badge with its name in words. */
export function StatusBadge({ status, ...props }: { status: ResultStatus } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge
      color={STATUS_COLOR[status]}
      c={badgeText(STATUS_COLOR[status])}
      variant="light"
      tt="none"
      miw="max-content"
      {...props}
    >
      {STATUS_LABEL[status]}
    </Badge>
  );
}
