import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-cloudtrail-cloudwatch-integration',
  title: 'CloudTrail trails deliver events to CloudWatch Logs',
  description:
    'Passes when the trail sets both CloudWatchLogsLogGroupArn and CloudWatchLogsRoleArn (the role CloudTrail ' +
    'assumes to write to the group). Fails when the log group is not set (the default: events only reach S3, ' +
    'in batches) or when the role is missing. Unknown when either comes from an unresolved parameter or condition.',
  rationale:
    'Log files in S3 are good evidence but poor alarms: they arrive in batches and nobody reads them as they land. ' +
    'Sending the same events to CloudWatch Logs lets metric filters and alarms react within minutes to root ' +
    'logins, policy changes or disabled logging, which is what turns logging into monitoring.',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudtrail',
  resourceKinds: ['aws.cloudtrail.trail'],
  remediation: {
    summary:
      'Create a log group and a role CloudTrail can assume to write to it, set both on the trail, then add metric filters and alarms.',
    terraform:
      'resource "aws_cloudtrail" "main" {\n  # ...\n  cloud_watch_logs_group_arn = format("%s:*", aws_cloudwatch_log_group.trail.arn)\n  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn\n}',
    cli: 'aws cloudtrail update-trail --name main --cloud-watch-logs-log-group-arn arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:* --cloud-watch-logs-role-arn arn:aws:iam::111122223333:role/cloudtrail-to-logs',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  ],
  evaluate(trail) {
    const group = trail.cloudWatchLogGroup;
    const role = trail.cloudWatchRole;
    if (isUnknown(group))
      return unresolved('the CloudWatch log group of the trail', group, { attribute: 'cloudWatchLogGroup' });
    if (group === undefined)
      return fail('no CloudWatch Logs log group is set: events reach only the S3 bucket');
    if (isUnknown(role))
      return unresolved('the role that delivers to CloudWatch Logs', role, { attribute: 'cloudWatchRole' });
    return role === undefined
      ? fail('no delivery role is set: CloudTrail has no role to write to the log group', {
          attribute: 'cloudWatchLogGroup',
        })
      : pass(`events are delivered to ${group}`, { attribute: 'cloudWatchLogGroup' });
  },
});
