import type {
  Audience,
  ControlKind,
  Ownership,
  Provenance,
  Relation,
  ServiceModel,
  Verification,
  VerificationBasis,
} from './vocabulary.js';

/** Version of the compiled catalog document. Bump it when the shape below changes. */
export const CATALOG_FORMAT_VERSION = 2;

export interface GuidanceStatement {
  readonly do: string;
  readonly show: string;
}

/** Nimbus's own guidance for a cloud-relevant control (never text of the standard). */
export interface ControlGuidance {
  readonly summary: string;
  readonly keywords: readonly string[];
  readonly csp?: readonly GuidanceStatement[];
  readonly csc?: readonly GuidanceStatement[];
  readonly evidence: readonly string[];
  readonly disclosures: readonly string[];
  readonly ownership: Readonly<Record<ServiceModel, Ownership>>;
}

export interface CompiledControl {
  readonly id: string;
  /** Official short title; absent for reference-only frameworks whose titles we do not hold. */
  readonly title?: string;
  readonly kind: ControlKind;
  /** Ids of the enclosing groups, outermost first (clause, objective). */
  readonly groupPath: readonly string[];
  readonly verification: Verification;
  readonly verificationBasis?: VerificationBasis;
  /** Whom the cloud-specific guidance of the standard addresses (ISO/IEC 27017 only). */
  readonly audience?: Audience;
  readonly guidance?: ControlGuidance;
}

export interface CompiledGroup {
  readonly id: string;
  readonly kind: string;
  readonly title?: string;
  readonly groups: readonly CompiledGroup[];
  readonly controls: readonly string[];
}

export interface CompiledFramework {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string;
  readonly base?: string;
  readonly referenceOnly: boolean;
  readonly groups: readonly CompiledGroup[];
  /** Controls in document order. */
  readonly controls: readonly CompiledControl[];
}

export interface MappingRow {
  readonly source: string;
  readonly relation: Relation;
  readonly target: string;
}

export interface CompiledMappingSet {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly provenance: Provenance;
  readonly reference: string;
  /** True for sets the compiler generated (a framework's identity with the base it extends). */
  readonly generated: boolean;
  readonly maps: readonly MappingRow[];
}

/** A scanner check and the controls of one framework it gives evidence for. */
export interface CheckLink {
  readonly framework: string;
  readonly check: string;
  readonly controls: readonly string[];
  readonly why: string;
}

export interface CompiledCatalog {
  readonly formatVersion: typeof CATALOG_FORMAT_VERSION;
  readonly frameworks: readonly CompiledFramework[];
  readonly mappings: readonly CompiledMappingSet[];
  readonly checkLinks: readonly CheckLink[];
}
