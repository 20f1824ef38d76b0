import { Badge, type BadgeProps } from '@mantine/core';
import type { ResultStatus } from '@nimbus/core';
import { STATUS_COLOR, STATUS_LABEL } from './vocabulary.js';

/** A result status as a coloured badge that always carries its name. */
export function StatusBadge({ status, ...props }: { status: ResultStatus } & BadgeProps) {
  return (
    <Badge component="span" color={STATUS_COLOR[status]} variant="light" tt="none" {...props}>
      {STATUS_LABEL[status]}
    </Badge>
  );
}
