import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useAuditLog } from '../../api/queries/audit.js';
import { useMembers } from '../../api/queries/members.js';
import { useCurrentOrg } from '../../api/session.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { AuditFiltersBar, isFilteringAudit } from './audit-filters.js';
import { AuditTable } from './audit-table.js';
import { ChainResult } from './chain-result.js';
import { type AuditFilters, auditQuery, NO_AUDIT_FILTERS, useVerifyChain } from './use-audit.js';

/** The tamper-evident audit trail, with filters, paging and hash-chain verification. */
export default function AuditPage() {
  const org = useCurrentOrg();
  const allowed = org?.can('audit:read') ?? false;
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const log = useAuditLog(auditQuery(filters), allowed);
  const members = useMembers();
  const verify = useVerifyChain();
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const events = log.data?.pages.flatMap((p) => p.events) ?? [];

  if (org && !allowed)
    return (
      <>
        <PageHeader title="Audit log" />
        <Alert color="gray" icon={<IconLock size={18} />} title="Your role cannot read the audit log">
          You are {org.role === 'admin' || org.role === 'auditor' ? 'an' : 'a'} {org.role} in {org.name}.
          Owners, admins and auditors can read the audit log; ask one of them if you need an extract.
        </Alert>
      </>
    );

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, sign-in and download, chained by hashes so tampering shows."
        actions={
          <Button
            leftSection={<IconShieldCheck size={16} />}
            loading={verify.isPending}
            onClick={() => verify.mutate(undefined, { onSettled: () => setCheckedAt(new Date()) })}
          >
            Verify chain
          </Button>
        }
      />
      <Stack gap="md">
        <ChainResult
          result={verify.data}
          error={verify.error}
          checkedAt={checkedAt}
          onClose={() => verify.reset()}
        />
        <Paper withBorder p="md">
          <AuditFiltersBar value={filters} onChange={setFilters} members={members.data} />
        </Paper>
        {log.isPending ? (
          <PageLoader label="Loading the audit log" />
        ) : log.error && events.length === 0 ? (
          <ErrorState error={log.error} onRetry={() => log.refetch()} />
        ) : events.length === 0 ? (
          isFilteringAudit(filters) ? (
            <EmptyState
              title="No event matches these filters"
              action={
                <Button variant="light" onClick={() => setFilters(NO_AUDIT_FILTERS)}>
                  Clear filters
                </Button>
              }
            >
              Widen the date range or use a shorter action prefix, such as “evidence.”.
            </EmptyState>
          ) : (
            <EmptyState title="No events yet">
              Events appear here as people sign in and change assessments, evidence, members and tokens.
            </EmptyState>
          )
        ) : (
          <Paper withBorder p={0} aria-busy={log.isFetching}>
            <AuditTable events={events} />
            <Group justify="space-between" p="md">
              <Text size="sm" c="dimmed" role="status">
                Showing {events.length} event{events.length === 1 ? '' : 's'}, newest first
                {log.hasNextPage ? '' : ': that is all of them'}
              </Text>
              {log.hasNextPage ? (
                <Button variant="light" loading={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
                  Load older
                </Button>
              ) : null}
            </Group>
            {log.error ? <ErrorState error={log.error} onRetry={() => log.fetchNextPage()} /> : null}
          </Paper>
        )}
      </Stack>
    </>
  );
}
