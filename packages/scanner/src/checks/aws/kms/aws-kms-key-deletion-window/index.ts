import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

const MIN_DAYS = 14;

export const check = defineCheck(import.meta.url, {
  id: 'aws-kms-key-deletion-window',
  title: 'KMS keys wait at least 14 days before a scheduled deletion',
  description:
    `Passes when PendingWindowInDays is ${MIN_DAYS} or more, or not set (AWS then waits 30 days); fails for a ` +
    `window of 7 to ${MIN_DAYS - 1} days.`,
  rationale:
    'Deleting a KMS key makes everything encrypted under it unreadable for good: that is how encrypted data is ' +
    'destroyed on purpose at the end of its life, and why a mistaken or malicious deletion is so damaging. The ' +
    'waiting period is the only chance to notice and cancel it; two weeks leaves time for an alarm on ' +
    'ScheduleKeyDeletion to reach someone and for the owner to confirm the removal was intended.',
  severity: 'medium',
  provider: 'aws',
  service: 'kms',
  resourceKinds: ['aws.kms.key'],
  remediation: {
    summary:
      'Set PendingWindowInDays to 14 or more (or leave the default of 30) and alarm on ScheduleKeyDeletion events.',
    terraform: 'resource "aws_kms_key" "data" {\n  # ...\n  deletion_window_in_days = 30\n}',
    cli: 'aws kms schedule-key-deletion --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --pending-window-in-days 30',
  },
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html'],
  evaluate(key) {
    const days = key.pendingWindowInDays;
    const at = { attribute: 'pendingWindowInDays' };
    if (isUnknown(days)) return unresolved('the deletion waiting period', days, at);
    if (days === undefined) return pass('no waiting period is set: deletion waits the default 30 days');
    return days >= MIN_DAYS
      ? pass(`deletion waits ${days} days`, at)
      : fail(`deletion waits only ${days} days, under ${MIN_DAYS}`, at);
  },
});
