import type { AuditEvent, Evidence } from '@nimbus/core';

/** Evidence as GET .../evidence returns it: the stored row with its links and expiry state. */
export interface EvidenceItem extends Evidence {
  readonly linkedResults: readonly string[];
  readonly expiry: 'none' | 'valid' | 'expiring' | 'expired';
}

/** GET .../audit. */
export interface AuditPage {
  readonly events: readonly AuditEvent[];
  readonly nextBefore: number | null;
}

/** GET /api/v1/catalog/tree, only the part the dashboard reads (clause ids and titles). */
export interface CatalogTree {
  readonly framework: { readonly id: string; readonly name: string };
  readonly groups: readonly { readonly id: string; readonly title: string | null }[];
}
