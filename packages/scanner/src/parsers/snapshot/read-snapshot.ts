import type { z } from 'zod';
import { fastValidator } from '../../snapshot/fast-validator.js';
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
import { formatPath, type PathKey } from './locate.js';
import { type ProblemOrder, problemLog, type SnapshotProblems } from './snapshot-problems.js';
import type { LineLocator, SnapshotList, SnapshotSource } from './snapshot-source.js';

/** One valid raw item of the snapshot, with the lines inside it and its region. */
export interface ReadItem<T> {
  readonly data: T;
  readonly lines: LineLocator;
  readonly region: string;
}

export interface LocatedSnapshotError {
  readonly error: SnapshotError;
  readonly line: number;
}

export interface SnapshotContents {
  readonly envelope: SnapshotEnvelope;
  readonly errors: readonly LocatedSnapshotError[];
  /**
   * Validates the items of one resource type, every region in document order, and hands each valid one to `use`.
   * Items are read as they are handed over and not kept, so that a million of them never sit in memory at once:
   * read each type once, keeping what later types need. A bad item is reported and skipped.
   */
  each<S extends SnapshotService, T extends SnapshotResourceType<S>>(
    service: S,
    type: T,
    use: (item: ReadItem<SnapshotItem<S, T>>) => void,
  ): void;
  /** True when the snapshot lists the type for that service and region, even empty: it was collected. */
  collected(service: SnapshotService, region: string, type: string): boolean;
  /** The line of a path from the top of the document (`services.guardduty.eu-west-1.detectors`). */
  lineAt(path: readonly PathKey[]): number;
}

export interface ReadSnapshot {
  /** Absent when the envelope is not valid: nothing of the snapshot can be trusted then. */
  readonly contents?: SnapshotContents;
  /**
   * Every problem, in document order. Call it once the adapters are done: the types they did not read are
   * validated then. When an item turns out not to be JSON, the file is unreadable and nothing of it counts.
   */
  problems(): SnapshotProblems;
}

/** `use` on every valid item of a type (see SnapshotContents.each), collected. */
export const mapItems = <S extends SnapshotService, T extends SnapshotResourceType<S>, R>(
  contents: SnapshotContents,
  service: S,
  type: T,
  use: (item: ReadItem<SnapshotItem<S, T>>) => R,
): R[] => {
  const out: R[] = [];
  contents.each(service, type, (item) => out.push(use(item)));
  return out;
};

/** Like mapItems, for a `use` that gives any number of values per item. */
export const flatMapItems = <S extends SnapshotService, T extends SnapshotResourceType<S>, R>(
  contents: SnapshotContents,
  service: S,
  type: T,
  use: (item: ReadItem<SnapshotItem<S, T>>) => readonly R[],
): R[] => {
  const out: R[] = [];
  contents.each(service, type, (item) => {
    for (const r of use(item)) out.push(r);
  });
  return out;
};

/** An item list of the document: `services.<service>.<region>.<type>`. */
interface ItemList {
  readonly region: string;
  readonly path: readonly PathKey[];
  readonly items: SnapshotList;
  /** Its place in the walk of the document, for the order of problems. */
  readonly walk: number;
}

const isService = (name: string): name is SnapshotService => Object.hasOwn(SNAPSHOT_SERVICES, name);

const typeKey = (service: string, type: string) => `${service}/${type}`;

/** A JSON object (not an array, not null): what the YAML reader calls a map. */
const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a snapshot document: the envelope as a whole, then `services` level by level, and every raw item with
 * its schema when its type is read. A bad item is reported with its path and line and left out; the other items
 * are kept. Services and resource types this version does not read are reported as warnings and skipped.
 */
