import { useQuery } from '@tanstack/react-query';
import { get, orgPath } from '../client.js';
import { useOrgId } from '../session.js';
import type { CloudService } from '../types.js';
import { queryKeys } from './keys.js';

/** The cloud services register of the organization in the URL. */
export const useServices = (enabled = true) => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: queryKeys.services(orgId),
    queryFn: ({ signal }) => get<CloudService[]>(`${orgPath(orgId)}/services`, signal),
    enabled: enabled && orgId !== '',
    staleTime: 60_000,
  });
};
