import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, orgPath } from '../client.js';
import { useOrgId } from '../session.js';
import type { EvidenceDetail, EvidenceItem } from '../types.js';
import { queryKeys } from './keys.js';

/** The filters GET .../evidence takes; unset ones do not filter. */
export interface EvidenceListParams {
  /** A control id the evidence is linked to (in any assessment). */
  readonly control?: string;
  readonly ownerId?: string;
  readonly kind?: 'file' | 'link' | 'scan';
  /** Evidence whose validity ends within this many days from today. */
  readonly expiringWithinDays?: number;
  /** true: only expired evidence; false: only evidence that has not expired. */
  readonly expired?: boolean;
}

/**
 * The query string of the evidence list (`?…`, or '' without filters). The order of the parameters is fixed, so
 * the same filters always give the same string, and every page asking for them shares one cache entry.
 */
export const evidenceListQuery = (p: EvidenceListParams): string => {
  const q = new URLSearchParams();
  if (p.control) q.set('control', p.control);
  if (p.ownerId) q.set('ownerId', p.ownerId);
  if (p.kind) q.set('kind', p.kind);
  if (p.expiringWithinDays !== undefined) q.set('expiringWithinDays', String(p.expiringWithinDays));
  if (p.expired !== undefined) q.set('expired', String(p.expired));
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** The organization's evidence, filtered; keeps the previous list while the next one loads. */
export const useEvidenceList = (params: EvidenceListParams, enabled = true) => {
  const orgId = useOrgId();
  const qs = evidenceListQuery(params);
  return useQuery({
    queryKey: queryKeys.evidenceList(orgId, qs),
    queryFn: ({ signal }) => get<EvidenceItem[]>(`${orgPath(orgId)}/evidence${qs}`, signal),
    placeholderData: keepPreviousData,
    enabled: enabled && orgId !== '',
  });
};

/** Where an evidence file downloads from (as an attachment; `?inline=true` asks to show it in the page). */
export const evidenceDownloadUrl = (orgId: string, evidenceId: string) =>
  `${orgPath(orgId)}/evidence/${encodeURIComponent(evidenceId)}/download`;

/** The text of an evidence file, for its preview. Cached for good: the bytes of an evidence id never change. */
export const useEvidenceText = (evidenceId: string) => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: queryKeys.evidenceText(evidenceId),
    queryFn: async ({ signal }) => {
      const res = await fetch(evidenceDownloadUrl(orgId, evidenceId), { credentials: 'same-origin', signal });
      if (!res.ok) throw new Error(`The file could not be loaded (HTTP ${res.status}).`);
      return res.text();
    },
    enabled: orgId !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });
};

/** One piece of evidence with the results it is linked to; none without an id. */
export const useEvidenceDetail = (evidenceId: string | null) => {
  const orgId = useOrgId();
  const id = evidenceId ?? '';
  return useQuery({
    queryKey: queryKeys.evidence(orgId, id),
    queryFn: ({ signal }) =>
      get<EvidenceDetail>(`${orgPath(orgId)}/evidence/${encodeURIComponent(id)}`, signal),
    enabled: orgId !== '' && id !== '',
  });
};
