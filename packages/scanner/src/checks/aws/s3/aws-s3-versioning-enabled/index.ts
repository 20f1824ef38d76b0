import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-s3-versioning-enabled',
  title: 'S3 buckets keep object versions',
  description:
    'Passes when the bucket versioning status is Enabled; fails when it is Suspended or not set (off).',
  rationale:
    'Versioning keeps every overwritten or deleted object recoverable, which is the first line of recovery from ' +
    'accidental deletion, faulty deployments and ransomware that rewrites objects. It is also what S3 replication ' +
    'and Object Lock build on.',
  severity: 'medium',
  provider: 'aws',
  service: 's3',
  resourceKinds: ['aws.s3.bucket'],
  remediation: {
    summary:
      'Enable versioning, with a lifecycle rule that expires noncurrent versions after your recovery window.',
    terraform:
      'resource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
    cli: 'aws s3api put-bucket-versioning --bucket acme-data --versioning-configuration Status=Enabled',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
  evaluate(bucket) {
    const status = bucket.versioning;
    if (isUnknown(status)) return unresolved('the versioning status', status, { attribute: 'versioning' });
    if (status === 'Enabled') return pass('versioning is enabled', { attribute: 'versioning' });
    return status === undefined
      ? fail('versioning is not configured: overwritten and deleted objects cannot be recovered')
      : fail(`versioning is ${status}`, { attribute: 'versioning' });
  },
});
