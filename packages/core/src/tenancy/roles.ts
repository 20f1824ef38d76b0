/** Roles a member can hold in an organization, most powerful first. */
export const ROLES = ['owner', 'admin', 'editor', 'auditor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The permission matrix: the one place that says who may do what. Every route declares one permission;
 * a generated test walks every route with every role against this table.
 */
export const PERMISSIONS = {
  'org:read': ['owner', 'admin', 'editor', 'auditor', 'viewer'],
  'org:manage': ['owner', 'admin'],
  'members:read': ['owner', 'admin', 'editor', 'auditor', 'viewer'],
  'members:manage': ['owner', 'admin'],
  'tokens:manage': ['owner', 'admin', 'editor', 'auditor', 'viewer'],
  'services:read': ['owner', 'admin', 'editor', 'auditor', 'viewer'],
  'services:write': ['owner', 'admin', 'editor'],
  'assessments:read': ['owner', 'admin', 'editor', 'auditor', 'viewer'],
  'assessments:write': ['owner', 'admin', 'editor'],
  'assessments:delete': ['owner', 'admin'],
  'comments:write': ['owner', 'admin', 'editor', 'auditor'],
  'evidence:read': ['owner', 'admin', 'editor', 'auditor', 'viewer'],
  'evidence:write': ['owner', 'admin', 'editor'],
  'soa:export': ['owner', 'admin', 'editor', 'auditor', 'viewer'],
  'audit:read': ['owner', 'admin', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);

/** Permissions that only read: an API token with the read scope is limited to these. */
export const isReadPermission = (permission: Permission): boolean =>
  permission.endsWith(':read') || permission === 'soa:export';

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
