import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-cloudtrail-log-validation',
  title: 'CloudTrail trails validate log file integrity',
  description:
    'Passes when EnableLogFileValidation is true; fails when it is false or not set (off by default).',
  rationale:
    'With validation on, CloudTrail writes signed hourly digest files, so anyone can prove later that log files ' +
    'were not changed or deleted after delivery. Without it, an intruder who reaches the log bucket can rewrite ' +
    'the record of what they did.',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudtrail',
  resourceKinds: ['aws.cloudtrail.trail'],
  remediation: {
    summary:
      'Turn on log file validation and check the digests with "aws cloudtrail validate-logs" during investigations.',
    terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  enable_log_file_validation = true\n}',
    cli: 'aws cloudtrail update-trail --name main --enable-log-file-validation',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  ],
  evaluate(trail) {
    const on = trail.logFileValidation;
    if (isUnknown(on)) return unresolved('log file validation', on, { attribute: 'logFileValidation' });
    if (on === true) return pass('log file validation is on', { attribute: 'logFileValidation' });
    return on === false
      ? fail('log file validation is off', { attribute: 'logFileValidation' })
      : fail('log file validation is not set (off by default)');
  },
});
