export const RESULT_STATUSES = [
  'not-assessed',
  'planned',
  'partially-implemented',
  'implemented',
  'not-implemented',
  'not-applicable',
] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export const PERSPECTIVES = ['csp', 'csc', 'both'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const SERVICE_ROLES = ['provider', 'consumer'] as const;
export type ServiceRole = (typeof SERVICE_ROLES)[number];

export const CRITICALITY = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof CRITICALITY)[number];

export const DATA_CLASSIFICATION = ['public', 'internal', 'confidential', 'restricted'] as const;
export type DataClassification = (typeof DATA_CLASSIFICATION)[number];

/** How much each status counts toward the implementation score. */
export const STATUS_WEIGHT: Record<ResultStatus, number> = {
  'not-assessed': 0,
  planned: 0.1,
  'partially-implemented': 0.5,
  implemented: 1,
  'not-implemented': 0,
  'not-applicable': 0,
};
