// Response shapes of the API, as the UI uses them (the server's zod schemas are the source of truth).
import type {
  Assessment,
  CloudService,
  Comment,
  ControlResult,
  Evidence,
  MemberView,
  Progress,
  Role,
  User,
} from '@nimbus/core';

export type { Assessment, CloudService, Comment, ControlResult, Evidence, MemberView, Progress, Role, User };

export interface OrgSummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly role: Role;
}

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
  readonly expiresAt?: string;
  readonly organizations: readonly OrgSummary[];
}

export interface ResultRow extends ControlResult {
  readonly control: {
    readonly id: string;
    readonly title: string;
    readonly kind: string;
    readonly clause: string;
    readonly audience: string | null;
    readonly verification: string;
  };
  readonly evidenceCount: number;
  readonly latestAutomatedEvidence: Evidence | null;
}

export interface AssessmentProgress {
  readonly overall: Progress;
  readonly byClause: readonly { clause: string; progress: Progress }[];
  readonly cloudExtended: Progress;
}

export interface AssessmentDetail extends Assessment {
  readonly results: readonly ResultRow[];
  readonly progress: AssessmentProgress;
}

export interface AssessmentListItem extends Assessment {
  readonly progress: Progress;
}
