import type {
  BucketEncryptionRule,
  BucketLifecycleRule,
  PublicAccessBlock,
  S3Bucket,
} from '../../model/aws.js';
import type { Attr, Unknown } from '../../model/value.js';
import { GLOBAL_REGION, type SnapshotItem } from '../../snapshot/snapshot-schema.js';
import { lineAt, lineIfPresent } from './locate.js';
import type { SnapshotItemRef } from './read-snapshot.js';
import type { SnapshotContext } from './snapshot-context.js';

type Bucket = SnapshotItemRef<SnapshotItem<'s3', 'buckets'>>;

/** Bucket-level settings when AWS says the bucket has no public access block: nothing is blocked there. */
const NOTHING_BLOCKED: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

// Each companion output: `undefined` not collected (unknown), `null` not configured, else the configuration.

const publicAccessBlock = (ref: Bucket, missing: Unknown): Attr<PublicAccessBlock> => {
  const output = ref.data.GetPublicAccessBlock;
  if (output === undefined) return missing;
  const config = output?.PublicAccessBlockConfiguration;
  if (!config) return NOTHING_BLOCKED;
  return {
    blockPublicAcls: config.BlockPublicAcls,
    ignorePublicAcls: config.IgnorePublicAcls,
    blockPublicPolicy: config.BlockPublicPolicy,
    restrictPublicBuckets: config.RestrictPublicBuckets,
  };
};

const encryption = (ref: Bucket, missing: Unknown): Attr<readonly BucketEncryptionRule[]> | undefined => {
  const output = ref.data.GetBucketEncryption;
  if (output === undefined) return missing;
  if (output === null) return undefined;
  return (output.ServerSideEncryptionConfiguration?.Rules ?? []).flatMap(
    (rule, i): BucketEncryptionRule[] => {
      const byDefault = rule.ApplyServerSideEncryptionByDefault;
      if (!byDefault) return [];
      const path = ['GetBucketEncryption', 'ServerSideEncryptionConfiguration', 'Rules', i];
      return [
        {
          algorithm: byDefault.SSEAlgorithm,
          kmsKeyId: byDefault.KMSMasterKeyID,
          line:
            lineIfPresent(ref.node, [...path, 'ApplyServerSideEncryptionByDefault', 'SSEAlgorithm']) ??
            lineAt(ref.node, path),
        },
      ];
    },
  );
};

const lifecycleRules = (ref: Bucket, missing: Unknown): Attr<readonly BucketLifecycleRule[]> | undefined => {
  const output = ref.data.GetBucketLifecycleConfiguration;
  if (output === undefined) return missing;
  if (output === null) return undefined;
  return (output.Rules ?? []).map((rule, i) => ({
    id: rule.ID,
    status: rule.Status,
    expiresCurrent: rule.Expiration?.Days !== undefined || rule.Expiration?.Date !== undefined,
    expiresNoncurrent: rule.NoncurrentVersionExpiration !== undefined,
    line: lineAt(ref.node, ['GetBucketLifecycleConfiguration', 'Rules', i]),
  }));
};

const BLOCK = ['GetPublicAccessBlock', 'PublicAccessBlockConfiguration'];

/**
 * Buckets with their companion settings. A bucket without a public access block has nothing blocked at bucket
 * level (the account-level block is not part of the snapshot); one without default encryption, versioning or
 * lifecycle configuration gets the model's "not set".
 */
export const adaptBuckets = (ctx: SnapshotContext): S3Bucket[] =>
  ctx.contents.items('s3', 'buckets').map((ref) => {
    const { data } = ref;
    const region = data.BucketRegion ?? GLOBAL_REGION;
    const missing = (operation: string) => ctx.callMissing('s3', region, operation, data.Name);
    const versioning = data.GetBucketVersioning;
    return {
      ...ctx.base('aws.s3.bucket', ref, `arn:${ctx.partition}:s3:::${data.Name}`, {
        publicAccessBlock: ['GetPublicAccessBlock'],
        'publicAccessBlock.blockPublicAcls': [...BLOCK, 'BlockPublicAcls'],
        'publicAccessBlock.ignorePublicAcls': [...BLOCK, 'IgnorePublicAcls'],
        'publicAccessBlock.blockPublicPolicy': [...BLOCK, 'BlockPublicPolicy'],
        'publicAccessBlock.restrictPublicBuckets': [...BLOCK, 'RestrictPublicBuckets'],
        encryption: ['GetBucketEncryption'],
        versioning:
          versioning?.Status === undefined ? ['GetBucketVersioning'] : ['GetBucketVersioning', 'Status'],
        lifecycleRules: ['GetBucketLifecycleConfiguration'],
      }),
      publicAccessBlock: publicAccessBlock(ref, missing('GetPublicAccessBlock')),
      encryption: encryption(ref, missing('GetBucketEncryption')),
      // A bucket whose versioning was never turned on answers with no Status: the default (off) applies.
      versioning: versioning === undefined ? missing('GetBucketVersioning') : versioning.Status,
      lifecycleRules: lifecycleRules(ref, missing('GetBucketLifecycleConfiguration')),
    };
  });
