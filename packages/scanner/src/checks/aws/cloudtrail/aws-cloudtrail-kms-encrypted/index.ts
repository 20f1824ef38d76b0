import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-cloudtrail-kms-encrypted',
  title: 'CloudTrail trails encrypt their log files with a KMS key',
  description:
    'Passes when KMSKeyId names a key (an id, ARN or alias, or a key of the same template); fails when it is not ' +
    'set, in which case delivered log files get only the S3-managed encryption of the bucket. Unknown when the key ' +
    'comes from a parameter without default or a condition that cannot be evaluated.',
  rationale:
    'Audit logs describe every administrative action on the account, which is valuable to an attacker and must ' +
    'stay trustworthy. With a customer managed key, reading the logs needs both bucket access and key permission, ' +
    'every decryption is itself logged, and access can be revoked by changing one key policy.',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudtrail',
  resourceKinds: ['aws.cloudtrail.trail'],
  remediation: {
    summary:
      "Create a customer managed KMS key whose policy lets CloudTrail encrypt, and set it as the trail's KMSKeyId.",
    terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  kms_key_id = aws_kms_key.cloudtrail.arn\n}',
    cli: 'aws cloudtrail update-trail --name main --kms-key-id alias/cloudtrail',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  ],
  evaluate(trail) {
    const key = trail.kmsKeyId;
    const at = { attribute: 'kmsKeyId' };
    if (isUnknown(key)) return unresolved('the KMS key of the trail', key, at);
    return key === undefined
      ? fail('no KMS key is set: log files are protected by S3-managed encryption only')
      : pass(`log files are encrypted with ${key}`, at);
  },
});
