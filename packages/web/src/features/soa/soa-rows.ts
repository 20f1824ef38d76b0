import { STATUS_LABEL } from '../dashboard/result-status.js';
import type { ApplicabilityFilter, SoaRow } from './soa-types.js';

export interface SoaCounts {
  readonly total: number;
  readonly applicable: number;
  readonly excluded: number;
  /** 2022 numbering: controls no assessed control corresponds to. */
  readonly notCovered: number;
}

export const soaCounts = (rows: readonly SoaRow[]): SoaCounts => ({
  total: rows.length,
  applicable: rows.filter((r) => r.applicable === true).length,
  excluded: rows.filter((r) => r.applicable === false).length,
  notCovered: rows.filter((r) => r.applicable === null).length,
});

const matchesApplicability = (row: SoaRow, filter: ApplicabilityFilter): boolean => {
  switch (filter) {
    case 'applicable':
      return row.applicable === true;
    case 'excluded':
      return row.applicable === false;
    case 'not-covered':
      return row.applicable === null;
    default:
      return true;
  }
};

/** The text a row is searched in: ids, titles, group, justification, status, evidence, source controls. */
const haystack = (row: SoaRow): string =>
  [
    row.control,
    row.title,
    row.group,
    row.justification,
    STATUS_LABEL[row.status],
    row.implementation,
    ...row.evidence,
    ...row.sources,
  ]
    .join('\n')
    .toLowerCase();

/** Rows matching every word of the text (in any field) and the applicability filter. */
export const filterSoaRows = (
  rows: readonly SoaRow[],
  text: string,
  applicability: ApplicabilityFilter = 'all',
): SoaRow[] => {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (!matchesApplicability(r, applicability)) return false;
    if (words.length === 0) return true;
    const h = haystack(r);
    return words.every((w) => h.includes(w));
  });
};

/** Consecutive rows of the same group, in table order. */
export const groupSoaRows = (rows: readonly SoaRow[]): { group: string; rows: SoaRow[] }[] => {
  const out: { group: string; rows: SoaRow[] }[] = [];
  for (const r of rows) {
    const last = out.at(-1);
    if (last && last.group === r.group) last.rows.push(r);
    else out.push({ group: r.group, rows: [r] });
  }
  return out;
};
