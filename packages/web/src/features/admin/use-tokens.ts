import type { ApiToken } from '@nimbus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, orgPath } from '../../api/client.js';
import { queryKeys } from '../../api/queries/keys.js';
import { useOrgId } from '../../api/session.js';

// Creating and revoking API tokens. The list is useTokens of api/queries/tokens.ts.

export interface CreatedToken extends ApiToken {
  /** The secret: in this response only, never again. */
  readonly token: string;
}

export interface NewToken {
  name: string;
  scope: 'read' | 'write';
  expiresInDays: number;
}

export const useCreateToken = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewToken) =>
      (await api<CreatedToken>(`${orgPath(orgId)}/tokens`, { method: 'POST', body })).data,
    // The secret must not linger in the mutation cache once the modal hands it over and resets.
    gcTime: 0,
    // The list refetches from the server, which never returns the secret.
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens(orgId) }),
  });
};

export const useRevokeToken = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (tokenId: string) => {
      await api(`${orgPath(orgId)}/tokens/${tokenId}`, { method: 'DELETE' });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens(orgId) }),
  });
};
