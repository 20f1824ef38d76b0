import type { EvidenceItem, ResultRow } from '../../api/types.js';

/** Test fixtures and browser stubs shared by the dashboard's component tests. */

export const TODAY = '2026-11-28';

let seq = 0;
export const result = (over: Partial<ResultRow> & { controlId: string }): ResultRow => ({
  id: `r-${over.controlId}`,
  orgId: 'org1',
  assessmentId: 'a1',
  position: seq++,
  applicable: true,
  justification: '',
  status: 'not-assessed',
  ownerId: null,
  dueDate: null,
  implementation: '',
  version: 1,
  updatedAt: '2026-11-01T00:00:00Z',
  updatedBy: null,
  evidenceCount: 0,
  latestAutomatedEvidence: null,
  ...over,
  control: {
    id: over.controlId,
    title: `Title of ${over.controlId}`,
    kind: over.controlId.startsWith('CLD') ? 'cloud-extended' : 'iso27002',
    clause: over.controlId.replace(/^CLD\./, '').split('.')[0]!,
    audience: null,
    verification: 'confirmed',
    ...over.control,
  },
});

export const evidence = (id: string, validUntil: string, over: Partial<EvidenceItem> = {}): EvidenceItem => ({
  id,
  orgId: 'org1',
  kind: 'file',
  title: `Evidence ${id}`,
  sha256: null,
  size: null,
  contentType: null,
  filename: null,
  url: null,
  collectedAt: null,
  validUntil,
  ownerId: null,
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: null,
  version: 1,
  linkedResults: [],
  expiry: validUntil < TODAY ? 'expired' : 'expiring',
  ...over,
});
