import type { Role } from '@nimbus/core';

export const ROLE_OPTIONS: { value: Role; label: string; description: string }[] = [
  { value: 'owner', label: 'Owner', description: 'Everything, including owners and the organization itself' },
  {
    value: 'admin',
    label: 'Admin',
    description: 'Manages members (except owners), assessments and evidence',
  },
  { value: 'editor', label: 'Editor', description: 'Works on assessments, services and evidence' },
  { value: 'auditor', label: 'Auditor', description: 'Reads everything, comments, reads the audit log' },
  { value: 'viewer', label: 'Viewer', description: 'Reads assessments, evidence and reports' },
];

export const ROLE_COLORS: Record<Role, string> = {
  owner: 'grape',
  admin: 'indigo',
  editor: 'blue',
  auditor: 'teal',
  viewer: 'gray',
};

export const roleLabel = (role: Role) => ROLE_OPTIONS.find((r) => r.value === role)?.label ?? role;
