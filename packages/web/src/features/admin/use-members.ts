import type { Role } from '@nimbus/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import type { MemberView } from '../../api/types.js';

const membersKey = (orgId: string) => ['org', orgId, 'members'] as const;

export const useMembers = () => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: membersKey(orgId),
    queryFn: ({ signal }) => get<MemberView[]>(`/api/v1/orgs/${orgId}/members`, signal),
  });
};

const useInvalidateMembers = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: membersKey(orgId) });
};

export interface NewMember {
  email: string;
  role: Role;
  name?: string;
  password?: string;
}

export const useAddMember = () => {
  const orgId = useOrgId();
  const invalidate = useInvalidateMembers();
  return useMutation({
    mutationFn: async (body: NewMember) =>
      (await api<MemberView>(`/api/v1/orgs/${orgId}/members`, { method: 'POST', body })).data,
    onSuccess: invalidate,
  });
};

export const useChangeRole = () => {
  const orgId = useOrgId();
  const invalidate = useInvalidateMembers();
  return useMutation({
    mutationFn: async (v: { userId: string; role: Role }) =>
      (
        await api<MemberView>(`/api/v1/orgs/${orgId}/members/${v.userId}`, {
          method: 'PATCH',
          body: { role: v.role },
        })
      ).data,
    // Also after a refusal: the select shows the role stored on the server again.
    onSettled: invalidate,
  });
};

export const useRemoveMember = () => {
  const orgId = useOrgId();
  const invalidate = useInvalidateMembers();
  return useMutation({
    mutationFn: async (userId: string) => {
      await api(`/api/v1/orgs/${orgId}/members/${userId}`, { method: 'DELETE' });
    },
    onSuccess: invalidate,
  });
};
