import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get } from '../../api/client.js';
import type { CloudService } from '../../api/types.js';
import type { ServiceInput } from './service-form-values.js';

const base = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/services`;
const key = (orgId: string) => ['org', orgId, 'services'] as const;

/** The cloud services register of the organization. */
export const useServices = (orgId: string) =>
  useQuery({
    queryKey: key(orgId),
    queryFn: ({ signal }) => get<CloudService[]>(base(orgId), signal),
    enabled: orgId !== '',
  });

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
