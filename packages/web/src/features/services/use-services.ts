import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, orgPath } from '../../api/client.js';
import { queryKeys } from '../../api/queries/keys.js';
import type { CloudService } from '../../api/types.js';
import type { ServiceInput } from './service-form-values.js';

// Changes to the services register. The register itself is useServices of api/queries/services.ts.

const base = (orgId: string) => `${orgPath(orgId)}/services`;
const key = queryKeys.services;

export const useCreateService = (orgId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: ServiceInput) =>
      (await api<CloudService>(base(orgId), { method: 'POST', body: input })).data,
    onSuccess: () => client.invalidateQueries({ queryKey: key(orgId) }),
  });
};

/** PATCH with If-Match: the version the change was made against (409 with `current` when stale). */
export const useUpdateService = (orgId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      version,
      changes,
    }: {
      id: string;
      version: number;
      changes: Partial<ServiceInput>;
    }) =>
      (
        await api<CloudService>(`${base(orgId)}/${encodeURIComponent(id)}`, {
          method: 'PATCH',
          body: changes,
          ifMatch: version,
        })
      ).data,
    onSettled: () => client.invalidateQueries({ queryKey: key(orgId) }),
  });
};

export const useDeleteService = (orgId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api<void>(`${base(orgId)}/${encodeURIComponent(id)}`, { method: 'DELETE' });
    },
    onSettled: () => client.invalidateQueries({ queryKey: key(orgId) }),
  });
};
