import type { CloudService } from '@nimbus/core';
import {
  CLASSIFICATION_OPTIONS,
  CRITICALITY_OPTIONS,
  MODEL_LABEL,
  ROLE_LABEL,
} from './service-vocabulary.js';

export type ServiceSortKey =
  | 'name'
  | 'role'
  | 'serviceModel'
  | 'provider'
  | 'criticality'
  | 'dataClassification';

export interface ServiceSort {
  readonly key: ServiceSortKey;
  readonly direction: 'asc' | 'desc';
}

export type RoleFilter = 'all' | CloudService['role'];

const rank = (key: ServiceSortKey, s: CloudService): string | number => {
  switch (key) {
    case 'criticality':
      return CRITICALITY_OPTIONS.indexOf(s.criticality);
    case 'dataClassification':
      return CLASSIFICATION_OPTIONS.indexOf(s.dataClassification);
    case 'role':
      return ROLE_LABEL[s.role];
    case 'serviceModel':
      return MODEL_LABEL[s.serviceModel];
    default:
      return s[key].toLowerCase();
  }
};

/** Services matching the text (name, provider, description) and role, sorted; ties by name. */
export const visibleServices = (
  services: readonly CloudService[],
  text: string,
  role: RoleFilter,
  sort: ServiceSort,
): CloudService[] => {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const dir = sort.direction === 'asc' ? 1 : -1;
  return services
    .filter((s) => role === 'all' || s.role === role)
    .filter((s) => {
      const h = `${s.name}\n${s.provider}\n${s.description}`.toLowerCase();
      return words.every((w) => h.includes(w));
    })
    .sort((a, b) => {
      const x = rank(sort.key, a);
      const y = rank(sort.key, b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return c * dir || a.name.localeCompare(b.name);
    });
};
