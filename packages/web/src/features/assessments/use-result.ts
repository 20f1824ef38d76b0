import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, orgPath } from '../../api/client.js';
import { queryKeys } from '../../api/queries/keys.js';
import { useOrgId } from '../../api/session.js';
import type { Comment, ControlResult } from '../../api/types.js';
import { applyResultUpdates } from './apply-result-updates.js';

// Writes to control results. Reading one is useResult of api/queries/assessments.ts.

/** The fields of a control result a person edits. */
export interface ResultEdit {
  applicable?: boolean;
  justification?: string;
  status?: ControlResult['status'];
  ownerId?: string | null;
  dueDate?: string | null;
  implementation?: string;
}

export interface UpdateResultInput {
  readonly id: string;
  /** The version the edit is based on (sent as If-Match). */
  readonly version: number;
  readonly edit: ResultEdit;
}

/** PATCH one result with If-Match; the cache gets the server's answer. A stale version rejects with 409. */
export const useUpdateResult = (assessmentId: string) => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, edit }: UpdateResultInput) =>
      (
        await api<ControlResult>(`${orgPath(orgId)}/results/${id}`, {
          method: 'PATCH',
          body: edit,
          ifMatch: version,
        })
      ).data,
    onSuccess: (updated) => applyResultUpdates(client, orgId, assessmentId, [updated]),
  });
};

export const useAddComment = (resultId: string) => {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: string) =>
      (
        await api<Comment>(`${orgPath(orgId)}/results/${resultId}/comments`, {
          method: 'POST',
          body: { body },
        })
      ).data,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.result(orgId, resultId) }),
  });
};
