import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A link that opens a control result in its assessment (the side panel follows ?result=). */
export function ResultLink({
  orgId,
  assessmentId,
  resultId,
  children,
}: {
  orgId: string;
  assessmentId: string;
  resultId: string;
  children: ReactNode;
}) {
  return (
    <Anchor
      component={Link}
      to={`/o/${orgId}/assessments/${assessmentId}?result=${encodeURIComponent(resultId)}`}
      fw={600}
      size="sm"
      style={{ whiteSpace: 'nowrap' }}
    >
      {children}
    </Anchor>
  );
}
