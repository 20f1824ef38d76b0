import type { Provider } from '../../model/resource-base.js';
import { type Unknown, unknown } from '../../model/value.js';
import {
  SNAPSHOT_OPERATIONS,
  type SnapshotError,
  type SnapshotResourceType,
  type SnapshotService,
} from '../../snapshot/snapshot-schema.js';
import { type PathSet, pathSet } from '../json/json-path-set.js';
import type { PathKey } from './locate.js';
import type { SnapshotContents } from './read-snapshot.js';
import type { LineLocator } from './snapshot-source.js';

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
  /**
   * A model resource: the fields every resource starts from, located at the item (`lines` at `item`'s paths),
   * then `fields`. Built by adding
   * to one object rather than spreading a helper's result, which in V8 gives every object its own hidden class
   * (hundreds of bytes each, and slow property reads in every check).
   */
  resource<K extends string, F extends object>(
    kind: K,
    item: LineLocator,
    address: string,
    lines: Readonly<Record<string, readonly PathKey[]>>,
    fields: F,
  ): ResourceBase<K> & F;
}

interface ResourceBase<K extends string> {
  kind: K;
  provider: Provider;
  address: string;
  location: { file: string; line: number };
  attributeLines: Readonly<Record<string, number>>;
}

/** How to compute the attribute lines of one set of paths: prepared once per set (adapters share theirs). */
interface LinePlan {
  readonly paths: readonly (readonly [string, readonly PathKey[]])[];
  /** The same paths, compiled to be found in one reading of an item written over several lines. */
  readonly set: PathSet;
  /** Each attribute with its listed ancestors, nearest first (`a.b.c`: `a.b`, then `a`). */
  readonly parents: readonly (readonly [string, readonly string[]])[];
}

const plans = new WeakMap<object, LinePlan>();

/**
 * Plans by their paths written out, for adapters that write their paths in place (a new object per item):
 * building a plan costs more than writing the paths out. Bounded: paths that vary by item stop being kept.
 */
const plansByPaths = new Map<string, LinePlan>();
const MAX_PLANS_BY_PATHS = 1_000;

const planOf = (paths: Readonly<Record<string, readonly PathKey[]>>): LinePlan => {
  const known = plans.get(paths);
  if (known) return known;
  const written = JSON.stringify(paths);
  const same = plansByPaths.get(written);
  if (same) return same;
  const plan = newPlan(paths);
  plans.set(paths, plan);
  if (plansByPaths.size < MAX_PLANS_BY_PATHS) plansByPaths.set(written, plan);
  return plan;
};

const newPlan = (paths: Readonly<Record<string, readonly PathKey[]>>): LinePlan => {
  const attributes = Object.keys(paths);
  const entries = Object.entries(paths);
  return {
    paths: entries,
    set: pathSet(entries.map(([, path]) => path)),
    parents: attributes.map((attribute) => {
      const parts = attribute.split('.');
      return [
        attribute,
        parts.slice(1).map((_, i) => parts.slice(0, parts.length - 1 - i).join('.')),
      ] as const;
    }),
  };
};

const NO_LINES: Readonly<Record<string, number>> = Object.freeze({});

/**
 * The lines of a resource's attributes that differ from its own line (an absent attribute points there anyway),
 * so that an item written on one line, as large snapshots are, shares one empty object. An attribute absent from
 * the item (`publicAccessBlock.blockPublicAcls` when AWS answered "no public access block") takes the line of its
 * nearest listed parent (`publicAccessBlock`), which holds the answer.
 */
const linesOf = (
  item: LineLocator,
  paths: Readonly<Record<string, readonly PathKey[]>>,
): Readonly<Record<string, number>> => {
  if (item.oneLine) return NO_LINES;
  const plan = planOf(paths);
  const lines: Record<string, number> = {};
  const found = item.lineOfEach?.(plan.set);
  plan.paths.forEach(([attribute, path], i) => {
    const line = found ? found[i] : item.lineIfPresent(path);
    if (line !== undefined) lines[attribute] = line;
  });
  for (const [attribute, parents] of plan.parents)
    for (const parent of parents) {
      if (lines[attribute] !== undefined) break;
      const line = lines[parent];
      if (line !== undefined) lines[attribute] = line;
    }
  let other = false;
  for (const attribute in lines) if (lines[attribute] !== item.line) other = true;
  if (!other) return NO_LINES;
  // A new object rather than deletions, which would turn this one into a slow dictionary.
  const kept: Record<string, number> = {};
  for (const attribute in lines)
    if (lines[attribute] !== item.line) kept[attribute] = lines[attribute] as number;
  return kept;
};

export const createContext = (contents: SnapshotContents, file: string): SnapshotContext => {
  const { envelope, errors } = contents;
  const account = envelope.account.id;
  // The first recorded failure of each call: per region for listings, per resource for per-item calls (a
  // snapshot may record one for each of 100k buckets, so they are looked up, not searched).
  const failures = new Map<string, SnapshotError>();
  const key = (...parts: string[]) => parts.join('\u0000');
  for (const { error: e } of errors) {
    const k =
      e.resource === undefined
        ? key(e.service, e.region, e.operation)
        : key(e.service, e.operation, '', e.resource);
    if (!failures.has(k)) failures.set(k, e);
  }
  const failure = (service: string, region: string, operation: string, resource?: string) =>
    failures.get(
      resource === undefined ? key(service, region, operation) : key(service, operation, '', resource),
    );
  return {
    file,
    contents,
    partition: partitionOf(envelope.regions[0] ?? 'us-east-1'),
    // Joined rather than a template: one flat string instead of a chain of pieces, a quarter of the memory.
    arn: (service, region, resource) =>
      ['arn', partitionOf(region), service, region, account, resource].join(':'),
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
    resource: <K extends string, F extends object>(
      kind: K,
      item: LineLocator,
      address: string,
      lines: Readonly<Record<string, readonly PathKey[]>>,
      fields: F,
    ) => {
      const { line } = item;
      const base: ResourceBase<K> = {
        kind,
        provider: 'aws',
        address,
        location: { file, line },
        attributeLines: linesOf(item, lines),
      };
      return Object.assign(base, fields);
    },
  };
};
