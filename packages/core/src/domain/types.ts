import type {
  Criticality,
  DataClassification,
  Perspective,
  ResultStatus,
  ServiceRole,
} from '../assessment/vocabulary.js';
import type { Ownership, ServiceModel } from '../catalog/vocabulary.js';
import type { Role } from '../tenancy/roles.js';

/** The domain objects as the API returns them (camelCase, ISO dates). Storage maps rows to these. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
  readonly disabled: boolean;
}

export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface Membership {
  readonly orgId: string;
  readonly userId: string;
  readonly role: Role;
  readonly createdAt: string;
}

export interface MemberView extends Membership {
  readonly email: string;
  readonly name: string;
}

export interface ApiToken {
  readonly id: string;
  readonly orgId: string;
  readonly userId: string;
  readonly name: string;
  readonly prefix: string;
  readonly scope: 'read' | 'write';
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

export interface CloudService {
  readonly id: string;
  readonly orgId: string;
  readonly name: string;
  readonly role: ServiceRole;
  readonly serviceModel: ServiceModel;
  readonly provider: string;
  readonly criticality: Criticality;
  readonly dataClassification: DataClassification;
  readonly description: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Assessment {
  readonly id: string;
  readonly orgId: string;
  readonly name: string;
  readonly framework: string;
  readonly perspective: Perspective;
  readonly scope: string[];
  readonly ownerId: string | null;
  readonly targetDate: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ControlResult {
  readonly id: string;
  readonly orgId: string;
  readonly assessmentId: string;
  readonly controlId: string;
  readonly position: number;
  readonly applicable: boolean;
  readonly justification: string;
  readonly status: ResultStatus;
  readonly ownerId: string | null;
  readonly dueDate: string | null;
  readonly implementation: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

export interface Comment {
  readonly id: string;
  readonly orgId: string;
  readonly controlResultId: string;
  readonly authorId: string;
  readonly body: string;
  readonly createdAt: string;
}

export type EvidenceKind = 'file' | 'link' | 'scan';

export interface Evidence {
  readonly id: string;
  readonly orgId: string;
  readonly kind: EvidenceKind;
  readonly title: string;
  readonly sha256: string | null;
  readonly size: number | null;
  readonly contentType: string | null;
  readonly filename: string | null;
  readonly url: string | null;
  readonly collectedAt: string | null;
  readonly validUntil: string | null;
  readonly ownerId: string | null;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly version: number;
}

export interface AuditEvent {
  readonly id: string;
  readonly orgId: string;
  readonly seq: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorLabel: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly changes: unknown;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly prevHash: string;
  readonly hash: string;
}

export type { Ownership, ServiceModel };
