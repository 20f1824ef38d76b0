import { Button, Group, Modal, MultiSelect, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Perspective } from '@nimbus/core';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.js';
import { useFrameworks } from '../../api/queries/catalog.js';
import { useMembers } from '../../api/queries/members.js';
import { useServices } from '../../api/queries/services.js';
import { useOrgId } from '../../api/session.js';
import { type NewAssessment, useCreateAssessment } from './use-assessments.js';
import { PERSPECTIVE_HELP, PERSPECTIVE_LABEL, PERSPECTIVE_SHORT } from './vocabulary.js';

const DEFAULT_FRAMEWORK = 'iso27017:2015';
const FIELDS = ['name', 'framework', 'perspective', 'scope', 'ownerId', 'targetDate'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

const EMPTY: NewAssessment = {
  name: '',
  framework: DEFAULT_FRAMEWORK,
  perspective: 'csp',
  scope: [],
  ownerId: null,
  targetDate: null,
};

/** Field errors from a 400: the `errors` list, or a "field: message" detail from the reference checks. */
export const errorsFromApi = (err: ApiError): Errors => {
  const out: Errors = {};
  for (const [path, message] of Object.entries(err.fieldErrors)) {
    const field = path.split('.')[0] as Field;
    if (FIELDS.includes(field)) out[field] = message;
  }
  const m = /^(\w+): (.*)$/.exec(err.message);
  if (m && FIELDS.includes(m[1] as Field) && !out[m[1] as Field]) out[m[1] as Field] = m[2];
  return out;
};

/** The form that starts an assessment: one control result per control of the chosen framework. */
export function NewAssessmentModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const orgId = useOrgId();
  const navigate = useNavigate();
  const [form, setForm] = useState<NewAssessment>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const frameworks = useFrameworks();
  const services = useServices(opened);
  const members = useMembers();
  const create = useCreateAssessment();
  const nameRef = useRef<HTMLInputElement>(null);

  const set = <K extends keyof NewAssessment>(key: K, value: NewAssessment[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const close = () => {
    setErrors({});
    onClose();
  };

  const submit = async () => {
    const problems: Errors = {};
    if (!form.name.trim()) problems.name = 'Give the assessment a name.';
    if (!form.framework) problems.framework = 'Choose a framework.';
    if (Object.keys(problems).length) {
      setErrors(problems);
      if (problems.name) nameRef.current?.focus();
      return;
    }
    try {
      const created = await create.mutateAsync({ ...form, name: form.name.trim() });
      notifications.show({
        color: 'teal',
        title: 'Assessment created',
        message: `${created.name}: every control starts as Not assessed.`,
      });
      setForm(EMPTY);
      setErrors({});
      onClose();
      navigate(`/o/${orgId}/assessments/${created.id}`);
    } catch (err) {
      if (err instanceof ApiError) {
        const fieldErrors = errorsFromApi(err);
        setErrors(fieldErrors);
        notifications.show({
          color: 'red',
          title: err.message,
          message: err.hint || 'The assessment was not created.',
        });
      } else
        notifications.show({ color: 'red', title: 'The assessment was not created', message: String(err) });
    }
  };

  const frameworkOptions = (frameworks.data ?? [])
    .filter((f) => !f.referenceOnly)
    .map((f) => ({ value: f.id, label: `${f.name} (${f.controls} controls)` }));

  return (
    <Modal opened={opened} onClose={close} title="New assessment" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <TextInput
            label="Name"
            placeholder="Acme CRM: ISO/IEC 27017 assessment 2027"
            required
            data-autofocus
            ref={nameRef}
            value={form.name}
            error={errors.name}
            maxLength={200}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
          <Select
            label="Framework"
            description="Reference-only catalogs (CSA CCM, NIST) are for mappings and cannot be assessed."
            required
            allowDeselect={false}
            data={
              frameworkOptions.length
                ? frameworkOptions
                : [{ value: DEFAULT_FRAMEWORK, label: 'ISO/IEC 27017:2015' }]
            }
            value={form.framework}
            error={
              errors.framework ??
              (frameworks.error ? 'The list of frameworks could not be loaded.' : undefined)
            }
            onChange={(v) => v && set('framework', v)}
          />
          <Radio.Group
            label="Perspective"
            description="Which side of the cloud service you assess."
            required
            value={form.perspective}
            error={errors.perspective}
            onChange={(v) => set('perspective', v as Perspective)}
          >
            <Stack gap="xs" mt="xs">
              {(['csp', 'csc', 'both'] as const).map((p) => (
                <Radio.Card key={p} value={p} p="sm" radius="md">
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Text fw={600} size="sm">
                        {PERSPECTIVE_LABEL[p]} ({PERSPECTIVE_SHORT[p]})
                      </Text>
                      <Text size="xs" c="dimmed">
                        {PERSPECTIVE_HELP[p]}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          <MultiSelect
            label="Scope"
            description={
              services.data?.length === 0
                ? 'No cloud services registered yet: add them under Cloud services, or leave the scope empty.'
                : 'The cloud services this assessment covers.'
            }
            placeholder={form.scope.length ? undefined : 'Choose cloud services'}
            searchable
            clearable
            data={(services.data ?? []).map((s) => ({
              value: s.id,
              label: `${s.name} (${s.role === 'provider' ? 'we provide' : 'we use'})`,
            }))}
            value={form.scope}
            error={errors.scope}
            onChange={(v) => set('scope', v)}
          />
          <Group grow align="flex-start">
            <Select
              label="Owner"
              placeholder="Nobody yet"
              clearable
              searchable
              data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name || m.email }))}
              value={form.ownerId}
              error={errors.ownerId}
              onChange={(v) => set('ownerId', v)}
            />
            <TextInput
              label="Target date"
              type="date"
              value={form.targetDate ?? ''}
              error={errors.targetDate}
              onChange={(e) => set('targetDate', e.currentTarget.value || null)}
            />
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
