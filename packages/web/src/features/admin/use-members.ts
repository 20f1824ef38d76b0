import type { Role } from '@nimbus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, orgPath } from '../../api/client.js';
import { queryKeys } from '../../api/queries/keys.js';
import { useOrgId } from '../../api/session.js';
import type { MemberView } from '../../api/types.js';

// Changes to the organization's members. The list itself is useMembers of api/queries/members.ts.

const useInvalidateMembers = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.members(orgId) });
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
      (await api<MemberView>(`${orgPath(orgId)}/members`, { method: 'POST', body })).data,
    onSuccess: invalidate,
  });
};

export const useChangeRole = () => {
  const orgId = useOrgId();
  const invalidate = useInvalidateMembers();
  return useMutation({
    mutationFn: async (v: { userId: string; role: Role }) =>
      (
        await api<MemberView>(`${orgPath(orgId)}/members/${v.userId}`, {
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
      await api(`${orgPath(orgId)}/members/${userId}`, { method: 'DELETE' });
    },
    onSuccess: invalidate,
  });
};
