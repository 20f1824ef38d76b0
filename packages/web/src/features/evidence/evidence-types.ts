// The evidence library's filter and form values (the API's evidence types are in api/types.ts).

export type EvidenceKindFilter = 'all' | 'file' | 'link' | 'scan';
export type ValidityFilter = 'any' | 'expiring' | 'expired' | 'current';

export interface EvidenceFilters {
  readonly control: string;
  readonly ownerId: string | null;
  readonly kind: EvidenceKindFilter;
  readonly validity: ValidityFilter;
  readonly days: number;
}

/** The fields a person edits on evidence; dates are YYYY-MM-DD or empty. */
export interface EvidenceFormValues {
  title: string;
  collectedAt: string;
  validUntil: string;
  ownerId: string | null;
}
