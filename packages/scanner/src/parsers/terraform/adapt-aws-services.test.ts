import { describe, expect, it } from 'vitest';
import { isUnknown, Unknown } from '../../model/value.js';
import { adaptDbCluster, adaptDbInstance, adaptKmsKey } from './adapt-aws-services.js';
import { tfResourceBuilder } from './test-support.js';
import { TfReference } from './tf-resource.js';

const res = tfResourceBuilder();

describe('aws_db_instance and aws_rds_cluster_instance', () => {
  it('reads the settings the checks use', () => {
    const db = adaptDbInstance(
      res('aws_db_instance.orders', {
        engine: 'postgres',
        storage_encrypted: true,
        publicly_accessible: 'true',
        backup_retention_period: 14,
        deletion_protection: false,
        delete_automated_backups: false,
      }),
    );
    expect(db).toMatchObject({
      kind: 'aws.rds.instance',
      engine: 'postgres',
      storageEncrypted: true,
      publiclyAccessible: true,
      backupRetentionDays: 14,
      deletionProtection: false,
      deleteAutomatedBackups: false,
      snapshotId: undefined,
      replicaOf: undefined,
      clusterId: undefined,
    });
  });

  it('writes out the provider default for publicly_accessible (false), and keeps other unset values undefined', () => {
    const db = adaptDbInstance(res('aws_db_instance.orders', { engine: 'postgres' }));
    expect(db.publiclyAccessible).toBe(false);
    expect(db.backupRetentionDays).toBeUndefined();
    expect(db.storageEncrypted).toBeUndefined();
    const unresolved = new Unknown('var.public has no value');
    expect(
      adaptDbInstance(res('aws_db_instance.x', { publicly_accessible: unresolved })).publiclyAccessible,
    ).toBe(unresolved);
  });

  it('records snapshots, point-in-time restores and replication sources', () => {
    expect(adaptDbInstance(res('aws_db_instance.a', { snapshot_identifier: 'snap-1' })).snapshotId).toBe(
      'snap-1',
    );
    expect(
      adaptDbInstance(
        res('aws_db_instance.b', { restore_to_point_in_time: [{ source_db_instance_identifier: 'orders' }] }),
      ).snapshotId,
    ).toBe('orders');
    expect(
      adaptDbInstance(
        res('aws_db_instance.c', { restore_to_point_in_time: [{ use_latest_restorable_time: true }] }),
      ).snapshotId,
    ).toBe('a point-in-time restore');
    expect(adaptDbInstance(res('aws_db_instance.d', { replicate_source_db: 'orders' })).replicaOf).toBe(
      'orders',
    );
  });

  it('makes cluster instances members of their cluster, with nothing of storage or backups of their own', () => {
    const member = adaptDbInstance(
      res('aws_rds_cluster_instance.writer', {
        cluster_identifier: new TfReference('aws_rds_cluster.main', 'id'),
        engine: 'aurora-postgresql',
      }),
    );
    expect(isUnknown(member.clusterId)).toBe(true);
    expect(member.publiclyAccessible).toBe(false);
    expect(member.storageEncrypted).toBeUndefined();
  });
});

describe('aws_rds_cluster', () => {
  it('reads the settings the checks use', () => {
    expect(
      adaptDbCluster(
        res('aws_rds_cluster.main', {
          engine: 'aurora-postgresql',
          storage_encrypted: true,
          backup_retention_period: 35,
          deletion_protection: true,
          snapshot_identifier: 'snap-1',
        }),
      ),
    ).toMatchObject({
      kind: 'aws.rds.cluster',
      storageEncrypted: true,
      backupRetentionDays: 35,
      deletionProtection: true,
      snapshotId: 'snap-1',
    });
  });

  it('encrypts serverless clusters by default, and cannot tell when the engine mode is unresolved', () => {
    expect(adaptDbCluster(res('aws_rds_cluster.a', { engine_mode: 'serverless' })).storageEncrypted).toBe(
      true,
    );
    expect(
      adaptDbCluster(res('aws_rds_cluster.b', { engine_mode: 'provisioned' })).storageEncrypted,
    ).toBeUndefined();
    expect(adaptDbCluster(res('aws_rds_cluster.c', {})).storageEncrypted).toBeUndefined();
    expect(
      adaptDbCluster(res('aws_rds_cluster.d', { engine_mode: 'serverless', storage_encrypted: false }))
        .storageEncrypted,
    ).toBe(false);
    const mode = adaptDbCluster(
      res('aws_rds_cluster.e', { engine_mode: new Unknown('var.mode has no value') }),
    );
    expect(mode.storageEncrypted instanceof Unknown && mode.storageEncrypted.reason).toBe(
      'the default depends on engine_mode, which cannot be resolved: var.mode has no value',
    );
  });

  it('treats replica and restored clusters as inheriting their source', () => {
    expect(
      adaptDbCluster(res('aws_rds_cluster.r', { replication_source_identifier: 'arn:x' })).snapshotId,
    ).toBe('arn:x');
    expect(
      adaptDbCluster(
        res('aws_rds_cluster.p', { restore_to_point_in_time: [{ source_cluster_identifier: 'main' }] }),
      ).snapshotId,
    ).toBe('main');
  });
});

describe('aws_kms_key', () => {
  it('reads rotation and the key spec under either argument name', () => {
    expect(adaptKmsKey(res('aws_kms_key.a', { enable_key_rotation: true }))).toMatchObject({
      kind: 'aws.kms.key',
      rotation: true,
      keySpec: undefined,
    });
    expect(adaptKmsKey(res('aws_kms_key.b', { customer_master_key_spec: 'ECC_NIST_P256' })).keySpec).toBe(
      'ECC_NIST_P256',
    );
    expect(adaptKmsKey(res('aws_kms_key.c', { key_spec: 'HMAC_256' })).keySpec).toBe('HMAC_256');
  });

  it('reads the deletion waiting period, unset meaning the default', () => {
    expect(adaptKmsKey(res('aws_kms_key.a', { deletion_window_in_days: 7 })).pendingWindowInDays).toBe(7);
    expect(adaptKmsKey(res('aws_kms_key.b', {})).pendingWindowInDays).toBeUndefined();
  });
});
