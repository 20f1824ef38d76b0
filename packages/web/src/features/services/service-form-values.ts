import type { CloudService, Criticality, DataClassification, ServiceModel, ServiceRole } from '@nimbus/core';

/** What the form edits: a choice not made yet is null. */
export interface ServiceFormValues {
  readonly name: string;
  readonly role: ServiceRole | null;
  readonly serviceModel: ServiceModel | null;
  readonly provider: string;
  readonly criticality: Criticality | null;
  readonly dataClassification: DataClassification | null;
  readonly description: string;
}

/** The body the API accepts (POST, or PATCH with a subset). */
export interface ServiceInput {
  readonly name: string;
  readonly role: ServiceRole;
  readonly serviceModel: ServiceModel;
  readonly provider: string;
  readonly criticality: Criticality;
  readonly dataClassification: DataClassification;
  readonly description: string;
}

export type ServiceField = keyof ServiceFormValues;
export type ServiceErrors = Partial<Record<ServiceField, string>>;

export const SERVICE_FIELDS: readonly ServiceField[] = [
  'name',
  'role',
  'serviceModel',
  'provider',
  'criticality',
  'dataClassification',
  'description',
];

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 4000;

export const emptyServiceValues: ServiceFormValues = {
  name: '',
  role: null,
  serviceModel: null,
  provider: '',
  criticality: null,
  dataClassification: null,
  description: '',
};

export const valuesOf = (s: CloudService): ServiceFormValues => ({
  name: s.name,
  role: s.role,
  serviceModel: s.serviceModel,
  provider: s.provider,
  criticality: s.criticality,
  dataClassification: s.dataClassification,
  description: s.description,
});

// Control characters other than tab, newline and carriage return (the server refuses them too).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const text = (value: string, label: string, max: number, required: boolean): string | undefined => {
  if (required && value.trim() === '') return `Enter the ${label}`;
  if (value.length > max) return `Use at most ${max} characters (now ${value.length})`;
  if (CONTROL.test(value)) return 'Remove control characters (such as pasted NUL bytes)';
  return undefined;
};

/** The same rules as the server, so most problems show before sending. Empty object: valid. */
export const validateService = (v: ServiceFormValues): ServiceErrors => {
  const errors: ServiceErrors = {
    name: text(v.name, 'service name', NAME_MAX, true),
    provider: text(v.provider, 'provider', NAME_MAX, true),
    description: text(v.description, 'description', DESCRIPTION_MAX, false),
    role: v.role ? undefined : 'Choose whether you provide or use this service',
    serviceModel: v.serviceModel ? undefined : 'Choose the service model',
    criticality: v.criticality ? undefined : 'Choose how critical the service is',
    dataClassification: v.dataClassification ? undefined : 'Choose the highest data classification it holds',
  };
  return Object.fromEntries(Object.entries(errors).filter(([, m]) => m !== undefined)) as ServiceErrors;
};

/** Valid values as the API body (names trimmed). Call after validateService found nothing. */
export const toServiceInput = (v: ServiceFormValues): ServiceInput => ({
  name: v.name.trim(),
  role: v.role!,
  serviceModel: v.serviceModel!,
  provider: v.provider.trim(),
  criticality: v.criticality!,
  dataClassification: v.dataClassification!,
  description: v.description,
});

/** The fields of `input` that differ from `base`: what a PATCH sends, so others' changes are kept. */
export const changedFields = (input: ServiceInput, base: CloudService): Partial<ServiceInput> =>
  Object.fromEntries(
    (Object.keys(input) as (keyof ServiceInput)[])
      .filter((k) => input[k] !== base[k])
      .map((k) => [k, input[k]]),
  ) as Partial<ServiceInput>;

/**
 * The PATCH body for `changes` made against `target` (the version named in If-Match). The server's PATCH schema
 * gives a missing `description` its create-time default (''), so a body without it would wipe the stored
 * description; sending the target's own description keeps it (If-Match guarantees it is the stored value).
 */
export const patchBody = (changes: Partial<ServiceInput>, target: CloudService): Partial<ServiceInput> => ({
  description: target.description,
  ...changes,
});
