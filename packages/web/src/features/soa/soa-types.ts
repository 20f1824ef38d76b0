import type { SoaNumbering, SoaRow } from '@nimbus/core';

export type { SoaNumbering, SoaRow };

/** Which rows to show by applicability: null is a 2022 control no assessed control maps to. */
export type ApplicabilityFilter = 'all' | 'applicable' | 'excluded' | 'not-covered';

export const NUMBERING_LABEL: Record<SoaNumbering, string> = {
  '2015': 'ISO/IEC 27017:2015',
  '2022': 'ISO/IEC 27001:2022 Annex A',
};
