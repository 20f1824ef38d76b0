import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { EvidenceFilters, EvidenceKindFilter, ValidityFilter } from './evidence-types.js';

const KINDS: readonly EvidenceKindFilter[] = ['all', 'file', 'link', 'scan'];
const VALIDITY: readonly ValidityFilter[] = ['any', 'expiring', 'expired', 'current'];
export const DEFAULT_DAYS = 30;

/** Filters live in the URL, so the control page can link to "evidence for 12.4.1". */
export const useEvidenceParams = () => {
  const [params, setParams] = useSearchParams();
  const filters = useMemo((): EvidenceFilters => {
    const kind = params.get('kind') as EvidenceKindFilter | null;
    const validity = params.get('validity') as ValidityFilter | null;
    const days = Number(params.get('days'));
    return {
      control: params.get('control') ?? '',
      ownerId: params.get('owner'),
      kind: kind && KINDS.includes(kind) ? kind : 'all',
      validity: validity && VALIDITY.includes(validity) ? validity : 'any',
      days: Number.isInteger(days) && days >= 0 && days <= 3650 && params.has('days') ? days : DEFAULT_DAYS,
    };
  }, [params]);

  const setFilters = useCallback(
    (f: EvidenceFilters) =>
      setParams(
        () => {
          const next = new URLSearchParams();
          if (f.control) next.set('control', f.control);
          if (f.ownerId) next.set('owner', f.ownerId);
          if (f.kind !== 'all') next.set('kind', f.kind);
          if (f.validity !== 'any') next.set('validity', f.validity);
          if (f.validity === 'expiring' && f.days !== DEFAULT_DAYS) next.set('days', String(f.days));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, setFilters };
};

export const NO_EVIDENCE_FILTERS: EvidenceFilters = {
  control: '',
  ownerId: null,
  kind: 'all',
  validity: 'any',
  days: DEFAULT_DAYS,
};

export const isFilteringEvidence = (f: EvidenceFilters) =>
  Boolean(f.control || f.ownerId || f.kind !== 'all' || f.validity !== 'any');

/** The server accepts control ids like 12.4.1 or CLD.9.5.2. */
export const CONTROL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
