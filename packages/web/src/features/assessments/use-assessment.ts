import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import type { AssessmentDetail, ControlResult } from '../../api/types.js';

export const assessmentKey = (orgId: string, assessmentId: string) =>
  ['org', orgId, 'assessments', assessmentId] as const;

export const resultKey = (orgId: string, resultId: string) => ['org', orgId, 'results', resultId] as const;

/** One assessment with every control result and its derived progress. */
export const useAssessment = (assessmentId: string) => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: assessmentKey(orgId, assessmentId),
    queryFn: ({ signal }) =>
      get<AssessmentDetail>(`/api/v1/orgs/${orgId}/assessments/${assessmentId}`, signal),
  });
};

/** Keys whose data a change of results makes stale: everything of the org except the member and service lists. */
const STABLE = new Set(['members', 'services']);

/**
 * Puts results the server returned after a write into the cached assessment (keeping the catalog fields and
 * evidence counts of each row), then marks the derived data (progress, SoA, dashboard) stale.
 */
export const applyResultUpdates = (
  client: QueryClient,
  orgId: string,
  assessmentId: string,
  updated: readonly ControlResult[],
) => {
  const byId = new Map(updated.map((u) => [u.id, u]));
  client.setQueryData<AssessmentDetail>(assessmentKey(orgId, assessmentId), (old) =>
    old
      ? {
          ...old,
          results: old.results.map((r) => {
            const u = byId.get(r.id);
            return u ? { ...r, ...u } : r;
          }),
        }
      : old,
  );
  for (const u of updated) {
    client.setQueryData<ControlResult>(resultKey(orgId, u.id), (old) => (old ? { ...old, ...u } : old));
  }
  return client.invalidateQueries({
    queryKey: ['org', orgId],
    predicate: (q) => !STABLE.has(String(q.queryKey[2])),
  });
};
