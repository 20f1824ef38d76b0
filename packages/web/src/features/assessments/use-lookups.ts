import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { get } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import type { CloudService, MemberView } from '../../api/types.js';

export interface FrameworkSummary {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string;
  readonly referenceOnly: boolean;
  readonly controls: number;
}

/** The members of the organization (owners, assignees, comment authors). */
export const useMembers = () => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'members'],
    queryFn: ({ signal }) => get<MemberView[]>(`/api/v1/orgs/${orgId}/members`, signal),
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

export const useServices = (enabled = true) => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'services'],
    queryFn: ({ signal }) => get<CloudService[]>(`/api/v1/orgs/${orgId}/services`, signal),
    staleTime: 60_000,
    enabled,
  });
};

/** Frameworks of the catalog; they change only with a new release of Nimbus. */
export const useFrameworks = () =>
  useQuery({
    queryKey: ['catalog', 'frameworks'],
    queryFn: ({ signal }) => get<FrameworkSummary[]>('/api/v1/catalog/frameworks', signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
