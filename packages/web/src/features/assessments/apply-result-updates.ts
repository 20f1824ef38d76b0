import type { QueryClient } from '@tanstack/react-query';
import { invalidateOrgData, queryKeys } from '../../api/queries/keys.js';
import type { AssessmentDetail, ControlResult } from '../../api/types.js';

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
  client.setQueryData<AssessmentDetail>(queryKeys.assessment(orgId, assessmentId), (old) =>
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
    client.setQueryData<ControlResult>(queryKeys.result(orgId, u.id), (old) =>
      old ? { ...old, ...u } : old,
    );
  }
  return invalidateOrgData(client, orgId);
};
