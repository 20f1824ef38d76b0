import {
  anyOf,
  type BucketLifecycleRule,
  defineCheck,
  fail,
  isKnown,
  isUnknown,
  pass,
  type Unknown,
  unresolved,
} from '../../kit.js';

const ruleName = (rule: BucketLifecycleRule) =>
  typeof rule.id === 'string' ? `lifecycle rule ${rule.id}` : 'a lifecycle rule';

/** True when the rule is enabled and expires current or noncurrent objects; Unknown when that cannot be told. */
const expires = (rule: BucketLifecycleRule): boolean | Unknown => {
  const { status, expiresCurrent, expiresNoncurrent } = rule;
  if (isKnown(status) && status !== 'Enabled') return false;
  if (expiresCurrent === true || expiresNoncurrent === true) {
    if (isUnknown(status)) return status;
    return status === 'Enabled';
  }
  if (isUnknown(expiresCurrent)) return expiresCurrent;
  if (isUnknown(expiresNoncurrent)) return expiresNoncurrent;
  return false;
};

export const check = defineCheck(import.meta.url, {
  id: 'aws-s3-lifecycle-expiration',
  title: 'S3 buckets expire objects through a lifecycle rule',
  description:
    'Passes when the bucket has at least one enabled lifecycle rule that expires objects: current versions ' +
    '(ExpirationInDays or ExpirationDate) or noncurrent versions (NoncurrentVersionExpiration). Fails when there ' +
    'is no lifecycle configuration (by default S3 keeps every object and every version forever) or when no ' +
    'enabled rule expires anything; transitions to cheaper storage alone do not count.',
  rationale:
    'Data with no end date accumulates: old exports, logs and superseded versions outlive their purpose and the ' +
    'contract they were collected under, and each one is something to protect, disclose or breach. An expiration ' +
    'rule turns the retention period into configuration that S3 enforces, so removal happens without relying on ' +
    'anyone remembering to clean up.',
  severity: 'low',
  provider: 'aws',
  service: 's3',
  resourceKinds: ['aws.s3.bucket'],
  remediation: {
    summary:
      'Add an enabled lifecycle rule that expires objects (or at least noncurrent versions) after the retention period the data needs.',
    terraform:
      'resource "aws_s3_bucket_lifecycle_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  rule {\n    id     = "retention"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 400\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n  }\n}',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket acme-logs --lifecycle-configuration \'{"Rules":[{"ID":"retention","Status":"Enabled","Filter":{},"Expiration":{"Days":400}}]}\'',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-expire-general-considerations.html',
  ],
  evaluate(bucket) {
    const rules = bucket.lifecycleRules;
    if (rules === undefined)
      return fail(
        'no lifecycle configuration: objects and their versions are kept until someone deletes them',
      );
    if (isUnknown(rules)) return unresolved('the lifecycle rules', rules, { attribute: 'lifecycleRules' });
    const found = anyOf(rules, expires);
    if (found.value === true)
      return pass(`${ruleName(found.item)} expires objects`, { line: found.item.line });
    if (found.value !== false)
      return unresolved(`whether ${ruleName(found.item)} expires objects`, found.value, {
        line: found.item.line,
      });
    return fail('no enabled lifecycle rule expires objects', { attribute: 'lifecycleRules' });
  },
});
