import type { Audience, ControlKind, Ownership, ServiceModel, Verification } from '@nimbus/core';

// Response shapes of /api/v1/catalog/* as the UI uses them. GET /api/v1/catalog/control returns @nimbus/core's
// ControlView (the view `nimbus catalog show` renders too), so that type is used as it is.
export type { ControlCheckView, ControlMappingView, ControlView } from '@nimbus/core';

/** GET /api/v1/catalog/frameworks. */
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

/** GET /api/v1/catalog/tree. */
export interface CatalogTree {
  readonly framework: { readonly id: string; readonly name: string; readonly title: string };
  readonly groups: readonly TreeGroup[];
}

export interface SearchHit extends ControlSummary {
  readonly framework: string;
  readonly summary: string | null;
  readonly matched: Readonly<Record<string, readonly string[]>>;
}

/** GET /api/v1/catalog/search. */
export interface SearchResponse {
  readonly query: string;
  readonly framework: string;
  readonly hits: readonly SearchHit[];
}
