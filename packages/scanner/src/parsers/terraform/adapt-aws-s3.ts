import type {
  BucketEncryptionRule,
  BucketLifecycleRule,
  PublicAccessBlock,
  S3Bucket,
} from '../../model/aws.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { partLine, type TfContext } from './adapt-aws-context.js';
import { lifecycleRules } from './adapt-aws-s3-lifecycle.js';
import { companionOf, resourceBase } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { block, blocks, bool, isSet, str, type TfSource } from './tf-values.js';

// aws_s3_bucket with the companion resources of provider v4+ (public access block, default encryption,
// versioning), linked by `bucket = aws_s3_bucket.x.id` or by the bucket's name; and the inline
// `versioning` / `server_side_encryption_configuration` blocks of older configurations. A companion wins
// over an inline block: it is the one the provider applies last.

export const COMPANION_TYPES = {
  publicAccessBlock: 'aws_s3_bucket_public_access_block',
  encryption: 'aws_s3_bucket_server_side_encryption_configuration',
  versioning: 'aws_s3_bucket_versioning',
  lifecycle: 'aws_s3_bucket_lifecycle_configuration',
} as const;

/** What identifies a bucket in a companion's `bucket` argument: its name (its id is the same name). */
const BUCKET_KEYS = ['bucket', 'id'] as const;

const BUCKET_TYPES = ['aws_s3_bucket'] as const;

/** The companion of `type` that configures the bucket (see `companionOf`). */
const bucketCompanion = (ctx: TfContext, bucket: TfResource, type: string) =>
  companionOf(ctx, bucket, {
    type,
    key: 'bucket',
    targetKeys: BUCKET_KEYS,
    targetTypes: BUCKET_TYPES,
    does: 'configure this bucket',
  });

/** A line of another resource, kept only when it is in the bucket's file. */
const lineIn = (bucket: TfResource, from: TfResource, ...paths: readonly string[]): number =>
  from.location.file === bucket.location.file ? partLine(from, ...paths) : bucket.location.line;

const encryptionRules = (
  bucket: TfResource,
  owner: TfResource,
  config: TfSource,
  prefix: string,
): Attr<readonly BucketEncryptionRule[]> => {
  const rules = blocks(config, 'rule');
  if (isUnknown(rules)) return rules;
  return rules.flatMap((rule, i): BucketEncryptionRule[] => {
    const at = `${prefix}.${i}`;
    const byDefault = `${at}.apply_server_side_encryption_by_default.0`;
    const line = lineIn(bucket, owner, `${byDefault}.sse_algorithm`, byDefault, at, prefix);
    if (isUnknown(rule)) return [{ algorithm: rule, line }];
    const by = block(rule, 'apply_server_side_encryption_by_default');
    if (by === undefined) return [];
    if (isUnknown(by)) return [{ algorithm: by, line }];
    return [{ algorithm: str(by, 'sse_algorithm'), kmsKeyId: str(by, 'kms_master_key_id'), line }];
  });
};

const publicAccessBlock = (c: TfResource): PublicAccessBlock => ({
  blockPublicAcls: bool(c.values, 'block_public_acls'),
  ignorePublicAcls: bool(c.values, 'ignore_public_acls'),
  blockPublicPolicy: bool(c.values, 'block_public_policy'),
  restrictPublicBuckets: bool(c.values, 'restrict_public_buckets'),
});

const PAB_LINES: Readonly<Record<string, keyof PublicAccessBlock>> = {
  block_public_acls: 'blockPublicAcls',
  ignore_public_acls: 'ignorePublicAcls',
  block_public_policy: 'blockPublicPolicy',
  restrict_public_buckets: 'restrictPublicBuckets',
};

const legacyVersioning = (bucket: TfResource): Attr<string> | undefined => {
  const v = block(bucket.values, 'versioning');
  if (v === undefined || isUnknown(v)) return v;
  const enabled = bool(v, 'enabled');
  if (enabled === undefined || isUnknown(enabled)) return enabled;
  return enabled ? 'Enabled' : 'Suspended';
};

export const adaptBucket = (r: TfResource, ctx: TfContext): S3Bucket => {
  const base = resourceBase('aws', r, 'aws.s3.bucket', {
    versioning: 'versioning',
    'versioning.0.enabled': 'versioning',
    server_side_encryption_configuration: 'encryption',
    lifecycle_rule: 'lifecycleRules',
  });
  const lines: Record<string, number> = { ...base.attributeLines };
  const borrow = (from: TfResource, modelPath: string, ...paths: string[]) => {
    if (from.location.file === r.location.file) lines[modelPath] = partLine(from, ...paths);
  };

  const pab = bucketCompanion(ctx, r, COMPANION_TYPES.publicAccessBlock);
  let publicAccess: Attr<PublicAccessBlock> | undefined;
  if (pab === undefined && r.created === false)
    // Only buckets created since April 2023 block public access by default.
    publicAccess = unknown(
      'the plan does not create the bucket, it exists already: a bucket created before April 2023 has no public access block unless one was set outside this configuration',
    );
  else if (pab === undefined || isUnknown(pab)) publicAccess = pab;
  else {
    publicAccess = publicAccessBlock(pab);
    borrow(pab, 'publicAccessBlock');
    for (const [tf, model] of Object.entries(PAB_LINES)) borrow(pab, `publicAccessBlock.${model}`, tf);
  }

  const sse = bucketCompanion(ctx, r, COMPANION_TYPES.encryption);
  let encryption: Attr<readonly BucketEncryptionRule[]> | undefined;
  if (sse === undefined) {
    const inline = block(r.values, 'server_side_encryption_configuration');
    encryption =
      inline === undefined || isUnknown(inline)
        ? inline
        : encryptionRules(r, r, inline, 'server_side_encryption_configuration.0.rule');
  } else if (isUnknown(sse)) encryption = sse;
  else {
    encryption = encryptionRules(r, sse, sse.values, 'rule');
    borrow(sse, 'encryption');
  }

  const ver = bucketCompanion(ctx, r, COMPANION_TYPES.versioning);
  let versioning: Attr<string> | undefined;
  if (ver === undefined) versioning = legacyVersioning(r);
  else if (isUnknown(ver)) versioning = ver;
  else {
    const config = block(ver.values, 'versioning_configuration');
    versioning = config === undefined || isUnknown(config) ? config : str(config, 'status');
    borrow(ver, 'versioning', 'versioning_configuration.0.status', 'versioning_configuration');
  }

  const lifecycle = bucketCompanion(ctx, r, COMPANION_TYPES.lifecycle);
  let lifecycleRulesOf: Attr<readonly BucketLifecycleRule[]> | undefined;
  if (lifecycle === undefined)
    lifecycleRulesOf = isSet(r.values, 'lifecycle_rule') ? lifecycleRules(r, r, true) : undefined;
  else if (isUnknown(lifecycle)) lifecycleRulesOf = lifecycle;
  else {
    lifecycleRulesOf = lifecycleRules(r, lifecycle, false);
    borrow(lifecycle, 'lifecycleRules');
  }

  return {
    ...base,
    attributeLines: lines,
    publicAccessBlock: publicAccess,
    encryption,
    versioning,
    lifecycleRules: lifecycleRulesOf,
  };
};
