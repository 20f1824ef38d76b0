import { describe, expect, it } from 'vitest';
import type { S3Bucket } from '../../model/aws.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { adaptBucket } from './adapt-aws-s3.js';
import { adaptAt, reasonOf, tfRef, tfResource } from './test-support.js';
import { TfReference, type TfResource } from './tf-resource.js';

const bucket = (all: TfResource[], address = 'aws_s3_bucket.data'): S3Bucket =>
  adaptAt(adaptBucket, all, address);

describe('aws_s3_bucket', () => {
  it('has no settings when nothing configures it', () => {
    expect(bucket([tfResource('aws_s3_bucket.data', { bucket: 'acme-data' })])).toMatchObject({
      kind: 'aws.s3.bucket',
      address: 'aws_s3_bucket.data',
      publicAccessBlock: undefined,
      encryption: undefined,
      versioning: undefined,
    });
  });

  it('reads the companion resources that reference it, with their lines when in the same file', () => {
    const all = [
      tfResource('aws_s3_bucket.data', { bucket: 'acme-data' }),
      tfResource(
        'aws_s3_bucket_public_access_block.data',
        {
          bucket: tfRef('aws_s3_bucket.data'),
          block_public_acls: true,
          ignore_public_acls: 'true',
          block_public_policy: false,
        },
        { line: 10, attributeLines: { block_public_policy: 14 } },
      ),
      tfResource(
        'aws_s3_bucket_server_side_encryption_configuration.data',
        {
          bucket: tfRef('aws_s3_bucket.data'),
          rule: [
            {
              apply_server_side_encryption_by_default: [
                { sse_algorithm: 'aws:kms', kms_master_key_id: tfRef('aws_kms_key.data', 'arn') },
              ],
            },
          ],
        },
        {
          line: 20,
          attributeLines: { 'rule.0.apply_server_side_encryption_by_default.0.sse_algorithm': 24 },
        },
      ),
      tfResource(
        'aws_s3_bucket_versioning.data',
        { bucket: tfRef('aws_s3_bucket.data'), versioning_configuration: [{ status: 'Enabled' }] },
        { file: 'other.tf', line: 3 },
      ),
    ];
    const adapted = bucket(all);
    expect(adapted.publicAccessBlock).toEqual({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: false,
      restrictPublicBuckets: undefined,
    });
    expect(adapted.attributeLines).toMatchObject({
      publicAccessBlock: 10,
      'publicAccessBlock.blockPublicPolicy': 14,
      'publicAccessBlock.restrictPublicBuckets': 10,
      encryption: 20,
    });
    expect(adapted.encryption).toEqual([
      { algorithm: 'aws:kms', kmsKeyId: expect.any(TfReference), line: 24 },
    ]);
    expect(adapted.versioning).toBe('Enabled');
    // The versioning resource is in another file: no line of it is borrowed.
    expect(adapted.attributeLines.versioning).toBeUndefined();
  });

  it('links companions by the bucket name, directly or through a data source', () => {
    const all = [
      tfResource('aws_s3_bucket.data', { bucket: 'acme-data' }),
      tfResource('aws_s3_bucket.logs', { bucket: 'acme-logs' }),
      tfResource('aws_s3_bucket_versioning.by_name', {
        bucket: 'acme-data',
        versioning_configuration: [{ status: 'Suspended' }],
      }),
      tfResource('data.aws_s3_bucket.logs', { bucket: 'acme-logs' }),
      tfResource('aws_s3_bucket_versioning.by_data', {
        bucket: tfRef('data.aws_s3_bucket.logs'),
        versioning_configuration: [{ status: 'Enabled' }],
      }),
    ];
    expect(bucket(all).versioning).toBe('Suspended');
    expect(bucket(all, 'aws_s3_bucket.logs').versioning).toBe('Enabled');
  });

  it('reads the inline blocks of older configurations, and lets a companion win over them', () => {
    const legacy = tfResource('aws_s3_bucket.data', {
      bucket: 'acme-data',
      versioning: [{ enabled: true }],
      server_side_encryption_configuration: [
        { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] }] },
      ],
    });
    expect(bucket([legacy])).toMatchObject({
      versioning: 'Enabled',
      encryption: [{ algorithm: 'AES256', kmsKeyId: undefined }],
    });
    const off = tfResource('aws_s3_bucket.data', { versioning: [{ enabled: false }] });
    expect(bucket([off]).versioning).toBe('Suspended');
    const companion = tfResource('aws_s3_bucket_server_side_encryption_configuration.data', {
      bucket: tfRef('aws_s3_bucket.data'),
      rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }],
    });
    expect(bucket([legacy, companion]).encryption).toMatchObject([{ algorithm: 'aws:kms' }]);
  });

  it('is unknown when a companion whose bucket cannot be resolved may configure it', () => {
    const all = [
      tfResource('aws_s3_bucket.data', { bucket: 'acme-data' }),
      tfResource('aws_s3_bucket_public_access_block.maybe', {
        bucket: new Unknown('var.bucket has no value'),
      }),
      tfResource('aws_s3_bucket_versioning.elsewhere', {
        bucket: 'someone-else',
        versioning_configuration: [{ status: 'Enabled' }],
      }),
    ];
    const adapted = bucket(all);
    expect(reasonOf(adapted.publicAccessBlock)).toBe(
      'aws_s3_bucket_public_access_block.maybe may configure this bucket: var.bucket has no value',
    );
    // A literal that names another bucket does not configure this one.
    expect(adapted.versioning).toBeUndefined();
  });

  it('is unknown when two companions configure the same bucket', () => {
    const all = [
      tfResource('aws_s3_bucket.data', { bucket: 'acme-data' }),
      tfResource('aws_s3_bucket_versioning.a', {
        bucket: tfRef('aws_s3_bucket.data'),
        versioning_configuration: [{ status: 'Enabled' }],
      }),
      tfResource('aws_s3_bucket_versioning.b', {
        bucket: 'acme-data',
        versioning_configuration: [{ status: 'Suspended' }],
      }),
    ];
    expect(reasonOf(bucket(all).versioning)).toMatch(
      /aws_s3_bucket_versioning.a and aws_s3_bucket_versioning.b/,
    );
  });

  it('keeps unresolved rules and statuses unknown', () => {
    const unresolved = new Unknown('var.algorithm has no value');
    const all = [
      tfResource('aws_s3_bucket.data', { bucket: 'acme-data' }),
      tfResource('aws_s3_bucket_server_side_encryption_configuration.data', {
        bucket: tfRef('aws_s3_bucket.data'),
        rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: unresolved }] }],
      }),
      tfResource('aws_s3_bucket_versioning.data', {
        bucket: tfRef('aws_s3_bucket.data'),
        versioning_configuration: unresolved,
      }),
    ];
    const adapted = bucket(all);
    expect(adapted.encryption).toMatchObject([{ algorithm: unresolved }]);
    expect(isUnknown(adapted.versioning)).toBe(true);
  });

  it('reads lifecycle rules from a lifecycle configuration, or from inline rules of older configurations', () => {
    const all = [
      tfResource('aws_s3_bucket.data', { bucket: 'acme-data' }),
      tfResource(
        'aws_s3_bucket_lifecycle_configuration.data',
        {
          bucket: tfRef('aws_s3_bucket.data'),
          rule: [
            { id: 'archive', status: 'Enabled', transition: [{ days: 30, storage_class: 'GLACIER' }] },
            { id: 'expire', status: 'Enabled', expiration: [{ days: 365 }] },
            { id: 'versions', status: 'Disabled', noncurrent_version_expiration: [{ noncurrent_days: 30 }] },
            {
              id: 'markers',
              status: 'Enabled',
              expiration: [{ days: 0, expired_object_delete_marker: true }],
            },
          ],
        },
        { attributeLines: { 'rule.1': 12 } },
      ),
    ];
    const adapted = bucket(all);
    expect(adapted.lifecycleRules).toEqual([
      { id: 'archive', status: 'Enabled', expiresCurrent: false, expiresNoncurrent: false, line: 1 },
      { id: 'expire', status: 'Enabled', expiresCurrent: true, expiresNoncurrent: false, line: 12 },
      { id: 'versions', status: 'Disabled', expiresCurrent: false, expiresNoncurrent: true, line: 1 },
      { id: 'markers', status: 'Enabled', expiresCurrent: false, expiresNoncurrent: false, line: 1 },
    ]);
    const legacy = tfResource('aws_s3_bucket.old', {
      lifecycle_rule: [
        { id: 'tmp', enabled: true, expiration: [{ date: '2027-01-01' }] },
        { enabled: false },
      ],
    });
    expect(bucket([legacy], 'aws_s3_bucket.old').lifecycleRules).toEqual([
      { id: 'tmp', status: 'Enabled', expiresCurrent: true, expiresNoncurrent: false, line: 1 },
      { id: undefined, status: 'Disabled', expiresCurrent: false, expiresNoncurrent: false, line: 1 },
    ]);
    expect(bucket([tfResource('aws_s3_bucket.none')], 'aws_s3_bucket.none').lifecycleRules).toBeUndefined();
  });

  it('keeps unresolved expirations unknown', () => {
    const days = new Unknown('var.retention_days has no value');
    const all = [
      tfResource('aws_s3_bucket.data', { bucket: 'acme-data' }),
      tfResource('aws_s3_bucket_lifecycle_configuration.data', {
        bucket: 'acme-data',
        rule: [{ status: 'Enabled', expiration: [{ days }] }],
      }),
    ];
    expect(bucket(all).lifecycleRules).toMatchObject([{ expiresCurrent: days }]);
  });

  it('follows a companion named through another: the bucket of a policy, not the policy', () => {
    const all = [
      tfResource('aws_s3_bucket.data', {
        bucket: new Unknown('random_pet.name.id is known only after apply'),
      }),
      tfResource('aws_s3_bucket_policy.data', { bucket: tfRef('aws_s3_bucket.data') }),
      // `bucket = aws_s3_bucket_policy.this.id`, as modules write it so that the policy is applied first.
      tfResource('aws_s3_bucket_public_access_block.data', {
        bucket: tfRef('aws_s3_bucket_policy.data'),
        block_public_acls: false,
        ignore_public_acls: false,
        block_public_policy: false,
        restrict_public_buckets: false,
      }),
      tfResource('aws_s3_bucket_ownership_controls.data', { bucket: tfRef('aws_s3_bucket.data') }),
      tfResource('aws_s3_bucket_versioning.data', {
        bucket: tfRef('aws_s3_bucket_ownership_controls.data', 'bucket'),
        versioning_configuration: [{ status: 'Enabled' }],
      }),
    ];
    const adapted = bucket(all);
    expect(adapted.publicAccessBlock).toEqual({
      blockPublicAcls: false,
      ignorePublicAcls: false,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    });
    expect(adapted.versioning).toBe('Enabled');
  });

  it('does not take an id that is not the bucket for the bucket: it may then name any bucket', () => {
    const all = [
      tfResource('aws_s3_bucket.data', { bucket: 'acme-data' }),
      // With an expected owner, the id of a versioning configuration is "bucket,owner".
      tfResource('aws_s3_bucket_versioning.owned', {
        bucket: tfRef('aws_s3_bucket.data'),
        expected_bucket_owner: '210987654321',
        versioning_configuration: [{ status: 'Suspended' }],
      }),
      tfResource('aws_s3_bucket_public_access_block.data', {
        bucket: tfRef('aws_s3_bucket_versioning.owned'),
        block_public_acls: true,
      }),
      // The bucket of a policy whose own bucket cannot be resolved.
      tfResource('aws_s3_bucket_policy.unresolved', { bucket: new Unknown('var.bucket has no value') }),
      tfResource('aws_s3_bucket_server_side_encryption_configuration.data', {
        bucket: tfRef('aws_s3_bucket_policy.unresolved'),
        rule: [],
      }),
    ];
    const adapted = bucket(all);
    expect(reasonOf(adapted.publicAccessBlock)).toBe(
      'aws_s3_bucket_public_access_block.data may configure this bucket: ' +
        'the bucket aws_s3_bucket_versioning.owned.id cannot be followed to aws_s3_bucket',
    );
    expect(reasonOf(adapted.encryption)).toContain(
      'aws_s3_bucket_server_side_encryption_configuration.data may configure this bucket: var.bucket has no value',
    );
  });
});
