import type { CloudService } from '@nimbus/core';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { notifyError, notifyInfo, notifySuccess } from '../../components/notify.js';
import { ConflictPanel } from './conflict-panel.js';
import { ServiceForm } from './service-form.js';
import {
  changedFields,
  emptyServiceValues,
  patchBody,
  type ServiceErrors,
  type ServiceFormValues,
  type ServiceInput,
  valuesOf,
} from './service-form-values.js';
import { useCreateService, useUpdateService } from './use-services.js';

interface Conflict {
  readonly current: CloudService | null;
  readonly mine: Partial<ServiceInput>;
}

/** Create (service undefined) or edit a service; an edit that meets a newer version shows the conflict. */
export function ServiceModalContent({
  orgId,
  service,
  onClose,
}: {
  orgId: string;
  service: CloudService | undefined;
  onClose: () => void;
}) {
  const create = useCreateService(orgId);
  const update = useUpdateService(orgId);
  const [base, setBase] = useState<CloudService | undefined>(service);
  const [initial, setInitial] = useState<ServiceFormValues>(service ? valuesOf(service) : emptyServiceValues);
  const [formKey, setFormKey] = useState(0);
  const [serverErrors, setServerErrors] = useState<ServiceErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const onError = (error: unknown, mine?: Partial<ServiceInput>) => {
    if (error instanceof ApiError && error.code === 'VERSION_CONFLICT' && mine) {
      setConflict({ current: (error.body.current as CloudService | null) ?? null, mine });
      return;
    }
    if (error instanceof ApiError && error.code === 'VALIDATION_FAILED')
      setServerErrors(error.fieldErrors as ServiceErrors);
    notifyError('Saving the service', error);
  };

  const patch = (target: CloudService, changes: Partial<ServiceInput>) =>
    update.mutate(
      { id: target.id, version: target.version, changes: patchBody(changes, target) },
      {
        onSuccess: (saved) => {
          notifySuccess('Saved', `${saved.name} was updated.`);
          onClose();
        },
        onError: (error) => onError(error, changes),
      },
    );

  const submit = (input: ServiceInput) => {
    setServerErrors({});
    if (!base) {
      create.mutate(input, {
        onSuccess: (saved) => {
          notifySuccess('Saved', `${saved.name} is in the register.`);
          onClose();
        },
        onError: (error) => onError(error),
      });
      return;
    }
    const changes = changedFields(input, base);
    if (Object.keys(changes).length === 0) {
      notifyInfo('Nothing changed', 'The service was left as it was.');
      onClose();
      return;
    }
    patch(base, changes);
  };

  if (conflict && base)
    return (
      <ConflictPanel
        base={base}
        current={conflict.current}
        mine={conflict.mine}
        applying={update.isPending}
        onApply={() => conflict.current && patch(conflict.current, conflict.mine)}
        onEdit={() => {
          if (!conflict.current) return;
          setBase(conflict.current);
          setInitial({ ...valuesOf(conflict.current), ...conflict.mine });
          setFormKey((k) => k + 1);
          setConflict(null);
        }}
        onDiscard={onClose}
      />
    );

  return (
    <ServiceForm
      key={formKey}
      initial={initial}
      submitLabel={base ? 'Save changes' : 'Register service'}
      submitting={create.isPending || update.isPending}
      serverErrors={serverErrors}
      onSubmit={submit}
      onCancel={onClose}
    />
  );
}
