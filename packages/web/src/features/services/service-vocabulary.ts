import type { Criticality, DataClassification, ServiceModel, ServiceRole } from '@nimbus/core';

export const ROLE_OPTIONS: readonly ServiceRole[] = ['provider', 'consumer'];
export const MODEL_OPTIONS: readonly ServiceModel[] = ['iaas', 'paas', 'saas'];
export const CRITICALITY_OPTIONS: readonly Criticality[] = ['low', 'medium', 'high', 'critical'];
export const CLASSIFICATION_OPTIONS: readonly DataClassification[] = [
  'public',
  'internal',
  'confidential',
  'restricted',
];

export const ROLE_LABEL: Record<ServiceRole, string> = {
  provider: 'We provide it (CSP)',
  consumer: 'We use it (CSC)',
};

export const ROLE_HINT: Record<ServiceRole, string> = {
  provider: 'Your organization offers this service to customers: you act as cloud service provider.',
  consumer: 'Your organization uses this service from a provider: you act as cloud service customer.',
};

export const MODEL_LABEL: Record<ServiceModel, string> = {
  iaas: 'IaaS',
  paas: 'PaaS',
  saas: 'SaaS',
};

export const MODEL_HINT: Record<ServiceModel, string> = {
  iaas: 'Infrastructure as a service',
  paas: 'Platform as a service',
  saas: 'Software as a service',
};

export const CRITICALITY_LABEL: Record<Criticality, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const CRITICALITY_COLOR: Record<Criticality, { color: string }> = {
  low: { color: 'gray' },
  medium: { color: 'blue' },
  high: { color: 'orange' },
  critical: { color: 'red' },
};

export const CLASSIFICATION_LABEL: Record<DataClassification, string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  restricted: 'Restricted',
};
