import type { Evidence } from '@nimbus/core';

/** Evidence as GET .../evidence returns it (see the server's evidence-view.ts). */

export type ExpiryState = 'none' | 'valid' | 'expiring' | 'expired';

export interface EvidenceItem extends Evidence {
  readonly linkedResults: readonly string[];
  readonly expiry: ExpiryState;
}

export interface EvidenceDetail extends EvidenceItem {
  readonly links: readonly { resultId: string; controlId: string; assessmentId: string }[];
}

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
