import type { Audience, ControlKind, Ownership, Relation, ServiceModel } from '@nimbus/core';

/** Words for the catalog's closed vocabularies, so every page says the same thing. */

export const DEFAULT_FRAMEWORK_ID = 'iso27017:2015';

export const SERVICE_MODEL_LABELS: Record<ServiceModel, string> = {
  iaas: 'IaaS',
  paas: 'PaaS',
  saas: 'SaaS',
};
export const SERVICE_MODEL_IDS = ['iaas', 'paas', 'saas'] as const satisfies readonly ServiceModel[];

export const OWNERSHIP_LABELS: Record<Ownership, string> = {
  'csp-owned': 'Provider owned',
  'csc-owned': 'Customer owned',
  shared: 'Shared',
  'third-party-outsourced': 'Third party',
  'shared-csp-third-party': 'Provider + third party',
  'n/a': 'Not applicable',
};
export const OWNERSHIP_COLORS: Record<Ownership, string> = {
  'csp-owned': 'indigo',
  'csc-owned': 'teal',
  shared: 'grape',
  'third-party-outsourced': 'orange',
  'shared-csp-third-party': 'cyan',
  'n/a': 'gray',
};
export const OWNERSHIP_IDS = Object.keys(OWNERSHIP_LABELS) as Ownership[];

/** Short badge text for whom the cloud-specific guidance of the standard addresses. */
export const AUDIENCE_BADGE: Record<Audience, string | null> = {
  none: null,
  csp: 'For provider',
  csc: 'For customer',
  both: 'Provider + customer',
  'other-info-only': 'Other info only',
};

/** A sentence for the same. */
export const AUDIENCE_SENTENCE: Record<Audience, string> = {
  none: 'The standard adds no cloud-specific guidance to this control.',
  csp: 'The cloud-specific guidance addresses the cloud service provider (CSP).',
  csc: 'The cloud-specific guidance addresses the cloud service customer (CSC).',
  both: 'The cloud-specific guidance addresses both the provider (CSP) and the customer (CSC).',
  'other-info-only':
    'The standard adds only "other information" for cloud services, no guidance for a party.',
};

export const KIND_LABELS: Record<ControlKind, string> = {
  iso27002: 'ISO/IEC 27002 control',
  'cloud-extended': 'Cloud-extended (CLD) control',
  standard: 'Control',
};

export const RELATION_LABELS: Record<Relation, string> = {
  'equal-to': 'equal to',
  'subset-of': 'subset of',
  'superset-of': 'superset of',
  'intersects-with': 'intersects with',
};

export const RELATION_HELP: Record<Relation, string> = {
  'equal-to': 'Both controls ask for the same thing.',
  'subset-of': 'This control covers part of the mapped control.',
  'superset-of': 'This control covers all of the mapped control and more.',
  'intersects-with': 'The controls overlap in part.',
};

export const UNVERIFIED_HELP =
  'Unverified: whom the standard’s cloud guidance addresses was inferred or taken from a secondary source, not read in the standard itself. Check it against your licensed copy.';

export const VERIFICATION_BASIS_LABELS: Record<string, string> = {
  inferred: 'inferred from the control’s subject',
  'secondary-source': 'taken from a secondary source',
};

export const PROVENANCE_HELP = {
  published: 'Published: restates a correspondence table published by a standards body.',
  derived: 'Derived: a topical correspondence written by the Nimbus team, not an official table.',
} as const;

export const controlPath = (orgId: string, framework: string, id: string) =>
  `/o/${orgId}/catalog/${encodeURIComponent(framework)}/${encodeURIComponent(id)}`;
