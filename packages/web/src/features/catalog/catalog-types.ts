import type {
  Audience,
  CompiledControl,
  ControlKind,
  GroupRef,
  MappingLink,
  Ownership,
  ServiceModel,
  Verification,
} from '@nimbus/core';

/** Response shapes of /api/v1/catalog/* as the catalog pages use them. */

export interface FrameworkInfo {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string;
  readonly referenceOnly: boolean;
  readonly controls: number;
}

export interface ControlSummary {
  readonly id: string;
  readonly title: string | null;
  readonly kind: ControlKind;
  readonly audience: Audience | null;
  readonly verification: Verification;
  readonly hasGuidance: boolean;
  readonly ownership: Readonly<Record<ServiceModel, Ownership>> | null;
}

export interface TreeGroup {
  readonly id: string;
  readonly kind: string;
  readonly title: string | null;
  readonly groups: readonly TreeGroup[];
  readonly controls: readonly ControlSummary[];
}

export interface CatalogTree {
  readonly framework: { readonly id: string; readonly name: string; readonly title: string };
  readonly groups: readonly TreeGroup[];
}

export interface SearchHit extends ControlSummary {
  readonly framework: string;
  readonly summary: string | null;
  readonly matched: Readonly<Record<string, readonly string[]>>;
}

export interface SearchResponse {
  readonly query: string;
  readonly framework: string;
  readonly hits: readonly SearchHit[];
}

export interface MappingView extends MappingLink {
  readonly title: string | null;
  readonly frameworkName: string;
}

export interface ControlDetail {
  readonly framework: string;
  readonly control: CompiledControl;
  readonly groups: readonly GroupRef[];
  readonly mappings: readonly MappingView[];
}
