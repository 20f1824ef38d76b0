import type { Perspective } from '@nimbus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, orgPath } from '../../api/client.js';
import { queryKeys } from '../../api/queries/keys.js';
import { useOrgId } from '../../api/session.js';
import type { Assessment } from '../../api/types.js';

export interface NewAssessment {
  readonly name: string;
  readonly framework: string;
  readonly perspective: Perspective;
  readonly scope: string[];
  readonly ownerId: string | null;
  readonly targetDate: string | null;
}

/** Starts an assessment; everything of the organization goes stale (lists, dashboard, services in scope). */
export const useCreateAssessment = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewAssessment) =>
      (await api<Assessment>(`${orgPath(orgId)}/assessments`, { method: 'POST', body })).data,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.org(orgId) }),
  });
};
