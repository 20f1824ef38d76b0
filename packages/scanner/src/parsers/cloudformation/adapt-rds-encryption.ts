import { type Attr, isUnknown, unknown } from '../../model/value.js';
import type { TreeMap } from '../yaml/tree.js';
import { PropertyReader } from './fields.js';
import type { CfnResource } from './template.js';

// What StorageEncrypted means when a template does not set it depends on how the database is created: these
// read the cases the template itself can settle, and leave the others unset for the check to judge.

/**
 * AWS::RDS::DBCluster. StorageEncrypted unset means encrypted for `EngineMode: serverless` (Aurora Serverless v1
 * is always encrypted) and unencrypted otherwise, so the serverless case is written as true, at the EngineMode
 * line that decides it. An explicit false stays false, as the Terraform adapter reads `storage_encrypted`.
 */
export const clusterStorageEncrypted = (
  r: PropertyReader,
  props: TreeMap | undefined,
): Attr<boolean> | undefined => {
  const set = r.bool(r.at(props, 'StorageEncrypted', 'storageEncrypted'));
  if (set !== undefined) return set;
  const mode = r.str(r.at(props, 'EngineMode'));
  if (mode === undefined || (!isUnknown(mode) && mode !== 'serverless')) return undefined;
  r.at(props, 'EngineMode', 'storageEncrypted');
  return isUnknown(mode)
    ? unknown(`the default depends on EngineMode, which cannot be resolved: ${mode.reason}`)
    : true;
};

/**
 * AWS::RDS::DBInstance. A read replica (`SourceDBInstanceIdentifier`) has its source's encryption, whatever its own
 * StorageEncrypted says (AWS ignores it, and the template reference says not to set it): when the source is an
 * instance of the same template, its value, written at the SourceDBInstanceIdentifier line; a source that leaves it
 * unset and is not restored from a snapshot is unencrypted. A source outside the template leaves it unset: the
 * check then says it is inherited from a source the scan does not show.
 */
export const instanceStorageEncrypted = (
  r: PropertyReader,
  props: TreeMap | undefined,
  seen: ReadonlySet<string> = new Set(),
): Attr<boolean> | undefined => {
  const sourceNode = r.at(props, 'SourceDBInstanceIdentifier');
  if (sourceNode === undefined) {
    const set = r.bool(r.at(props, 'StorageEncrypted', 'storageEncrypted'));
    if (set !== undefined || seen.size === 0) return set;
    // A source of a replica: unset means unencrypted, unless it is restored from a snapshot.
    return r.at(props, 'DBSnapshotIdentifier') === undefined ? false : undefined;
  }
  const source = r.resourceRef(sourceNode);
  if (!source || isUnknown(source) || source.type !== 'AWS::RDS::DBInstance') return undefined;
  if (seen.has(source.logicalId) || seen.size >= MAX_CHAIN) return undefined;
  const inherited = sourceStorageEncrypted(r, source, seen);
  if (inherited !== undefined) r.at(props, 'SourceDBInstanceIdentifier', 'storageEncrypted');
  return inherited;
};

/** RDS cascades replicas a few levels deep; a longer chain in a template is not followed (nor is a cycle). */
const MAX_CHAIN = 8;

/** The source's StorageEncrypted, itself inherited when the source is a replica (a chain, cycles cut). */
const sourceStorageEncrypted = (
  r: PropertyReader,
  source: CfnResource,
  seen: ReadonlySet<string>,
): Attr<boolean> | undefined => {
  // A reader of its own: the source's lines are not the replica's.
  const reader = new PropertyReader(r.resolver);
  const props = reader.map(source.properties);
  if (isUnknown(props)) return undefined;
  const value = instanceStorageEncrypted(reader, props, new Set([...seen, source.logicalId]));
  return isUnknown(value)
    ? unknown(`it is inherited from the source database ${source.logicalId}: ${value.reason}`)
    : value;
};
