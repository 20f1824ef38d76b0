import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import type { Assessment } from '../../api/types.js';

/** The organization's assessments (same cache as the assessments page), to name linked results. */
export const useAssessmentNames = (enabled: boolean) => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'assessments'],
    queryFn: ({ signal }) => get<Assessment[]>(`/api/v1/orgs/${orgId}/assessments`, signal),
    enabled,
    staleTime: 60_000,
  });
};
