import { Autocomplete, Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { MemberView } from '../../api/types.js';
import { type AuditFilters, NO_AUDIT_FILTERS } from './use-audit.js';

/** Action prefixes the server records, to pick from (any prefix can be typed). */
export const ACTION_PREFIXES = [
  'assessment.',
  'result.',
  'comment.',
  'evidence.',
  'evidence.downloaded',
  'service.',
  'soa.exported',
  'member.',
  'token.',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'org.',
  'user.created',
];

export const TARGET_TYPES = [
  { value: 'assessment', label: 'Assessment' },
  { value: 'control_result', label: 'Control result' },
  { value: 'evidence', label: 'Evidence' },
  { value: 'cloud_service', label: 'Cloud service' },
  { value: 'user', label: 'User' },
  { value: 'api_token', label: 'API token' },
  { value: 'organization', label: 'Organization' },
];

const filtering = (f: AuditFilters) => Boolean(f.action || f.actor || f.targetType || f.from || f.to);

export function AuditFiltersBar({
  value,
  onChange,
  members,
}: {
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
  members: readonly MemberView[] | undefined;
}) {
  const set = (patch: Partial<AuditFilters>) => onChange({ ...value, ...patch });
  const [action, setAction] = useState(value.action);
  useEffect(() => setAction(value.action), [value.action]);
  const applyAction = useDebouncedCallback((a: string) => onChange({ ...value, action: a.trim() }), 300);
  const rangeError = value.from && value.to && value.to < value.from ? 'Before the start date' : undefined;

  return (
    <Group gap="md" align="flex-start" wrap="wrap">
      <Autocomplete
        label="Action starts with"
        placeholder="e.g. evidence."
        w={190}
        data={ACTION_PREFIXES}
        value={action}
        onChange={(v) => {
          setAction(v);
          applyAction(v);
        }}
      />
      <Select
        label="Actor"
        placeholder="Anyone"
        w={180}
        clearable
        searchable
        value={value.actor}
        onChange={(v) => set({ actor: v })}
        data={(members ?? []).map((m) => ({ value: m.userId, label: m.name }))}
      />
      <Select
        label="Target type"
        placeholder="Any"
        w={150}
        clearable
        value={value.targetType}
        onChange={(v) => set({ targetType: v })}
        data={TARGET_TYPES}
      />
      <TextInput
        type="date"
        label="From"
        w={150}
        value={value.from}
        onChange={(e) => set({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label="To"
        w={150}
        value={value.to}
        error={rangeError}
        onChange={(e) => set({ to: e.currentTarget.value })}
      />
      {filtering(value) ? (
        <Button
          variant="subtle"
          mt={25}
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            setAction('');
            onChange(NO_AUDIT_FILTERS);
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}

export const isFilteringAudit = filtering;
