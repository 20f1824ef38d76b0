import type { SortKey } from './result-filters.js';

export interface Column {
  readonly id: string;
  /** Header buttons that sort by this column (the control column sorts by id or by title). */
  readonly sorts: readonly { readonly key: SortKey; readonly label: string }[];
  /** Fixed width in px; the control column takes what is left. */
  readonly width?: number;
  readonly align?: 'left' | 'right' | 'center';
}

/** The columns of the results table, in order (after the selection checkbox). */
export const COLUMNS: readonly Column[] = [
  {
    id: 'control',
    sorts: [
      { key: 'id', label: 'Control' },
      { key: 'title', label: 'Title' },
    ],
  },
  { id: 'clause', sorts: [{ key: 'clause', label: 'Clause' }], width: 70 },
  { id: 'kind', sorts: [{ key: 'kind', label: 'Kind' }], width: 82 },
  { id: 'status', sorts: [{ key: 'status', label: 'Status' }], width: 176 },
  { id: 'applicable', sorts: [{ key: 'applicable', label: 'Applicable' }], width: 102 },
  { id: 'owner', sorts: [{ key: 'owner', label: 'Owner' }], width: 124 },
  { id: 'due', sorts: [{ key: 'due', label: 'Due' }], width: 122 },
  { id: 'evidence', sorts: [{ key: 'evidence', label: 'Evidence' }], width: 88, align: 'right' },
];

export const CHECKBOX_WIDTH = 40;
export const ROW_HEIGHT = 53;
/** Narrowest table before it scrolls sideways (the control column keeps at least ~200 px). */
export const TABLE_MIN_WIDTH = 964;
