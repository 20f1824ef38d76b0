import { Badge, Tooltip } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import { badgeText } from '../dashboard/badge-text.js';

const icon = { verticalAlign: '-2px', marginRight: 4 } as const;

/** Yes / No / Not covered, in words with an icon (never color alone). */
export function ApplicableCell({ applicable }: { applicable: boolean | null }) {
  if (applicable === null)
    return (
      <Tooltip
        label="No assessed control corresponds to this control: assess it separately."
        multiline
        w={240}
      >
        <Badge variant="outline" color="gray" c={badgeText('gray')} tt="none" miw="max-content" tabIndex={0}>
          <IconMinus size={12} aria-hidden="true" style={icon} />
          Not covered
        </Badge>
      </Tooltip>
    );
  return applicable ? (
    <Badge variant="light" color="teal" c={badgeText('teal')} tt="none" miw="max-content">
      <IconCheck size={12} aria-hidden="true" style={icon} />
      Yes
    </Badge>
  ) : (
    <Badge variant="light" color="gray" c={badgeText('gray')} tt="none" miw="max-content">
      <IconX size={12} aria-hidden="true" style={icon} />
      No
    </Badge>
  );
}
