import type { InputIssue } from '../../inputs/input-issue.js';
import type { Resource } from '../../model/resource.js';
import { SNAPSHOT_MARKER, type SnapshotError } from '../../snapshot/snapshot-schema.js';
import { isMapNode, type TreeMap, type TreeNode } from '../yaml/tree.js';
import { adaptInstances, adaptLaunchTemplates, adaptVolumes, ec2Lookups } from './adapt-ec2.js';
import { adaptSecurityGroups, adaptSubnets, adaptVpcs } from './adapt-network.js';
import { adaptBuckets } from './adapt-s3.js';
import { adaptDbClusters, adaptDbInstances, adaptKmsKeys } from './adapt-services.js';
import { adaptTrails } from './adapt-trails.js';
import { readSnapshot } from './read-snapshot.js';
import { createContext } from './snapshot-context.js';

/** True for a document that says it is a Nimbus snapshot (`"nimbusSnapshot": <version>` at the top). */
export const isSnapshot = (tree: TreeNode | undefined): tree is TreeMap =>
  isMapNode(tree) && tree.entries.has(SNAPSHOT_MARKER);

/** What a failed call means for the scan, in the words of the person reading it. */
const partialMessage = (e: SnapshotError) =>
  e.resource === undefined
    ? `${e.service} in ${e.region} was not collected: ${e.code} on ${e.operation} (${e.message}); ` +
      'the resources it lists are missing from this scan'
    : `${e.service} ${e.operation} for ${e.resource} in ${e.region} was not collected: ${e.code} (${e.message}); ` +
      'the settings it reads are unknown';

export interface AdaptedSnapshot {
  readonly resources: readonly Resource[];
  readonly issues: readonly InputIssue[];
}

/**
 * Adapts a snapshot of a live AWS account into model resources. Every resource is addressed by its ARN
 * (built from the region and account when the API returns none) and located at its item in the file. A call
 * the collector could not make becomes a warning, and what depends on it becomes unknown rather than a guess.
 */
export const adaptSnapshot = (tree: TreeMap, file: string): AdaptedSnapshot => {
  const { contents, issues } = readSnapshot(tree, file);
  if (!contents) return { resources: [], issues };
  const ctx = createContext(contents, file);
  const warnings: InputIssue[] = contents.errors.map(({ error, line }) => ({
    level: 'warning',
    location: { file, line },
    message: partialMessage(error),
  }));
  const lookups = ec2Lookups(ctx);
  const instances = adaptInstances(lookups);
  const resources: Resource[] = [
    ...instances,
    ...adaptLaunchTemplates(lookups),
    ...adaptVolumes(ctx, instances),
    ...adaptSecurityGroups(ctx),
    ...adaptSubnets(ctx),
    ...adaptVpcs(ctx),
    ...adaptTrails(ctx),
    ...adaptBuckets(ctx),
    ...adaptDbInstances(ctx),
    ...adaptDbClusters(ctx),
    ...adaptKmsKeys(ctx),
  ];
  return { resources, issues: [...issues, ...warnings] };
};
