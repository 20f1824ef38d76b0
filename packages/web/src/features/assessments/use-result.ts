import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import type { Comment, ControlResult, Evidence, ResultRow } from '../../api/types.js';
import { applyResultUpdates, resultKey } from './use-assessment.js';

export interface ResultDetail extends ResultRow {
  readonly evidence: readonly Evidence[];
  readonly comments: readonly Comment[];
}

/** One control result with its linked evidence and comments (for the side panel). */
export const useResult = (resultId: string | null) => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: resultKey(orgId, resultId ?? ''),
    queryFn: ({ signal }) => get<ResultDetail>(`/api/v1/orgs/${orgId}/results/${resultId}`, signal),
    enabled: Boolean(resultId),
  });
};

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
        await api<ControlResult>(`/api/v1/orgs/${orgId}/results/${id}`, {
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
        await api<Comment>(`/api/v1/orgs/${orgId}/results/${resultId}/comments`, {
          method: 'POST',
          body: { body },
        })
      ).data,
    onSuccess: () => client.invalidateQueries({ queryKey: resultKey(orgId, resultId) }),
  });
};
