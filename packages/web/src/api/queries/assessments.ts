import { useQuery } from '@tanstack/react-query';
import { get, orgPath } from '../client.js';
import { useOrgId } from '../session.js';
import type { AssessmentDetail, AssessmentListItem, ResultDetail } from '../types.js';
import { queryKeys } from './keys.js';

/** The organization's assessments, each with its overall progress. */
export const useAssessments = (enabled = true) => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: queryKeys.assessments(orgId),
    queryFn: ({ signal }) => get<AssessmentListItem[]>(`${orgPath(orgId)}/assessments`, signal),
    enabled: enabled && orgId !== '',
  });
};

/** One assessment with every control result and its derived progress (not asked for without an id). */
export const useAssessment = (assessmentId: string | undefined) => {
  const orgId = useOrgId();
  const id = assessmentId ?? '';
  return useQuery({
    queryKey: queryKeys.assessment(orgId, id),
    queryFn: ({ signal }) =>
      get<AssessmentDetail>(`${orgPath(orgId)}/assessments/${encodeURIComponent(id)}`, signal),
    enabled: orgId !== '' && id !== '',
  });
};

/** One control result with its linked evidence and comments (for the side panel); none without an id. */
export const useResult = (resultId: string | null) => {
  const orgId = useOrgId();
  const id = resultId ?? '';
  return useQuery({
    queryKey: queryKeys.result(orgId, id),
    queryFn: ({ signal }) => get<ResultDetail>(`${orgPath(orgId)}/results/${encodeURIComponent(id)}`, signal),
    enabled: orgId !== '' && id !== '',
  });
};
