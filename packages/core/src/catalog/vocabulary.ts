/** Closed vocabularies of the catalog, shared by the file schemas, the compiled model and the adapters. */
export const AUDIENCES = ['none', 'csp', 'csc', 'both', 'other-info-only'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const PARTIES = ['csp', 'csc'] as const;
export type Party = (typeof PARTIES)[number];

export const VERIFICATION = ['confirmed', 'unverified'] as const;
export type Verification = (typeof VERIFICATION)[number];

export const VERIFICATION_BASIS = ['inferred', 'secondary-source'] as const;
export type VerificationBasis = (typeof VERIFICATION_BASIS)[number];

/** CSA's Shared Security Responsibility Model (SSRM) ownership values. */
export const OWNERSHIP = [
  'csp-owned',
  'csc-owned',
  'shared',
  'third-party-outsourced',
  'shared-csp-third-party',
  'n/a',
] as const;
export type Ownership = (typeof OWNERSHIP)[number];

export const SERVICE_MODELS = ['iaas', 'paas', 'saas'] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];

/** OSCAL's mapping relationship vocabulary. */
export const RELATIONS = ['equal-to', 'subset-of', 'superset-of', 'intersects-with'] as const;
export type Relation = (typeof RELATIONS)[number];

export const PROVENANCE = ['published', 'derived'] as const;
export type Provenance = (typeof PROVENANCE)[number];

export const CONTROL_KINDS = ['iso27002', 'cloud-extended', 'standard'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

export const addressesParty = (audience: Audience | undefined, party: Party): boolean =>
  audience === 'both' || audience === party;

export const inverseRelation = (relation: Relation): Relation =>
  relation === 'subset-of' ? 'superset-of' : relation === 'superset-of' ? 'subset-of' : relation;
