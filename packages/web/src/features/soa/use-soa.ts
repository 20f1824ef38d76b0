import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.js';
import { soaUrl } from './soa-rows.js';
import type { SoaNumbering, SoaResponse } from './soa-types.js';

/** The Statement of Applicability of an assessment in one numbering (every read is audited server-side). */
export const useSoa = (orgId: string, assessmentId: string, numbering: SoaNumbering) =>
  useQuery({
    queryKey: ['org', orgId, 'assessments', assessmentId, 'soa', numbering],
    queryFn: ({ signal }) => get<SoaResponse>(soaUrl(orgId, assessmentId, numbering), signal),
    enabled: orgId !== '' && assessmentId !== '',
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
