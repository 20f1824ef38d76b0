import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it. Both dialects store the same shapes: text ids (UUIDs), ISO-8601 text times,
 * 0/1 integers for booleans and JSON as text, so one code path serves SQLite and PostgreSQL.
 */
export interface Database {
  users: UsersTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  setup_tokens: SetupTokensTable;
  login_failures: LoginFailuresTable;
  cloud_services: CloudServicesTable;
  assessments: AssessmentsTable;
  control_results: ControlResultsTable;
  comments: CommentsTable;
  evidence: EvidenceTable;
  evidence_links: EvidenceLinksTable;
  audit_events: AuditEventsTable;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
  disabled: number;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  org_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scope: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginFailuresTable {
  key: string;
  window_start: string;
  count: number;
}

export interface CloudServicesTable {
  id: string;
  org_id: string;
  name: string;
  role: string;
  service_model: string;
  provider: string;
  criticality: string;
  data_classification: string;
  description: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AssessmentsTable {
  id: string;
  org_id: string;
  name: string;
  framework: string;
  perspective: string;
  scope: string;
  owner_id: string | null;
  target_date: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** Bumped by triggers on any change to the assessment's results or their evidence (migration 0002). */
  revision: Generated<number>;
}

export interface ControlResultsTable {
  id: string;
  org_id: string;
  assessment_id: string;
  control_id: string;
  position: number;
  applicable: number;
  justification: string;
  status: string;
  owner_id: string | null;
  due_date: string | null;
  implementation: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface CommentsTable {
  id: string;
  org_id: string;
  control_result_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

export interface EvidenceTable {
  id: string;
  org_id: string;
  kind: string;
  title: string;
  sha256: string | null;
  size: number | null;
  content_type: string | null;
  filename: string | null;
  url: string | null;
  collected_at: string | null;
  valid_until: string | null;
  owner_id: string | null;
  created_at: string;
  created_by: string | null;
  version: number;
}

export interface EvidenceLinksTable {
  org_id: string;
  evidence_id: string;
  control_result_id: string;
}

export interface AuditEventsTable {
  id: string;
  org_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  changes: string;
  ip: string | null;
  user_agent: string | null;
  prev_hash: string;
  hash: string;
}
