import { useMutation } from '@tanstack/react-query';
import { get, orgPath } from '../../api/client.js';
import { useOrgId } from '../../api/session.js';
import { dayBoundary } from './format.js';

export interface AuditFilters {
  readonly action: string;
  readonly actor: string | null;
  readonly targetType: string | null;
  /** YYYY-MM-DD, local days, inclusive. */
  readonly from: string;
  readonly to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { action: '', actor: null, targetType: null, from: '', to: '' };

export const PAGE_SIZE = 50;

export interface ChainCheck {
  readonly ok: boolean;
  readonly events: number;
  readonly broken: { seq: number; id: string; reason: string } | null;
}

/** The query string of the audit log for the filters that are set (PAGE_SIZE events a page). */
export const auditQuery = (f: AuditFilters): string => {
  const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (f.action.trim()) q.set('action', f.action.trim());
  if (f.actor) q.set('actor', f.actor);
  if (f.targetType) q.set('targetType', f.targetType);
  const from = f.from ? dayBoundary(f.from, false) : null;
  const to = f.to ? dayBoundary(f.to, true) : null;
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  return q.toString();
};

/** Recomputes the organization's hash chain on the server. */
export const useVerifyChain = () => {
  const orgId = useOrgId();
  return useMutation({
    mutationFn: () => get<ChainCheck>(`${orgPath(orgId)}/audit/verify`),
  });
};
