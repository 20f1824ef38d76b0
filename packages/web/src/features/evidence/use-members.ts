import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import type { MemberView } from '../../api/types.js';

/** Members of the organization, for owner names and pickers (same cache as the members page). */
export const useMembers = () => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'members'],
    queryFn: ({ signal }) => get<MemberView[]>(`/api/v1/orgs/${orgId}/members`, signal),
    staleTime: 60_000,
  });
};
