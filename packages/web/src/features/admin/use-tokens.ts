import type { ApiToken } from '@nimbus/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';

export interface CreatedToken extends ApiToken {
  /** The secret: in this response only, never again. */
  readonly token: string;
}

export interface NewToken {
  name: string;
  scope: 'read' | 'write';
  expiresInDays: number;
}

const tokensKey = (orgId: string) => ['org', orgId, 'tokens'] as const;

export const useTokens = () => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: tokensKey(orgId),
    queryFn: ({ signal }) => get<ApiToken[]>(`/api/v1/orgs/${orgId}/tokens`, signal),
  });
};

export const useCreateToken = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewToken) =>
      (await api<CreatedToken>(`/api/v1/orgs/${orgId}/tokens`, { method: 'POST', body })).data,
    // The secret must not linger in the mutation cache once the modal hands it over and resets.
    gcTime: 0,
    // The list refetches from the server, which never returns the secret.
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey(orgId) }),
  });
};

export const useRevokeToken = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (tokenId: string) => {
      await api(`/api/v1/orgs/${orgId}/tokens/${tokenId}`, { method: 'DELETE' });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey(orgId) }),
  });
};
