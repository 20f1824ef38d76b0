import type { InputIssue } from '../../inputs/input-issue.js';
import type { Resource } from '../../model/resource.js';
import { SNAPSHOT_MARKER, type SnapshotError } from '../../snapshot/snapshot-schema.js';
import { isMapNode, type TreeMap, type TreeNode } from '../yaml/tree.js';
import { adaptEc2 } from './adapt-ec2.js';
import { adaptConfigRecorders, adaptEksClusters, adaptGuardDuty } from './adapt-governance.js';
import { adaptIamInlinePolicies, adaptIamPolicies } from './adapt-iam.js';
import { adaptSecurityGroups, adaptSubnets, adaptVpcs } from './adapt-network.js';
import { adaptNetworkAcls } from './adapt-network-acl.js';
import { adaptBuckets } from './adapt-s3.js';
import { adaptDbClusters, adaptDbInstances, adaptKmsKeys } from './adapt-services.js';
import { adaptTrails } from './adapt-trails.js';
import { readSnapshot } from './read-snapshot.js';
import { createContext } from './snapshot-context.js';
import type { SnapshotSource } from './snapshot-source.js';

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

/** True for a parsed JSON value that says it is a Nimbus snapshot. */
export const isSnapshotValue = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.hasOwn(value, SNAPSHOT_MARKER);

/**
 * Adapts a snapshot of a live AWS account into model resources. Every resource is addressed by its ARN
 * (built from the region and account when the API returns none) and located at its item in the file. A call
 * the collector could not make becomes a warning, and what depends on it becomes unknown rather than a guess.
 */
export const adaptSnapshot = (source: SnapshotSource, file: string): AdaptedSnapshot => {
  const read = readSnapshot(source, file);
  const { contents } = read;
  if (!contents) return { resources: [], issues: read.problems().issues };
  const ctx = createContext(contents, file);
  const warnings: InputIssue[] = contents.errors.map(({ error, line }) => ({
    level: 'warning',
    location: { file, line },
    message: partialMessage(error),
  }));
  // Each type is read once (see SnapshotContents.each); the EC2 types in the order their references need.
  const { subnets, byId } = adaptSubnets(ctx);
  const ec2 = adaptEc2(ctx, byId);
  const guardDuty = adaptGuardDuty(ctx);
  const config = adaptConfigRecorders(ctx);
  const resources: Resource[] = [
    ...ec2.instances,
    ...ec2.templates,
    ...ec2.volumes,
    ...adaptSecurityGroups(ctx),
    ...subnets,
    ...adaptVpcs(ctx),
    ...adaptTrails(ctx),
    ...adaptBuckets(ctx),
    ...adaptDbInstances(ctx),
    ...adaptDbClusters(ctx),
    ...adaptKmsKeys(ctx),
    ...adaptNetworkAcls(ctx),
    ...guardDuty.detectors,
    ...config.recorders,
    ...adaptIamPolicies(ctx),
    ...adaptIamInlinePolicies(ctx),
    ...adaptEksClusters(ctx),
  ];
  const { issues, unreadable } = read.problems();
  if (unreadable) return { resources: [], issues };
  return { resources, issues: [...issues, ...warnings, ...guardDuty.issues, ...config.issues] };
};
