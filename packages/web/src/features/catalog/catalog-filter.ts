import type { Ownership, ServiceModel } from '@nimbus/core';
import type { ControlSummary, TreeGroup } from '../../api/catalog-types.js';

/** Which controls of the tree to show. Pure functions, so the rules are easy to test. */

export type AudienceFilter = 'all' | 'csp' | 'csc' | 'both';

export interface CatalogFilters {
  readonly cloudOnly: boolean;
  readonly audience: AudienceFilter;
  readonly serviceModel: ServiceModel | null;
  readonly owner: Ownership | null;
}

export const NO_FILTERS: CatalogFilters = {
  cloudOnly: false,
  audience: 'all',
  serviceModel: null,
  owner: null,
};

export const isFiltering = (f: CatalogFilters) =>
  f.cloudOnly || f.audience !== 'all' || f.serviceModel !== null || f.owner !== null;

/**
 * Whether a control passes the filters. "Guidance for CSP" includes controls whose guidance addresses both
 * parties; "both" means exactly both. An owner without a service model matches any service model.
 */
export const matchesFilters = (c: ControlSummary, f: CatalogFilters): boolean => {
  if (f.cloudOnly && c.kind !== 'cloud-extended') return false;
  if (f.audience === 'both' && c.audience !== 'both') return false;
  if ((f.audience === 'csp' || f.audience === 'csc') && c.audience !== f.audience && c.audience !== 'both')
    return false;
  if (f.serviceModel || f.owner) {
    if (!c.ownership) return false;
    if (f.serviceModel && f.owner) return c.ownership[f.serviceModel] === f.owner;
    if (f.owner) return Object.values(c.ownership).includes(f.owner);
  }
  return true;
};

export interface FilteredGroup {
  readonly group: TreeGroup;
  /** This group's own controls that pass. */
  readonly controls: readonly ControlSummary[];
  readonly groups: readonly FilteredGroup[];
  /** Controls in the group and below, before and after filtering. */
  readonly total: number;
  readonly shown: number;
  readonly cloudExtended: number;
}

const filterGroup = (g: TreeGroup, f: CatalogFilters): FilteredGroup => {
  const groups = g.groups.map((sub) => filterGroup(sub, f));
  const controls = g.controls.filter((c) => matchesFilters(c, f));
  const sum = (pick: (x: FilteredGroup) => number) => groups.reduce((n, x) => n + pick(x), 0);
  return {
    group: g,
    controls,
    groups: groups.filter((x) => x.shown > 0),
    total: g.controls.length + sum((x) => x.total),
    shown: controls.length + sum((x) => x.shown),
    cloudExtended: controls.filter((c) => c.kind === 'cloud-extended').length + sum((x) => x.cloudExtended),
  };
};

/** The tree with only the controls that pass; groups left empty are dropped. */
export const filterTree = (groups: readonly TreeGroup[], f: CatalogFilters): FilteredGroup[] =>
  groups.map((g) => filterGroup(g, f)).filter((x) => x.shown > 0);

export const countControls = (groups: readonly TreeGroup[]): number =>
  groups.reduce((n, g) => n + g.controls.length + countControls(g.groups), 0);

/** Whether any control of the tree carries cloud data (audience or ownership): only 27017 does. */
export const hasCloudData = (groups: readonly TreeGroup[]): boolean =>
  groups.some(
    (g) =>
      g.controls.some((c) => (c.audience && c.audience !== 'none') || c.ownership) || hasCloudData(g.groups),
  );
