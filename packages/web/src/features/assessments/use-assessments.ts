import type { Perspective } from '@nimbus/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import type { Assessment, AssessmentListItem } from '../../api/types.js';

export const assessmentsKey = (orgId: string) => ['org', orgId, 'assessments'] as const;

/** The organization's assessments, each with its overall progress. */
export const useAssessments = () => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: assessmentsKey(orgId),
    queryFn: ({ signal }) => get<AssessmentListItem[]>(`/api/v1/orgs/${orgId}/assessments`, signal),
  });
};

export interface NewAssessment {
  readonly name: string;
  readonly framework: string;
  readonly perspective: Perspective;
  readonly scope: string[];
  readonly ownerId: string | null;
  readonly targetDate: string | null;
}

export const useCreateAssessment = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewAssessment) =>
      (await api<Assessment>(`/api/v1/orgs/${orgId}/assessments`, { method: 'POST', body })).data,
    onSuccess: () => client.invalidateQueries({ queryKey: ['org', orgId] }),
  });
};
