import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { get, orgPath } from '../client.js';
import { useOrgId } from '../session.js';
import type { AuditPage } from '../types.js';
import { queryKeys } from './keys.js';

/**
 * The audit trail, newest first, one page at a time: `query` holds the filters and the page size (`limit`),
 * and the next page asks for events before the last one shown. Only asked for while `enabled` (roles that may
 * read the audit trail).
 */
export const useAuditLog = (query: string, enabled = true) => {
  const orgId = useOrgId();
  return useInfiniteQuery({
    queryKey: queryKeys.audit(orgId, query),
    queryFn: ({ pageParam, signal }) =>
      get<AuditPage>(
        `${orgPath(orgId)}/audit?${query}${pageParam !== undefined ? `&before=${pageParam}` : ''}`,
        signal,
      ),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    placeholderData: keepPreviousData,
    enabled: enabled && orgId !== '',
  });
};
