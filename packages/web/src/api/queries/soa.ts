import type { SoaNumbering } from '@nimbus/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, orgPath } from '../client.js';
import { useOrgId } from '../session.js';
import type { SoaResponse } from '../types.js';
import { queryKeys } from './keys.js';

/** The SoA URL of an assessment in a numbering and format (the downloads use the same URL). */
export const soaUrl = (
  orgId: string,
  assessmentId: string,
  numbering: string,
  format: 'json' | 'csv' | 'xlsx' = 'json',
): string =>
  `${orgPath(orgId)}/assessments/${encodeURIComponent(assessmentId)}/soa?numbering=${numbering}${format === 'json' ? '' : `&format=${format}`}`;

/** The Statement of Applicability of an assessment in one numbering (every read is audited server-side). */
export const useSoa = (assessmentId: string, numbering: SoaNumbering) => {
  const orgId = useOrgId();
  return useQuery({
    queryKey: queryKeys.soa(orgId, assessmentId, numbering),
    queryFn: ({ signal }) => get<SoaResponse>(soaUrl(orgId, assessmentId, numbering), signal),
    enabled: orgId !== '' && assessmentId !== '',
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
};
