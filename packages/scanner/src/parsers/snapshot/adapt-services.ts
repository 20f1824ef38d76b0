import type { DbCluster, DbInstance, KmsKey } from '../../model/aws.js';
import { unknown } from '../../model/value.js';
import { flatMapItems, mapItems } from './read-snapshot.js';
import type { SnapshotContext } from './snapshot-context.js';

const DATABASE_LINES = {
  engine: ['Engine'],
  storageEncrypted: ['StorageEncrypted'],
  backupRetentionDays: ['BackupRetentionPeriod'],
  deletionProtection: ['DeletionProtection'],
} as const;

/** Chosen when an instance is deleted, not a setting a running instance reports (one value for all). */
const CHOSEN_AT_DELETION = unknown('a running instance does not report it: it is chosen at deletion');

export const adaptDbInstances = (ctx: SnapshotContext): DbInstance[] =>
  mapItems(ctx.contents, 'rds', 'dbInstances', (ref) => {
    const { data, lines } = ref;
    const { region } = ref;
    return ctx.resource(
      'aws.rds.instance',
      lines,
      data.DBInstanceArn ?? ctx.arn('rds', region, `db:${data.DBInstanceIdentifier}`),
      {
        ...DATABASE_LINES,
        publiclyAccessible: ['PubliclyAccessible'],
        clusterId: ['DBClusterIdentifier'],
        replicaOf: ['ReadReplicaSourceDBInstanceIdentifier'],
      },
      {
        engine: data.Engine,
        storageEncrypted: data.StorageEncrypted,
        publiclyAccessible: data.PubliclyAccessible,
        backupRetentionDays: data.BackupRetentionPeriod,
        deletionProtection: data.DeletionProtection,
        clusterId: data.DBClusterIdentifier,
        replicaOf: data.ReadReplicaSourceDBInstanceIdentifier,
        deleteAutomatedBackups: CHOSEN_AT_DELETION,
      },
    );
  });

export const adaptDbClusters = (ctx: SnapshotContext): DbCluster[] =>
  mapItems(ctx.contents, 'rds', 'dbClusters', (ref) => {
    const { data, lines } = ref;
    const { region } = ref;
    return ctx.resource(
      'aws.rds.cluster',
      lines,
      data.DBClusterArn ?? ctx.arn('rds', region, `cluster:${data.DBClusterIdentifier}`),
      DATABASE_LINES,
      {
        engine: data.Engine,
        storageEncrypted: data.StorageEncrypted,
        backupRetentionDays: data.BackupRetentionPeriod,
        deletionProtection: data.DeletionProtection,
      },
    );
  });

/** Keys being deleted: their rotation no longer matters. */
const DELETING = new Set(['PendingDeletion', 'PendingReplicaDeletion']);

/**
 * Customer-managed keys. AWS-managed keys (KeyManager `AWS`) are rotated by AWS and cannot be changed: they
 * are left out, and so are keys pending deletion. A key that could not be described stays in, unknown.
 */
export const adaptKmsKeys = (ctx: SnapshotContext): KmsKey[] =>
  flatMapItems(ctx.contents, 'kms', 'keys', (ref): KmsKey[] => {
    const { data, lines } = ref;
    const { region } = ref;
    const meta = data.DescribeKey?.KeyMetadata;
    if (meta?.KeyManager === 'AWS' || DELETING.has(meta?.KeyState ?? '')) return [];
    const missing = (operation: string) => ctx.callMissing('kms', region, operation, data.KeyId);
    const described = data.DescribeKey;
    const rotation = data.GetKeyRotationStatus;
    return [
      ctx.resource(
        'aws.kms.key',
        lines,
        data.KeyArn ?? ctx.arn('kms', region, `key/${data.KeyId}`),
        {
          keySpec: ['DescribeKey', 'KeyMetadata', 'KeySpec'],
          rotation: ['GetKeyRotationStatus', 'KeyRotationEnabled'],
        },
        {
          keySpec: described === undefined ? missing('DescribeKey') : described.KeyMetadata?.KeySpec,
          // `null`: AWS does not rotate this kind of key automatically (asymmetric, HMAC, imported material).
          rotation:
            rotation === undefined
              ? missing('GetKeyRotationStatus')
              : (rotation?.KeyRotationEnabled ?? undefined),
        },
      ),
    ];
  });
