import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

const KMS = new Set(['aws:kms', 'aws:kms:dsse']);

export const check = defineCheck(import.meta.url, {
  id: 'aws-s3-encryption-kms',
  title: 'S3 buckets encrypt by default with KMS keys',
  description:
    'Passes when the bucket default encryption uses SSE-KMS (aws:kms or aws:kms:dsse). Fails when it uses S3-managed ' +
    'keys (AES256) or declares no default encryption, which since January 2023 means S3-managed keys.',
  rationale:
    'Every bucket is encrypted with S3-managed keys, which protects the disks but not the data from anyone the ' +
    'bucket policy lets read. KMS keys add a second, separately governed permission, an audit record of every ' +
    'decryption and the ability to revoke access by disabling the key.',
  severity: 'medium',
  provider: 'aws',
  service: 's3',
  resourceKinds: ['aws.s3.bucket'],
  remediation: {
    summary:
      'Set the bucket default encryption to SSE-KMS with a customer managed key and enable S3 Bucket Keys to limit KMS costs.',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
    cli: 'aws s3api put-bucket-encryption --bucket acme-data --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"alias/acme-data"},"BucketKeyEnabled":true}]}\'',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html'],
  evaluate(bucket) {
    const rules = bucket.encryption;
    if (rules === undefined || (!isUnknown(rules) && rules.length === 0))
      return fail(
        'no default encryption is declared: objects are encrypted with S3-managed keys (SSE-S3), not KMS',
      );
    if (isUnknown(rules)) return unresolved('the default encryption', rules, { attribute: 'encryption' });
    const algorithm = rules[0]!.algorithm;
    const line = rules[0]!.line;
    if (isUnknown(algorithm)) return unresolved('the encryption algorithm', algorithm, { line });
    return algorithm !== undefined && KMS.has(algorithm)
      ? pass(`default encryption uses ${algorithm}`, { line })
      : fail(`default encryption uses ${algorithm ?? 'an unspecified algorithm'}, not a KMS key`, { line });
  },
});
