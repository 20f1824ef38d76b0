import type { Provider } from '../../model/resource-base.js';
import { type Unknown, unknown } from '../../model/value.js';
import {
  SNAPSHOT_OPERATIONS,
  type SnapshotResourceType,
  type SnapshotService,
} from '../../snapshot/snapshot-schema.js';
import { attributeLines, type PathKey } from './locate.js';
import type { SnapshotContents, SnapshotItemRef } from './read-snapshot.js';

/** The ARN partition of a region: `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`. */
export const partitionOf = (region: string): string => {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  return 'aws';
};

export interface SnapshotContext {
  readonly file: string;
  readonly contents: SnapshotContents;
  /** `arn:<partition>:<service>:<region>:<account>:<resource>` for APIs that return no ARN. */
  arn(service: string, region: string, resource: string): string;
  /** The partition of the account (from its first region), for account-wide ARNs such as S3 buckets. */
  readonly partition: string;
  /** Why a resource type is missing for a region: the call that failed, or that it was not collected. */
  notCollected<S extends SnapshotService>(service: S, region: string, type: SnapshotResourceType<S>): Unknown;
  /** Why the output of a per-resource call (stored inside the item) is missing. */
  callMissing(service: SnapshotService, region: string, operation: string, resource: string): Unknown;
  /** The fields every model resource starts from, located at the item. */
  base<K extends string>(
    kind: K,
    ref: SnapshotItemRef<unknown>,
    address: string,
    lines: Readonly<Record<string, readonly PathKey[]>>,
  ): {
    kind: K;
    provider: Provider;
    address: string;
    location: { file: string; line: number };
    attributeLines: Record<string, number>;
  };
}

/**
 * An attribute absent from the item (`publicAccessBlock.blockPublicAcls` when AWS answered "no public access
 * block") takes the line of its nearest listed parent (`publicAccessBlock`), which holds the answer.
 */
const withParentLines = (lines: Record<string, number>, attributes: readonly string[]) => {
  for (const attribute of attributes) {
    const parts = attribute.split('.');
    for (let n = parts.length - 1; n > 0 && lines[attribute] === undefined; n--) {
      const parent = lines[parts.slice(0, n).join('.')];
      if (parent !== undefined) lines[attribute] = parent;
    }
  }
  return lines;
};

export const createContext = (contents: SnapshotContents, file: string): SnapshotContext => {
  const { envelope, errors } = contents;
  const account = envelope.account.id;
  const failure = (service: string, region: string, operation: string, resource?: string) =>
    errors.find(
      ({ error: e }) =>
        e.service === service &&
        (e.region === region || resource !== undefined) &&
        e.operation === operation &&
        e.resource === resource,
    )?.error;
  return {
    file,
    contents,
    partition: partitionOf(envelope.regions[0] ?? 'us-east-1'),
    arn: (service, region, resource) =>
      `arn:${partitionOf(region)}:${service}:${region}:${account}:${resource}`,
    notCollected: (service, region, type) => {
      const operations: Readonly<Record<string, string>> = SNAPSHOT_OPERATIONS[service];
      const operation = operations[type] ?? type;
      const e = failure(service, region, operation);
      return unknown(
        e
          ? `${operation} failed in ${region} when the snapshot was taken: ${e.code}`
          : `the snapshot holds no ${service} ${type} for ${region}`,
      );
    },
    callMissing: (service, region, operation, resource) => {
      const e = failure(service, region, operation, resource);
      return unknown(
        e
          ? `${operation} failed for ${resource} when the snapshot was taken: ${e.code}`
          : `the snapshot holds no ${operation} output for ${resource}`,
      );
    },
    base: (kind, ref, address, lines) => ({
      kind,
      provider: 'aws',
      address,
      location: { file, line: ref.node.line },
      attributeLines: withParentLines(attributeLines(ref.node, lines), Object.keys(lines)),
    }),
  };
};
