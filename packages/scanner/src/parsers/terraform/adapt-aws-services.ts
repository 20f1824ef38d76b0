import type { DbCluster, DbInstance, KmsKey } from '../../model/aws.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { TfContext } from './adapt-aws-context.js';
import { replicaStorageEncrypted } from './adapt-aws-rds-replica.js';
import { resourceBase } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { block, bool, get, num, str, type TfSource } from './tf-values.js';

// RDS instances and clusters, KMS keys. Where the provider's default differs from what
// the model's "not set" means, the default is written out here (see each function).

/** The source of a point-in-time restore, if the resource is one: like a snapshot, it fixes encryption. */
const restoredFrom = (values: TfSource, keys: readonly string[]): Attr<string> | undefined => {
  const restore = block(values, 'restore_to_point_in_time');
  if (restore === undefined || isUnknown(restore)) return restore;
  for (const k of keys) {
    const source = str(restore, k);
    if (source !== undefined) return source;
  }
  return 'a point-in-time restore';
};

/**
 * aws_db_instance and aws_rds_cluster_instance. `publicly_accessible` defaults to false in the provider,
 * which always sends it; the model's undefined would mean "RDS decides from the VPC", so false is written.
 * A read replica's storage encryption is its source's (see adapt-aws-rds-replica.ts), at the
 * `replicate_source_db` line.
 */
export const adaptDbInstance = (r: TfResource, ctx: TfContext = new TfContext([r])): DbInstance => {
  const v = r.values;
  const instance = r.type === 'aws_db_instance';
  const replica = instance && get(v, 'replicate_source_db') !== undefined;
  const base = resourceBase('aws', r, 'aws.rds.instance', {
    engine: 'engine',
    // RDS ignores a replica's own storage_encrypted: its encryption is read at the source it names (below).
    ...(replica ? {} : { storage_encrypted: 'storageEncrypted' }),
    publicly_accessible: 'publiclyAccessible',
    backup_retention_period: 'backupRetentionDays',
    deletion_protection: 'deletionProtection',
    snapshot_identifier: 'snapshotId',
    restore_to_point_in_time: 'snapshotId',
    cluster_identifier: 'clusterId',
    replicate_source_db: 'replicaOf',
    delete_automated_backups: 'deleteAutomatedBackups',
  });
  const sourceLine = base.attributeLines.replicaOf;
  if (replica && sourceLine !== undefined) base.attributeLines.storageEncrypted = sourceLine;
  return {
    ...base,
    engine: str(v, 'engine'),
    publiclyAccessible: bool(v, 'publicly_accessible') ?? false,
    clusterId: str(v, 'cluster_identifier'),
    ...(instance
      ? {
          storageEncrypted: replica ? replicaStorageEncrypted(ctx, r) : bool(v, 'storage_encrypted'),
          backupRetentionDays: num(v, 'backup_retention_period'),
          deletionProtection: bool(v, 'deletion_protection'),
          snapshotId:
            str(v, 'snapshot_identifier') ??
            restoredFrom(v, ['source_db_instance_identifier', 'source_dbi_resource_id']),
          replicaOf: str(v, 'replicate_source_db'),
          deleteAutomatedBackups: bool(v, 'delete_automated_backups'),
        }
      : {}),
  };
};

/**
 * aws_rds_cluster. `storage_encrypted` unset means encrypted for `engine_mode = "serverless"` (Aurora
 * Serverless v1 is always encrypted) and unencrypted otherwise, so the serverless case is written as true.
 */
export const adaptDbCluster = (r: TfResource): DbCluster => {
  const v = r.values;
  const mode = str(v, 'engine_mode');
  let storageEncrypted = bool(v, 'storage_encrypted');
  if (storageEncrypted === undefined && mode !== undefined)
    storageEncrypted = isUnknown(mode)
      ? unknown(`the default depends on engine_mode, which cannot be resolved: ${mode.reason}`)
      : mode === 'serverless'
        ? true
        : undefined;
  return {
    ...resourceBase('aws', r, 'aws.rds.cluster', {
      engine: 'engine',
      storage_encrypted: 'storageEncrypted',
      backup_retention_period: 'backupRetentionDays',
      deletion_protection: 'deletionProtection',
      snapshot_identifier: 'snapshotId',
      restore_to_point_in_time: 'snapshotId',
      replication_source_identifier: 'snapshotId',
    }),
    engine: str(v, 'engine'),
    storageEncrypted,
    backupRetentionDays: num(v, 'backup_retention_period'),
    deletionProtection: bool(v, 'deletion_protection'),
    snapshotId:
      str(v, 'snapshot_identifier') ??
      restoredFrom(v, ['source_cluster_identifier', 'source_cluster_resource_id']) ??
      str(v, 'replication_source_identifier'),
  };
};

export const adaptKmsKey = (r: TfResource): KmsKey => ({
  ...resourceBase('aws', r, 'aws.kms.key', {
    enable_key_rotation: 'rotation',
    customer_master_key_spec: 'keySpec',
    key_spec: 'keySpec',
    deletion_window_in_days: 'pendingWindowInDays',
  }),
  rotation: bool(r.values, 'enable_key_rotation'),
  keySpec: str(r.values, 'customer_master_key_spec') ?? str(r.values, 'key_spec'),
  pendingWindowInDays: num(r.values, 'deletion_window_in_days'),
});
