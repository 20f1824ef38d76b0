import type { CloudService } from '@nimbus/core';
import type { ServiceInput } from './service-form-values.js';
import { CLASSIFICATION_LABEL, CRITICALITY_LABEL, MODEL_LABEL, ROLE_LABEL } from './service-vocabulary.js';

export const FIELD_LABEL: Record<keyof ServiceInput, string> = {
  name: 'Name',
  role: 'Our role',
  serviceModel: 'Service model',
  provider: 'Provider',
  criticality: 'Criticality',
  dataClassification: 'Data classification',
  description: 'Description',
};

/** A field value in words, as the table shows it. */
export const displayValue = (field: keyof ServiceInput, value: ServiceInput[keyof ServiceInput]): string => {
  switch (field) {
    case 'role':
      return ROLE_LABEL[value as CloudService['role']];
    case 'serviceModel':
      return MODEL_LABEL[value as CloudService['serviceModel']];
    case 'criticality':
      return CRITICALITY_LABEL[value as CloudService['criticality']];
    case 'dataClassification':
      return CLASSIFICATION_LABEL[value as CloudService['dataClassification']];
    default:
      return String(value) || '(empty)';
  }
};
