import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.js';
import type { AssessmentDetail, AssessmentListItem, MemberView } from '../../api/types.js';
import type { AuditPage, CatalogTree, EvidenceItem } from './dashboard-types.js';

const orgPath = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}`;

/** The organization's assessments with their overall progress. */
export const useAssessments = (orgId: string) =>
  useQuery({
    queryKey: ['org', orgId, 'assessments'],
    queryFn: ({ signal }) => get<AssessmentListItem[]>(`${orgPath(orgId)}/assessments`, signal),
    enabled: orgId !== '',
  });

/** One assessment with every control result and its derived progress. */
export const useAssessment = (orgId: string, assessmentId: string | undefined) =>
  useQuery({
    queryKey: ['org', orgId, 'assessments', assessmentId],
    queryFn: ({ signal }) =>
      get<AssessmentDetail>(`${orgPath(orgId)}/assessments/${encodeURIComponent(assessmentId!)}`, signal),
    enabled: orgId !== '' && Boolean(assessmentId),
  });

/** Evidence whose validity ends within `days` days (from today). */
export const useExpiringEvidence = (orgId: string, days = 30) =>
  useQuery({
    queryKey: ['org', orgId, 'evidence', { expiringWithinDays: days }],
    queryFn: ({ signal }) =>
      get<EvidenceItem[]>(`${orgPath(orgId)}/evidence?expiringWithinDays=${days}`, signal),
    enabled: orgId !== '',
  });

/** Evidence whose validity has ended. */
export const useExpiredEvidence = (orgId: string) =>
  useQuery({
    queryKey: ['org', orgId, 'evidence', { expired: true }],
    queryFn: ({ signal }) => get<EvidenceItem[]>(`${orgPath(orgId)}/evidence?expired=true`, signal),
    enabled: orgId !== '',
  });

/** The latest audit events; only asked for when the role may read the audit trail. */
export const useRecentActivity = (orgId: string, enabled: boolean, limit = 10) =>
  useQuery({
    queryKey: ['org', orgId, 'audit', { limit }],
    queryFn: ({ signal }) => get<AuditPage>(`${orgPath(orgId)}/audit?limit=${limit}`, signal),
    enabled: enabled && orgId !== '',
  });

/** Members of the organization, to show owners by name. */
export const useMembers = (orgId: string) =>
  useQuery({
    queryKey: ['org', orgId, 'members'],
    queryFn: ({ signal }) => get<MemberView[]>(`${orgPath(orgId)}/members`, signal),
    enabled: orgId !== '',
    staleTime: 60_000,
  });

const titlesOf = (tree: CatalogTree) => new Map(tree.groups.map((g) => [g.id, g.title ?? '']));

/** Clause titles of a framework ("9" → "Access control"), from the catalog tree. */
export const useClauseTitles = (framework: string | undefined) =>
  useQuery({
    queryKey: ['catalog', 'tree', framework],
    queryFn: ({ signal }) =>
      get<CatalogTree>(`/api/v1/catalog/tree?framework=${encodeURIComponent(framework!)}`, signal),
    enabled: Boolean(framework),
    staleTime: Number.POSITIVE_INFINITY,
    select: titlesOf,
  });