export const readSnapshot = (source: SnapshotSource, file: string): ReadSnapshot => {
  const doc = source.value;
  const lineAt = (path: readonly PathKey[]) => source.lines.lineAt(path);
  const log = problemLog(file, source.lines.line);
  let walk = 0;
  const here = (): ProblemOrder => [walk++, -1, 0];
  const error = (path: readonly PathKey[], message: string, order: ProblemOrder = here()) =>
    log.error(order, lineAt(path), `snapshot: ${path.length ? `${formatPath(path)}: ` : ''}${message}`);
  const warn = (path: readonly PathKey[], message: string) => log.warn(here(), lineAt(path), message);
  const zodIssues = (
    prefix: readonly PathKey[],
    list: readonly z.core.$ZodIssue[],
    at?: [number, number],
  ) => {
    let rank = 0;
    const order = (): ProblemOrder | undefined => (at ? [at[0], at[1], rank++] : undefined);
    for (const issue of list) {
      const path = [...prefix, ...issue.path.filter((k): k is PathKey => typeof k !== 'symbol')];
      if (issue.code === 'unrecognized_keys')
        for (const key of issue.keys)
          error([...path, key], 'unknown key: remove it or check its spelling', order());
      else error(path, issue.message, order());
    }
  };
  const failed = (): ReadSnapshot => ({ problems: () => log.finish() });

  const version = doc[SNAPSHOT_MARKER];
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    error(
      [SNAPSHOT_MARKER],
      `format version ${JSON.stringify(version)} is not supported: this nimbus reads version ${SNAPSHOT_FORMAT_VERSION}`,
    );
    return failed();
  }
  // The envelope without the (possibly large) services tree, which is read below node by node.
  const head = Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, k === 'services' ? {} : v]));
  const envelope = snapshotEnvelopeSchema.safeParse(head);
  if (!envelope.success) {
    zodIssues([], envelope.error.issues);
    return failed();
  }

  const lists = new Map<string, ItemList[]>();
  const collected = new Set<string>();
  const services = doc.services;
  if (!isObject(services)) {
    error(['services'], 'expected an object of services');
    return failed();
  }
  for (const [service, regions] of Object.entries(services)) {
    const servicePath = ['services', service];
    if (!isService(service)) {
      warn(servicePath, `snapshot service "${service}" is not read by this version of nimbus: skipped`);
      continue;
    }
    if (!isObject(regions)) {
      error(servicePath, 'expected an object of regions');
      continue;
    }
    for (const [region, types] of Object.entries(regions)) {
      const regionPath = [...servicePath, region];
      if (region !== GLOBAL_REGION && !AWS_REGION_PATTERN.test(region)) {
        error(regionPath, `"${region}" is neither an AWS region name nor "${GLOBAL_REGION}"`);
        continue;
      }
      if (!isObject(types)) {
        error(regionPath, 'expected an object of resource types');
        continue;
      }
      for (const [type, list] of Object.entries(types)) {
        const typePath = [...regionPath, type];
        if (!Object.hasOwn(SNAPSHOT_SERVICES[service], type)) {
          warn(
            typePath,
            `snapshot resource type ${service}.${type} is not read by this version of nimbus: skipped`,
          );
          continue;
        }
        const items = source.list(typePath, list);
        if (!items) {
          error(typePath, 'expected a list of items');
          continue;
        }
        collected.add(`${typeKey(service, type)}/${region}`);
        const known = lists.get(typeKey(service, type)) ?? [];
        lists.set(typeKey(service, type), known);
        known.push({ region, path: typePath, items, walk: walk++ });
      }
    }
  }

  /** Validates the lists of one type, handing each valid item to `use`; stops at an item that does not parse. */
  const validate = (service: SnapshotService, type: string, use: (item: ReadItem<unknown>) => void) => {
    const schemas: Readonly<Record<string, z.ZodType>> = SNAPSHOT_SERVICES[service];
    const schema = schemas[type];
    const found = lists.get(typeKey(service, type));
    lists.delete(typeKey(service, type));
    if (!schema || !found) return;
    const valid = fastValidator(schema);
    for (const { region, path, items, walk: at } of found)
      for (let index = 0; index < items.length; index++) {
        if (log.isUnreadable) return;
        const read = items.read(index);
        if ('problem' in read) {
          // An item that is not valid JSON makes the whole file unreadable, as a syntax error anywhere does.
          log.unreadable(read.line, `cannot parse: ${read.problem}`);
          return;
        }
        // The item schemas neither transform nor add values: the raw item is the validated one. Zod is asked
        // again only for the issues of an item the plain check refuses.
        const refused = valid(read.value) ? undefined : schema.safeParse(read.value).error;
        if (refused) zodIssues([...path, index], refused.issues, [at, index]);
        else use({ data: read.value, lines: items.lines(index, read.value), region });
      }
  };

  const errors = envelope.data.errors.map((e, i) => ({ error: e, line: lineAt(['errors', i]) }));
  return {
    contents: {
      envelope: envelope.data,
      errors,
      each: <S extends SnapshotService, T extends SnapshotResourceType<S>>(
        service: S,
        type: T,
        use: (item: ReadItem<SnapshotItem<S, T>>) => void,
      ) =>
        // Each item handed over passed the schema of exactly this service and type.
        validate(service, type, use as (item: ReadItem<unknown>) => void),
      collected: (service, region, type) => collected.has(`${typeKey(service, type)}/${region}`),
      lineAt,
    },
    problems: () => {
      // Types no adapter read are still validated, so that their problems are reported.
      for (const key of [...lists.keys()]) {
        const [service = '', type = ''] = key.split('/');
        if (isService(service)) validate(service, type, () => {});
      }
      return log.finish();
    },
  };
};
