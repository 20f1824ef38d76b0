import { Button, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  DESCRIPTION_MAX,
  NAME_MAX,
  type ServiceErrors,
  type ServiceFormValues,
  type ServiceInput,
  toServiceInput,
  validateService,
} from './service-form-values.js';
import {
  CLASSIFICATION_LABEL,
  CLASSIFICATION_OPTIONS,
  CRITICALITY_LABEL,
  CRITICALITY_OPTIONS,
  MODEL_HINT,
  MODEL_LABEL,
  MODEL_OPTIONS,
  ROLE_HINT,
  ROLE_LABEL,
  ROLE_OPTIONS,
} from './service-vocabulary.js';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/**
 * The fields of a cloud service. Checks the server's rules before sending; after the first attempt it checks
 * as the user types, so a fixed field clears its message at once. Server-side field errors are shown too.
 */
export function ServiceForm({
  initial,
  submitLabel,
  submitting,
  serverErrors = {},
  onSubmit,
  onCancel,
}: {
  initial: ServiceFormValues;
  submitLabel: string;
  submitting: boolean;
  serverErrors?: ServiceErrors;
  onSubmit: (input: ServiceInput) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<ServiceFormValues>(initial);
  const [tried, setTried] = useState(false);
  const [dismissed, setDismissed] = useState<ServiceErrors>({});
  const errors: ServiceErrors = tried ? validateService(values) : {};
  const errorOf = (field: keyof ServiceFormValues) =>
    errors[field] ?? (dismissed[field] === serverErrors[field] ? undefined : serverErrors[field]);

  const set = <K extends keyof ServiceFormValues>(field: K, value: ServiceFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    // A server message about a field goes away once the user changes that field.
    if (serverErrors[field]) setDismissed((d) => ({ ...d, [field]: serverErrors[field] }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const problems = validateService(values);
    if (Object.keys(problems).length > 0) {
      const first = Object.keys(problems)[0];
      const el = document.getElementById(`service-${first}`);
      (el?.matches('input, textarea') ? el : el?.querySelector<HTMLElement>('input'))?.focus();
      return;
    }
    onSubmit(toServiceInput(values));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          id="service-name"
          label="Service name"
          description="As your team and auditors know it, e.g. Acme CRM or AWS eu-west-1"
          required
          maxLength={NAME_MAX + 50}
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errorOf('name')}
          data-autofocus
        />
        <Radio.Group
          id="service-role"
          label="Our role"
          required
          value={values.role}
          onChange={(v) => set('role', v as ServiceFormValues['role'])}
          error={errorOf('role')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="sm">
            {ROLE_OPTIONS.map((r) => (
              <Radio key={r} value={r} label={ROLE_LABEL[r]} description={ROLE_HINT[r]} />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            id="service-serviceModel"
            label="Service model"
            description="Which layer of the stack the service delivers"
            required
            placeholder="Choose"
            data={MODEL_OPTIONS.map((m) => ({ value: m, label: `${MODEL_LABEL[m]}: ${MODEL_HINT[m]}` }))}
            value={values.serviceModel}
            onChange={(v) => set('serviceModel', v as ServiceFormValues['serviceModel'])}
            error={errorOf('serviceModel')}
            allowDeselect={false}
          />
          <TextInput
            id="service-provider"
            label="Provider"
            description="Who operates it (your organization if you provide it)"
            required
            value={values.provider}
            onChange={(e) => set('provider', e.currentTarget.value)}
            error={errorOf('provider')}
          />
          <Select
            id="service-criticality"
            label="Criticality"
            description="Impact on the business if it fails or is compromised"
            required
            placeholder="Choose"
            data={options(CRITICALITY_OPTIONS, CRITICALITY_LABEL)}
            value={values.criticality}
            onChange={(v) => set('criticality', v as ServiceFormValues['criticality'])}
            error={errorOf('criticality')}
            allowDeselect={false}
          />
          <Select
            id="service-dataClassification"
            label="Data classification"
            description="The highest classification of data it holds"
            required
            placeholder="Choose"
            data={options(CLASSIFICATION_OPTIONS, CLASSIFICATION_LABEL)}
            value={values.dataClassification}
            onChange={(v) => set('dataClassification', v as ServiceFormValues['dataClassification'])}
            error={errorOf('dataClassification')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Textarea
          id="service-description"
          label="Description"
          description={`Scope, regions, components (${values.description.length}/${DESCRIPTION_MAX})`}
          autosize
          minRows={2}
          maxRows={6}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={errorOf('description')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
