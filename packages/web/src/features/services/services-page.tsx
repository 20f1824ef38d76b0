import { Button, CloseButton, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { CloudService } from '@nimbus/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useAssessments } from '../../api/queries/assessments.js';
import { useServices } from '../../api/queries/services.js';
import { useCurrentOrg, useOrgId } from '../../api/session.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { DeleteServiceModal } from './delete-service-modal.js';
import { ServiceModalContent } from './service-modal-content.js';
import { type RoleFilter, type ServiceSort, visibleServices } from './services-sort.js';
import { ServicesTable } from './services-table.js';

type Editing = { mode: 'new' } | { mode: 'edit'; service: CloudService } | null;

/** /o/:orgId/services: the cloud services the organization provides (CSP) or uses (CSC). */
export default function ServicesPage() {
  const org = useCurrentOrg();
  const orgId = useOrgId();
  const canWrite = org?.can('services:write') ?? false;
  const { data, isPending, error, refetch } = useServices();
  const assessments = useAssessments();
  const [text, setText] = useState('');
  const [role, setRole] = useState<RoleFilter>('all');
  const [sort, setSort] = useState<ServiceSort>({ key: 'name', direction: 'asc' });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CloudService | null>(null);

  const scopeOf = (serviceId: string) =>
    (assessments.data ?? []).filter((a) => a.scope.includes(serviceId)).map((a) => a.name);

  const add = canWrite ? (
    <Button
      leftSection={<IconPlus size={16} aria-hidden="true" />}
      onClick={() => setEditing({ mode: 'new' })}
    >
      Register a service
    </Button>
  ) : null;

  const header = (
    <PageHeader
      title="Cloud services"
      description="The services you provide as a cloud service provider (CSP) and those you use as a customer (CSC). Assessments are scoped to them."
      actions={data && data.length > 0 ? add : undefined}
    />
  );

  const modals = (
    <>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? `Edit ${editing.service.name}` : 'Register a cloud service'}
        size="lg"
      >
        {editing ? (
          <ServiceModalContent
            key={editing.mode === 'edit' ? editing.service.id : 'new'}
            orgId={orgId}
            service={editing.mode === 'edit' ? editing.service : undefined}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <DeleteServiceModal
        orgId={orgId}
        service={deleting}
        scope={deleting ? scopeOf(deleting.id) : []}
        onClose={() => setDeleting(null)}
      />
    </>
  );

  if (isPending) return <PageLoader label="Loading cloud services" />;
  if (error)
    return (
      <>
        {header}
        <ErrorState error={error} onRetry={() => refetch()} />
      </>
    );
  if (data.length === 0)
    return (
      <>
        {header}
        <EmptyState title="No cloud services registered yet" action={add}>
          {canWrite
            ? 'Register the services you offer to customers and the ones you rely on, so assessments can be scoped to them.'
            : 'Nobody has registered a service yet. Editors and owners can add them.'}
        </EmptyState>
        {modals}
      </>
    );

  const shown = visibleServices(data, text, role, sort);
  const provided = data.filter((s) => s.role === 'provider').length;
  return (
    <>
      {header}
      <Stack gap="md">
        <Group gap="md" align="flex-end" wrap="wrap">
          <TextInput
            label="Filter services"
            placeholder="Name, provider or description"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            rightSection={
              text ? (
                <CloseButton size="sm" aria-label="Clear the filter" onClick={() => setText('')} />
              ) : null
            }
            w={{ base: '100%', sm: 300 }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="services-role-label">
              Our role
            </Text>
            <SegmentedControl
              aria-labelledby="services-role-label"
              value={role}
              onChange={(v) => setRole(v as RoleFilter)}
              data={[
                { value: 'all', label: 'All' },
                { value: 'provider', label: 'We provide (CSP)' },
                { value: 'consumer', label: 'We use (CSC)' },
              ]}
            />
          </Stack>
        </Group>
        <Text size="sm" c="dimmed" aria-live="polite">
          {data.length} {data.length === 1 ? 'service' : 'services'}: {provided} provided,{' '}
          {data.length - provided} used
          {shown.length !== data.length ? ` · showing ${shown.length}` : ''}
        </Text>
        {shown.length === 0 ? (
          <EmptyState
            title="No service matches the filters"
            action={
              <Button
                variant="light"
                onClick={() => {
                  setText('');
                  setRole('all');
                }}
              >
                Clear the filters
              </Button>
            }
          />
        ) : (
          <ServicesTable
            services={shown}
            sort={sort}
            onSort={setSort}
            canWrite={canWrite}
            scopeOf={scopeOf}
            onEdit={(service) => setEditing({ mode: 'edit', service })}
            onDelete={setDeleting}
          />
        )}
      </Stack>
      {modals}
    </>
  );
}
