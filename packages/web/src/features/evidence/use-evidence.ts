import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, orgPath } from '../../api/client.js';
import { type EvidenceListParams, evidenceListQuery } from '../../api/queries/evidence.js';
import { invalidateOrgData } from '../../api/queries/keys.js';
import { useOrgId } from '../../api/session.js';
import type { EvidenceDetail } from '../../api/types.js';
import type { EvidenceFilters } from './evidence-types.js';

// The evidence library's writes. Its reads (list, detail) are the shared hooks of api/queries/evidence.ts.

/** The list filters of the library as the API's parameters (only the filters that are set). */
export const evidenceParams = (f: EvidenceFilters): EvidenceListParams => ({
  ...(f.control.trim() ? { control: f.control.trim() } : {}),
  ...(f.ownerId ? { ownerId: f.ownerId } : {}),
  ...(f.kind !== 'all' ? { kind: f.kind } : {}),
  ...(f.validity === 'expiring' ? { expiringWithinDays: f.days } : {}),
  ...(f.validity === 'expired' ? { expired: true } : {}),
  ...(f.validity === 'current' ? { expired: false } : {}),
});

/** The query string of the evidence list for these filters. */
export const evidenceQuery = (f: EvidenceFilters): string => evidenceListQuery(evidenceParams(f));

/** Evidence changed: lists, details, and the pages counting evidence (assessments, dashboard) go stale. */
export const useInvalidateEvidence = () => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return () => invalidateOrgData(client, orgId);
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
        await api<EvidenceDetail>(`${orgPath(orgId)}/evidence/${v.id}`, {
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
      await api(`${orgPath(orgId)}/evidence/${id}`, { method: 'DELETE' });
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
      (await api<EvidenceDetail>(`${orgPath(orgId)}/evidence/links`, { method: 'POST', body })).data,
    onSuccess: invalidate,
  });
};
