import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { get, orgPath } from '../client.js';
import { useOrgId } from '../session.js';
import type { MemberView } from '../types.js';
import { queryKeys } from './keys.js';

/** The members of the organization in the URL: the members page, owners, assignees, comment authors. */
export const useMembers = () => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: queryKeys.members(orgId),
    queryFn: ({ signal }) => get<MemberView[]>(`${orgPath(orgId)}/members`, signal),
    enabled: orgId !== '',
    staleTime: 60_000,
  });
};

/** userId -> display name; unknown ids (a former member) show as "Former member". */
export const useMemberNames = () => {
  const { data } = useMembers();
  return useMemo(() => {
    const names = new Map((data ?? []).map((m) => [m.userId, m.name || m.email]));
    return (id: string | null | undefined) => (id ? (names.get(id) ?? (data ? 'Former member' : '…')) : '');
  }, [data]);
};
