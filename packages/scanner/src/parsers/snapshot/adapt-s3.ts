import type {
  BucketEncryptionRule,
  BucketLifecycleRule,
  PublicAccessBlock,
  S3Bucket,
} from '../../model/aws.js';
import type { Attr, Unknown } from '../../model/value.js';
import { GLOBAL_REGION, type SnapshotItem } from '../../snapshot/snapshot-schema.js';
import { linesAt } from '../json/json-lines.js';
import { mapItems, type ReadItem } from './read-snapshot.js';
import type { SnapshotContext } from './snapshot-context.js';

type Bucket = ReadItem<SnapshotItem<'s3', 'buckets'>>;

/** Bucket-level settings when AWS says the bucket has no public access block: nothing is blocked there. */
const NOTHING_BLOCKED: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

// Each companion output: `undefined` not collected (unknown), `null` not configured, else the configuration.

/** Why a companion output is unknown: the call named was not collected for this bucket. */
type Missing = (operation: string) => Unknown;

const publicAccessBlock = (item: Bucket, missing: Missing): Attr<PublicAccessBlock> => {
  const output = item.data.GetPublicAccessBlock;
  if (output === undefined) return missing('GetPublicAccessBlock');
  const config = output?.PublicAccessBlockConfiguration;
  if (!config) return NOTHING_BLOCKED;
  return {
    blockPublicAcls: config.BlockPublicAcls,
    ignorePublicAcls: config.IgnorePublicAcls,
    blockPublicPolicy: config.BlockPublicPolicy,
    restrictPublicBuckets: config.RestrictPublicBuckets,
  };
};

const encryption = (item: Bucket, missing: Missing): Attr<readonly BucketEncryptionRule[]> | undefined => {
  const output = item.data.GetBucketEncryption;
  if (output === undefined) return missing('GetBucketEncryption');
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
            item.lines.lineIfPresent([...path, 'ApplyServerSideEncryptionByDefault', 'SSEAlgorithm']) ??
            item.lines.lineAt(path),
        },
      ];
    },
  );
};

const lifecycleRules = (item: Bucket, missing: Missing): Attr<readonly BucketLifecycleRule[]> | undefined => {
  const output = item.data.GetBucketLifecycleConfiguration;
  if (output === undefined) return missing('GetBucketLifecycleConfiguration');
  if (output === null) return undefined;
  const rules = output.Rules ?? [];
  // A bucket may hold a thousand rules: their lines are found in one reading of the item.
  const at = linesAt(item.lines, rules.length, (i) => ['GetBucketLifecycleConfiguration', 'Rules', i]);
  return rules.map((rule, i) => ({
    id: rule.ID,
    status: rule.Status,
    expiresCurrent: rule.Expiration?.Days !== undefined || rule.Expiration?.Date !== undefined,
    expiresNoncurrent: rule.NoncurrentVersionExpiration !== undefined,
    line: at[i] as number,
  }));
};

const BLOCK = ['GetPublicAccessBlock', 'PublicAccessBlockConfiguration'];

/** Where each attribute is read (one object for every bucket: the line plans are kept by object). */
const BUCKET_LINES = {
  publicAccessBlock: ['GetPublicAccessBlock'],
  'publicAccessBlock.blockPublicAcls': [...BLOCK, 'BlockPublicAcls'],
  'publicAccessBlock.ignorePublicAcls': [...BLOCK, 'IgnorePublicAcls'],
  'publicAccessBlock.blockPublicPolicy': [...BLOCK, 'BlockPublicPolicy'],
  'publicAccessBlock.restrictPublicBuckets': [...BLOCK, 'RestrictPublicBuckets'],
  encryption: ['GetBucketEncryption'],
  versioning: ['GetBucketVersioning', 'Status'],
  lifecycleRules: ['GetBucketLifecycleConfiguration'],
};

/** The same for a bucket whose versioning answer holds no Status: the answer itself is the line. */
const UNVERSIONED_BUCKET_LINES = { ...BUCKET_LINES, versioning: ['GetBucketVersioning'] };

/**
 * Buckets with their companion settings. A bucket without a public access block has nothing blocked at bucket
 * level (the account-level block is not part of the snapshot); one without default encryption, versioning or
 * lifecycle configuration gets the model's "not set".
 */
export const adaptBuckets = (ctx: SnapshotContext): S3Bucket[] =>
  mapItems(ctx.contents, 's3', 'buckets', (ref) => {
    const item = ref;
    const { data } = item;
    const region = data.BucketRegion ?? GLOBAL_REGION;
    // Asked only for the outputs that are missing: most buckets have them all.
    const missing: Missing = (operation) => ctx.callMissing('s3', region, operation, data.Name);
    const versioning = data.GetBucketVersioning;
    return ctx.resource(
      'aws.s3.bucket',
      item.lines,
      ['arn', ctx.partition, 's3', '', '', data.Name].join(':'),
      versioning?.Status === undefined ? UNVERSIONED_BUCKET_LINES : BUCKET_LINES,
      {
        publicAccessBlock: publicAccessBlock(item, missing),
        encryption: encryption(item, missing),
        // A bucket whose versioning was never turned on answers with no Status: the default (off) applies.
        versioning: versioning === undefined ? missing('GetBucketVersioning') : versioning.Status,
        lifecycleRules: lifecycleRules(item, missing),
      },
    );
  });
