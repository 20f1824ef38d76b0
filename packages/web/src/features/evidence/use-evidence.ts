import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import type { EvidenceDetail, EvidenceFilters, EvidenceItem } from './evidence-types.js';

/** The query string of the evidence list for these filters (only the filters that are set). */
export const evidenceQuery = (f: EvidenceFilters): string => {
  const q = new URLSearchParams();
  if (f.control.trim()) q.set('control', f.control.trim());
  if (f.ownerId) q.set('ownerId', f.ownerId);
  if (f.kind !== 'all') q.set('kind', f.kind);
  if (f.validity === 'expiring') q.set('expiringWithinDays', String(f.days));
  if (f.validity === 'expired') q.set('expired', 'true');
  if (f.validity === 'current') q.set('expired', 'false');
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const useEvidenceList = (filters: EvidenceFilters, enabled = true) => {
  const orgId = useOrgId();
  const qs = evidenceQuery(filters);
  return useQuery({
    queryKey: ['org', orgId, 'evidence', 'list', qs],
    queryFn: ({ signal }) => get<EvidenceItem[]>(`/api/v1/orgs/${orgId}/evidence${qs}`, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
};

export const useEvidenceDetail = (evidenceId: string | null) => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'evidence', 'detail', evidenceId],
    queryFn: ({ signal }) => get<EvidenceDetail>(`/api/v1/orgs/${orgId}/evidence/${evidenceId}`, signal),
    enabled: Boolean(evidenceId),
  });
};

/** Everything evidence-related goes stale after a change (lists, details, and pages counting evidence). */
export const useInvalidateEvidence = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['org', orgId] });
};

export interface EvidencePatch {
  title?: string;
  collectedAt?: string | null;
  validUntil?: string | null;
  ownerId?: string | null;
}

export const useUpdateEvidence = () => {
  const orgId = useOrgId();
  const invalidate = useInvalidateEvidence();
  return useMutation({
    mutationFn: async (v: { id: string; version: number; patch: EvidencePatch }) =>
      (
        await api<EvidenceDetail>(`/api/v1/orgs/${orgId}/evidence/${v.id}`, {
          method: 'PATCH',
          body: v.patch,
          ifMatch: v.version,
        })
      ).data,
    onSuccess: invalidate,
  });
};

export const useDeleteEvidence = () => {
  const orgId = useOrgId();
  const invalidate = useInvalidateEvidence();
  return useMutation({
    mutationFn: async (id: string) => {
      await api(`/api/v1/orgs/${orgId}/evidence/${id}`, { method: 'DELETE' });
    },
    onSuccess: invalidate,
  });
};

export interface NewLink {
  title: string;
  url: string;
  collectedAt?: string;
  validUntil?: string;
  ownerId?: string;
}

export const useAddLink = () => {
  const orgId = useOrgId();
  const invalidate = useInvalidateEvidence();
  return useMutation({
    mutationFn: async (body: NewLink) =>
      (await api<EvidenceDetail>(`/api/v1/orgs/${orgId}/evidence/links`, { method: 'POST', body })).data,
    onSuccess: invalidate,
  });
};
