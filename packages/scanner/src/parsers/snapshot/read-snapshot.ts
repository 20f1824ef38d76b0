import type { z } from 'zod';
import type { InputIssue } from '../../inputs/input-issue.js';
import {
  AWS_REGION_PATTERN,
  GLOBAL_REGION,
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_MARKER,
  SNAPSHOT_SERVICES,
  type SnapshotEnvelope,
  type SnapshotError,
  type SnapshotItem,
  type SnapshotResourceType,
  type SnapshotService,
  snapshotEnvelopeSchema,
} from '../../snapshot/snapshot-schema.js';
import { child, isMapNode, type TreeMap, type TreeNode, toPlain } from '../yaml/tree.js';
import { formatPath, lineAt, type PathKey } from './locate.js';

/** One raw item of the snapshot, validated, with its node (for lines) and where it sits. */
export interface SnapshotItemRef<T> {
  readonly data: T;
  readonly node: TreeNode;
  readonly region: string;
  readonly path: readonly PathKey[];
}

export interface LocatedSnapshotError {
  readonly error: SnapshotError;
  readonly line: number;
}

export interface SnapshotContents {
  readonly envelope: SnapshotEnvelope;
  readonly errors: readonly LocatedSnapshotError[];
  /** The valid items of one resource type, every region, in document order. */
  items<S extends SnapshotService, T extends SnapshotResourceType<S>>(
    service: S,
    type: T,
  ): readonly SnapshotItemRef<SnapshotItem<S, T>>[];
  /** True when the snapshot lists the type for that service and region, even empty: it was collected. */
  collected(service: SnapshotService, region: string, type: string): boolean;
}

export interface ReadSnapshot {
  /** Absent when the envelope is not valid: nothing of the snapshot can be trusted then. */
  readonly contents?: SnapshotContents;
  readonly issues: readonly InputIssue[];
}

/** Schema problems reported per file; past this many the rest are counted in one line. */
const MAX_SCHEMA_ERRORS = 20;

const isService = (name: string): name is SnapshotService => Object.hasOwn(SNAPSHOT_SERVICES, name);

const typeKey = (service: string, type: string) => `${service}/${type}`;

/**
 * Validates a snapshot document: the envelope as a whole, then `services` level by level and every raw item
 * with its schema. A bad item is reported with its path and line and left out; the other items are kept.
 * Services and resource types this version does not read are reported as warnings and skipped.
 */
export const readSnapshot = (tree: TreeMap, file: string): ReadSnapshot => {
  const issues: InputIssue[] = [];
  let errorCount = 0;
  const error = (path: readonly PathKey[], message: string) => {
    errorCount++;
    if (errorCount <= MAX_SCHEMA_ERRORS)
      issues.push({
        level: 'error',
        location: { file, line: lineAt(tree, path) },
        message: `snapshot: ${path.length ? `${formatPath(path)}: ` : ''}${message}`,
      });
  };
  const warn = (path: readonly PathKey[], message: string) =>
    issues.push({ level: 'warning', location: { file, line: lineAt(tree, path) }, message });
  const zodIssues = (prefix: readonly PathKey[], list: readonly z.core.$ZodIssue[]) => {
    for (const issue of list) {
      const path = [...prefix, ...issue.path.filter((k): k is PathKey => typeof k !== 'symbol')];
      if (issue.code === 'unrecognized_keys')
        for (const key of issue.keys) error([...path, key], 'unknown key: remove it or check its spelling');
      else error(path, issue.message);
    }
  };
  const finish = (contents?: SnapshotContents): ReadSnapshot => {
    if (errorCount > MAX_SCHEMA_ERRORS)
      issues.push({
        level: 'error',
        location: { file, line: tree.line },
        message: `snapshot: ${errorCount - MAX_SCHEMA_ERRORS} more schema problems`,
      });
    return contents ? { contents, issues } : { issues };
  };

  const version = toPlain(child(tree, SNAPSHOT_MARKER));
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    error(
      [SNAPSHOT_MARKER],
      `format version ${JSON.stringify(version)} is not supported: this nimbus reads version ${SNAPSHOT_FORMAT_VERSION}`,
    );
    return finish();
  }
  // The envelope without the (possibly large) services tree, which is read below node by node.
  const head = Object.fromEntries(
    [...tree.entries].map(([k, e]) => [k, k === 'services' ? {} : toPlain(e.value)]),
  );
  if (!tree.entries.has('services')) delete head.services;
  const envelope = snapshotEnvelopeSchema.safeParse(head);
  if (!envelope.success) {
    zodIssues([], envelope.error.issues);
    return finish();
  }

  const byType = new Map<string, SnapshotItemRef<unknown>[]>();
  const collected = new Set<string>();
  const services = child(tree, 'services');
  if (!isMapNode(services)) {
    error(['services'], 'expected an object of services');
    return finish();
  }
  for (const [service, serviceEntry] of services.entries) {
    const servicePath = ['services', service];
    if (!isService(service)) {
      warn(servicePath, `snapshot service "${service}" is not read by this version of nimbus: skipped`);
      continue;
    }
    const regions = serviceEntry.value;
    if (!isMapNode(regions)) {
      error(servicePath, 'expected an object of regions');
      continue;
    }
    for (const [region, regionEntry] of regions.entries) {
      const regionPath = [...servicePath, region];
      if (region !== GLOBAL_REGION && !AWS_REGION_PATTERN.test(region)) {
        error(regionPath, `"${region}" is neither an AWS region name nor "${GLOBAL_REGION}"`);
        continue;
      }
      const types = regionEntry.value;
      if (!isMapNode(types)) {
        error(regionPath, 'expected an object of resource types');
        continue;
      }
      const schemas: Readonly<Record<string, z.ZodType>> = SNAPSHOT_SERVICES[service];
      for (const [type, typeEntry] of types.entries) {
        const typePath = [...regionPath, type];
        const schema = schemas[type];
        if (!schema) {
          warn(
            typePath,
            `snapshot resource type ${service}.${type} is not read by this version of nimbus: skipped`,
          );
          continue;
        }
        const list = typeEntry.value;
        if (list.type !== 'seq') {
          error(typePath, 'expected a list of items');
          continue;
        }
        collected.add(`${typeKey(service, type)}/${region}`);
        const refs = byType.get(typeKey(service, type)) ?? [];
        byType.set(typeKey(service, type), refs);
        list.items.forEach((node, index) => {
          const path = [...typePath, index];
          const parsed = schema.safeParse(toPlain(node));
          if (parsed.success) refs.push({ data: parsed.data, node, region, path });
          else zodIssues(path, parsed.error.issues);
        });
      }
    }
  }
  const errorsNode = child(tree, 'errors');
  const errors = envelope.data.errors.map((e, i) => ({
    error: e,
    line: errorsNode ? lineAt(errorsNode, [i]) : tree.line,
  }));
  return finish({
    envelope: envelope.data,
    errors,
    items: <S extends SnapshotService, T extends SnapshotResourceType<S>>(service: S, type: T) =>
      // Each list holds items parsed with the schema of exactly this service and type.
      (byType.get(typeKey(service, type)) ?? []) as readonly SnapshotItemRef<SnapshotItem<S, T>>[],
    collected: (service, region, type) => collected.has(`${typeKey(service, type)}/${region}`),
  });
};
