import type {
  BucketEncryptionRule,
  CloudTrail,
  DbCluster,
  DbInstance,
  KmsKey,
  S3Bucket,
} from '../../model/aws.js';
import { type Attr, isUnknown } from '../../model/value.js';
import { bucketLifecycle } from './adapt-bucket-lifecycle.js';
import { type AdaptContext, begin } from './adapt-context.js';
import { clusterStorageEncrypted, instanceStorageEncrypted } from './adapt-rds-encryption.js';
import { trailLogging } from './adapt-trail-logging.js';
import type { PropertyReader } from './fields.js';
import type { CfnResource } from './template.js';

export const adaptBucket = (resource: CfnResource, ctx: AdaptContext): S3Bucket => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.s3.bucket');
  const pab = r.map(r.at(props, 'PublicAccessBlockConfiguration', 'publicAccessBlock'));
  const versioning = r.map(r.at(props, 'VersioningConfiguration', 'versioning'));
  return {
    ...base,
    publicAccessBlock:
      pab && !isUnknown(pab)
        ? {
            blockPublicAcls: r.bool(r.at(pab, 'BlockPublicAcls', 'publicAccessBlock.blockPublicAcls')),
            ignorePublicAcls: r.bool(r.at(pab, 'IgnorePublicAcls', 'publicAccessBlock.ignorePublicAcls')),
            blockPublicPolicy: r.bool(r.at(pab, 'BlockPublicPolicy', 'publicAccessBlock.blockPublicPolicy')),
            restrictPublicBuckets: r.bool(
              r.at(pab, 'RestrictPublicBuckets', 'publicAccessBlock.restrictPublicBuckets'),
            ),
          }
        : pab,
    encryption: bucketEncryption(r, props && r.map(r.at(props, 'BucketEncryption', 'encryption'))),
    versioning:
      versioning && !isUnknown(versioning) ? r.str(r.at(versioning, 'Status', 'versioning')) : versioning,
    lifecycleRules: bucketLifecycle(r, props),
  };
};

const bucketEncryption = (
  r: PropertyReader,
  config: ReturnType<PropertyReader['map']>,
): Attr<readonly BucketEncryptionRule[]> | undefined => {
  if (!config || isUnknown(config)) return config;
  const rules = r.list(r.at(config, 'ServerSideEncryptionConfiguration'));
  if (!rules || isUnknown(rules)) return rules;
  return rules.flatMap((rule): BucketEncryptionRule[] => {
    const m = r.map(rule);
    if (!m) return [];
    if (isUnknown(m)) return [{ algorithm: m, line: rule.line }];
    const byDefault = r.map(r.at(m, 'ServerSideEncryptionByDefault'));
    if (!byDefault) return [];
    if (isUnknown(byDefault)) return [{ algorithm: byDefault, line: rule.line }];
    return [
      {
        algorithm: r.str(r.at(byDefault, 'SSEAlgorithm')),
        kmsKeyId: r.str(r.at(byDefault, 'KMSMasterKeyID')),
        line: byDefault.entries.get('SSEAlgorithm')?.keyLine ?? rule.line,
      },
    ];
  });
};

export const adaptDbInstance = (resource: CfnResource, ctx: AdaptContext): DbInstance => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.rds.instance');
  return {
    ...base,
    engine: r.str(r.at(props, 'Engine', 'engine')),
    storageEncrypted: instanceStorageEncrypted(r, props),
    publiclyAccessible: r.bool(r.at(props, 'PubliclyAccessible', 'publiclyAccessible')),
    backupRetentionDays: r.num(r.at(props, 'BackupRetentionPeriod', 'backupRetentionDays')),
    deletionProtection: r.bool(r.at(props, 'DeletionProtection', 'deletionProtection')),
    snapshotId: r.str(r.at(props, 'DBSnapshotIdentifier', 'snapshotId')),
    clusterId: r.str(r.at(props, 'DBClusterIdentifier', 'clusterId')),
    replicaOf: r.str(r.at(props, 'SourceDBInstanceIdentifier', 'replicaOf')),
    deleteAutomatedBackups: r.bool(r.at(props, 'DeleteAutomatedBackups', 'deleteAutomatedBackups')),
  };
};

export const adaptDbCluster = (resource: CfnResource, ctx: AdaptContext): DbCluster => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.rds.cluster');
  return {
    ...base,
    engine: r.str(r.at(props, 'Engine', 'engine')),
    storageEncrypted: clusterStorageEncrypted(r, props),
    backupRetentionDays: r.num(r.at(props, 'BackupRetentionPeriod', 'backupRetentionDays')),
    deletionProtection: r.bool(r.at(props, 'DeletionProtection', 'deletionProtection')),
    snapshotId:
      r.str(r.at(props, 'SnapshotIdentifier', 'snapshotId')) ??
      r.str(r.at(props, 'SourceDBClusterIdentifier', 'snapshotId')),
  };
};

export const adaptTrail = (resource: CfnResource, ctx: AdaptContext): CloudTrail => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.cloudtrail.trail');
  return {
    ...base,
    multiRegion: r.bool(r.at(props, 'IsMultiRegionTrail', 'multiRegion')),
    logFileValidation: r.bool(r.at(props, 'EnableLogFileValidation', 'logFileValidation')),
    ...trailLogging(r, props),
  };
};

export const adaptKmsKey = (resource: CfnResource, ctx: AdaptContext): KmsKey => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.kms.key');
  return {
    ...base,
    rotation: r.bool(r.at(props, 'EnableKeyRotation', 'rotation')),
    keySpec: r.str(r.at(props, 'KeySpec', 'keySpec')),
    pendingWindowInDays: r.num(r.at(props, 'PendingWindowInDays', 'pendingWindowInDays')),
  };
};
