import type { ApiToken } from '@nimbus/core';
import { useQuery } from '@tanstack/react-query';
import { get, orgPath } from '../client.js';
import { useOrgId } from '../session.js';
import { queryKeys } from './keys.js';

/** The organization's API tokens (never their secrets). */
export const useTokens = () => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: queryKeys.tokens(orgId),
    queryFn: ({ signal }) => get<ApiToken[]>(`${orgPath(orgId)}/tokens`, signal),
    enabled: orgId !== '',
  });
};
