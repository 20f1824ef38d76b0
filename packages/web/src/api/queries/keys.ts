import type { QueryClient } from '@tanstack/react-query';

/**
 * Every query key of the app. Reads go through the hooks in this folder, one per endpoint, so every page that
 * shows the same data shares one cache entry; writes invalidate by these keys. Everything of an organization
 * is under ['org', orgId], so leaving an organization or a change that touches much of it can drop it at once.
 */
export const queryKeys = {
  session: ['session'] as const,
  org: (orgId: string) => ['org', orgId] as const,
  members: (orgId: string) => ['org', orgId, 'members'] as const,
  services: (orgId: string) => ['org', orgId, 'services'] as const,
  tokens: (orgId: string) => ['org', orgId, 'tokens'] as const,
  assessments: (orgId: string) => ['org', orgId, 'assessments'] as const,
  assessment: (orgId: string, assessmentId: string) => ['org', orgId, 'assessments', assessmentId] as const,
  soa: (orgId: string, assessmentId: string, numbering: string) =>
    ['org', orgId, 'assessments', assessmentId, 'soa', numbering] as const,
  result: (orgId: string, resultId: string) => ['org', orgId, 'results', resultId] as const,
  /** `query` is the list's query string (see evidenceListQuery). */
  evidenceList: (orgId: string, query: string) => ['org', orgId, 'evidence', 'list', query] as const,
  evidence: (orgId: string, evidenceId: string) => ['org', orgId, 'evidence', 'detail', evidenceId] as const,
  /** The text of an evidence file, for its preview. Outside ['org', ...]: the bytes of an id never change. */
  evidenceText: (evidenceId: string) => ['evidence-text', evidenceId] as const,
  /** `query` is the log's query string (filters and page size). */
  audit: (orgId: string, query: string) => ['org', orgId, 'audit', query] as const,
  frameworks: ['catalog', 'frameworks'] as const,
  catalogTree: (framework: string) => ['catalog', 'tree', framework] as const,
  control: (framework: string, controlId: string) => ['catalog', 'control', framework, controlId] as const,
  catalogSearch: (framework: string, query: string, limit: number) =>
    ['catalog', 'search', framework, query, limit] as const,
} as const;

/** Lists a change of results or evidence cannot affect: members and services. */
const UNAFFECTED = new Set(['members', 'services']);

/**
 * Marks the organization's data stale after a change of results or evidence: assessments, progress, SoA,
 * evidence lists, the audit trail; everything but the member and service lists.
 */
export const invalidateOrgData = (client: QueryClient, orgId: string) =>
  client.invalidateQueries({
    queryKey: queryKeys.org(orgId),
    predicate: (q) => !UNAFFECTED.has(String(q.queryKey[2])),
  });
