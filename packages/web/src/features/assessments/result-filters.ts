import type { ResultStatus } from '@nimbus/core';
import type { ResultRow } from '../../api/types.js';
import { isOverdue, STATUSES } from './vocabulary.js';

/** Owner filter value for results nobody owns yet. */
export const UNASSIGNED = '__unassigned__';

export interface ResultFilters {
  /** Words that must all appear in the control id or title. */
  readonly q: string;
  /** Any of these statuses; empty means every status. */
  readonly statuses: readonly ResultStatus[];
  /** A member id, UNASSIGNED, or null for everyone. */
  readonly owner: string | null;
  readonly clause: string | null;
  readonly applicability: 'all' | 'applicable' | 'excluded';
  readonly kind: 'all' | 'cloud-extended' | 'base';
  readonly overdueOnly: boolean;
}

export const NO_FILTERS: ResultFilters = {
  q: '',
  statuses: [],
  owner: null,
  clause: null,
  applicability: 'all',
  kind: 'all',
  overdueOnly: false,
};

export const activeFilterCount = (f: ResultFilters) =>
  (f.q.trim() ? 1 : 0) +
  (f.statuses.length ? 1 : 0) +
  (f.owner ? 1 : 0) +
  (f.clause ? 1 : 0) +
  (f.applicability !== 'all' ? 1 : 0) +
  (f.kind !== 'all' ? 1 : 0) +
  (f.overdueOnly ? 1 : 0);

const STATUS_SET = new Set<string>(STATUSES);

/** Filters from a URL query (?status=planned,implemented&owner=...&q=...), so other pages can link here. */
export const filtersFromSearch = (params: URLSearchParams): ResultFilters => {
  const applicability = params.get('applicability');
  const kind = params.get('kind');
  return {
    q: params.get('q') ?? '',
    statuses: (params.get('status') ?? '').split(',').filter((s): s is ResultStatus => STATUS_SET.has(s)),
    owner: params.get('owner') || null,
    clause: params.get('clause') || null,
    applicability: applicability === 'applicable' || applicability === 'excluded' ? applicability : 'all',
    kind: kind === 'cloud-extended' || kind === 'base' ? kind : 'all',
    overdueOnly: params.get('overdue') === '1',
  };
};

/** The rows that pass every filter, in their current order. */
export const filterResults = (
  rows: readonly ResultRow[],
  f: ResultFilters,
  today: string,
): readonly ResultRow[] => {
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  const statuses = f.statuses.length ? new Set<string>(f.statuses) : null;
  return rows.filter((r) => {
    if (statuses && !statuses.has(r.status)) return false;
    if (f.owner === UNASSIGNED ? r.ownerId !== null : f.owner && r.ownerId !== f.owner) return false;
    if (f.clause && r.control.clause !== f.clause) return false;
    if (f.applicability === 'applicable' && !r.applicable) return false;
    if (f.applicability === 'excluded' && r.applicable) return false;
    if (f.kind === 'cloud-extended' && r.control.kind !== 'cloud-extended') return false;
    if (f.kind === 'base' && r.control.kind === 'cloud-extended') return false;
    if (f.overdueOnly && !isOverdue(r, today)) return false;
    if (words.length) {
      const text = `${r.control.id} ${r.control.title}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
};

export type SortKey =
  | 'id'
  | 'title'
  | 'clause'
  | 'kind'
  | 'status'
  | 'applicable'
  | 'owner'
  | 'due'
  | 'evidence';

export interface SortState {
  readonly key: SortKey;
  readonly dir: 'asc' | 'desc';
}

/** "9.2.1" before "10.1.1": numbers compare by value. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const STATUS_RANK = new Map(STATUSES.map((s, i) => [s, i]));

/**
 * Rows sorted by a column; ties keep the framework's order. Missing values (no owner, no due date) go last
 * in both directions, so "soonest due" and "latest due" both start with real dates.
 */
export const sortResults = (
  rows: readonly ResultRow[],
  sort: SortState | null,
  ownerName: (id: string | null) => string,
): readonly ResultRow[] => {
  if (!sort) return rows;
  const sign = sort.dir === 'asc' ? 1 : -1;
  const value = (r: ResultRow): string | number | null => {
    switch (sort.key) {
      case 'id':
        return r.control.id;
      case 'title':
        return r.control.title;
      case 'clause':
        return r.control.clause;
      case 'kind':
        return r.control.kind === 'cloud-extended' ? 0 : 1;
      case 'status':
        return STATUS_RANK.get(r.status) ?? 99;
      case 'applicable':
        return r.applicable ? 0 : 1;
      case 'owner':
        return r.ownerId ? ownerName(r.ownerId) : null;
      case 'due':
        return r.dueDate;
      case 'evidence':
        return r.evidenceCount;
    }
  };
  const decorated = rows.map((r) => ({ r, v: value(r) }));
  decorated.sort((a, b) => {
    if (a.v === null || b.v === null) {
      if (a.v === b.v) return a.r.position - b.r.position;
      return a.v === null ? 1 : -1;
    }
    const c =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : collator.compare(String(a.v), String(b.v));
    return c !== 0 ? c * sign : a.r.position - b.r.position;
  });
  return decorated.map((d) => d.r);
};

/** Clicking a column header: ascending, then descending, then back to the framework's order. */
export const nextSort = (current: SortState | null, key: SortKey): SortState | null => {
  if (!current || current.key !== key) return { key, dir: 'asc' };
  return current.dir === 'asc' ? { key, dir: 'desc' } : null;
};
