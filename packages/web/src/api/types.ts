// Response shapes of the API, as the UI uses them (the server's zod schemas are the source of truth).
import type {
  Assessment,
  AuditEvent,
  CloudService,
  Comment,
  ControlResult,
  Evidence,
  MemberView,
  Perspective,
  Progress,
  Role,
  SoaNumbering,
  SoaRow,
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

/** One control result with its linked evidence and comments (GET .../results/{id}). */
export interface ResultDetail extends ResultRow {
  readonly evidence: readonly Evidence[];
  readonly comments: readonly Comment[];
}

/** Whether evidence is still valid: the same rule as the server's evidence-view.ts. */
export type ExpiryState = 'none' | 'valid' | 'expiring' | 'expired';

/** Evidence as GET .../evidence returns it: the stored row with its linked results and expiry state. */
export interface EvidenceItem extends Evidence {
  readonly linkedResults: readonly string[];
  readonly expiry: ExpiryState;
}

/** GET .../evidence/{id}: with the results it is linked to. */
export interface EvidenceDetail extends EvidenceItem {
  readonly links: readonly { resultId: string; controlId: string; assessmentId: string }[];
}

/** One page of GET .../audit, newest first; `nextBefore` asks for the page after it. */
export interface AuditPage {
  readonly events: readonly AuditEvent[];
  readonly nextBefore: number | null;
}

/** GET .../assessments/{id}/soa?numbering=&format=json. */
export interface SoaResponse {
  readonly assessment: {
    readonly id: string;
    readonly name: string;
    readonly framework: string;
    readonly perspective: Perspective;
  };
  readonly numbering: SoaNumbering;
  readonly generatedAt: string;
  readonly rows: readonly SoaRow[];
}
