import { can, type Permission } from '@nimbus/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, setCsrfToken } from './client.js';
import { queryKeys } from './queries/keys.js';
import type { OrgSummary, Session } from './types.js';

/** The signed-in session (null when signed out). Keeps the CSRF token for later writes. */
export const useSession = () =>
  useQuery({
    queryKey: queryKeys.session,
    queryFn: async () => {
      const { data } = await api<(Session & { authenticated: true }) | { authenticated: false }>(
        '/api/v1/auth/session',
      );
      if (!data.authenticated) return null;
      setCsrfToken(data.csrfToken);
      return data as Session;
    },
    staleTime: 60_000,
  });

export const useRefreshSession = () => {
  const client = useQueryClient();
  return (session: Session | null) => {
    if (session) setCsrfToken(session.csrfToken);
    client.setQueryData(queryKeys.session, session);
  };
};

export interface CurrentOrg extends OrgSummary {
  /** Whether the member's role allows this (the server enforces it too). */
  can(permission: Permission): boolean;
}

/** The organization in the URL, with the signed-in member's role in it. */
export const useCurrentOrg = (): CurrentOrg | undefined => {
  const { orgId } = useParams();
  const { data } = useSession();
  const org = data?.organizations.find((o) => o.id === orgId);
  return org ? { ...org, can: (permission) => can(org.role, permission) } : undefined;
};

/** The org id from the URL, for building API paths. */
export const useOrgId = (): string => useParams().orgId ?? '';
