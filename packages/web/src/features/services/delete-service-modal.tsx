import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { CloudService } from '@nimbus/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { notifyError, notifySuccess } from '../../components/notify.js';
import { badgeText } from '../dashboard/badge-text.js';
import { useDeleteService } from './use-services.js';

/** Asks before removing a service from the register. */
export function DeleteServiceModal({
  orgId,
  service,
  scope,
  onClose,
}: {
  orgId: string;
  service: CloudService | null;
  /** Names of the assessments whose scope lists the service. */
  scope: readonly string[];
  onClose: () => void;
}) {
  const remove = useDeleteService(orgId);
  const confirm = () => {
    if (!service) return;
    remove.mutate(service.id, {
      onSuccess: () => {
        notifySuccess('Removed', `${service.name} is no longer in the register.`);
        onClose();
      },
      onError: (error) => notifyError('Removing the service', error),
    });
  };
  return (
    <Modal opened={service !== null} onClose={onClose} title="Remove this cloud service?" centered>
      <Stack gap="md">
        <Text size="sm">
          <Text span fw={600} inherit>
            {service?.name}
          </Text>{' '}
          will be removed from the cloud services register. Assessments keep their results; the removal is
          recorded in the audit log.
        </Text>
        {scope.length > 0 ? (
          <Alert
            color="orange"
            icon={<IconAlertTriangle size={18} />}
            styles={{ title: { color: badgeText('orange') } }}
            title="It is in the scope of an assessment"
          >
            <Text size="sm">
              {scope.join(', ')} {scope.length === 1 ? 'lists' : 'list'} this service in its scope. Edit the
              scope there afterwards.
            </Text>
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={remove.isPending} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending}>
            Remove service
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
