import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, orgPath } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import type { ControlResult } from '../../api/types.js';
import { applyResultUpdates } from './apply-result-updates.js';
import type { ResultEdit } from './use-result.js';

export interface BulkItem extends ResultEdit {
  readonly id: string;
  readonly version: number;
}

/** Changes many results in one request: all or nothing, each item carrying the version it was read at. */
export const useBulkUpdate = (assessmentId: string) => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (updates: BulkItem[]) =>
      (
        await api<{ updated: ControlResult[] }>(
          `${orgPath(orgId)}/assessments/${assessmentId}/results/bulk`,
          { method: 'POST', body: { updates } },
        )
      ).data.updated,
    onSuccess: (updated) => applyResultUpdates(client, orgId, assessmentId, updated),
  });
};
