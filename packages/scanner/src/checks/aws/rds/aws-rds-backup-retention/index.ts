import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

/** Days of automated backups the check requires. */
export const MIN_RETENTION_DAYS = 7;

export const check = defineCheck(import.meta.url, {
  id: 'aws-rds-backup-retention',
  title: `RDS databases keep automated backups for at least ${MIN_RETENTION_DAYS} days`,
  description:
    `Checks DB instances and clusters. Passes when BackupRetentionPeriod is ${MIN_RETENTION_DAYS} days or more; fails ` +
    'when it is lower, 0 (backups off) or not set (CloudFormation then uses 1 day). Cluster members and read ' +
    'replicas are left out: their backups belong to the cluster or the source.',
  rationale:
    'Automated backups give point-in-time recovery. One day is often gone before a data corruption or a deletion ' +
    'is even noticed; a week covers a weekend and a slow detection.',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceKinds: ['aws.rds.instance', 'aws.rds.cluster'],
  remediation: {
    summary: `Set BackupRetentionPeriod to ${MIN_RETENTION_DAYS} days or more (up to 35), and copy long-term backups with AWS Backup.`,
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  backup_retention_period = 14\n}',
    cli: 'aws rds modify-db-instance --db-instance-identifier orders --backup-retention-period 14 --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  ],
  evaluate(db) {
    if (db.kind === 'aws.rds.instance' && (db.clusterId !== undefined || db.replicaOf !== undefined))
      return undefined;
    const days = db.backupRetentionDays;
    if (isUnknown(days)) return unresolved('backup retention', days, { attribute: 'backupRetentionDays' });
    if (days === undefined)
      return fail('backup retention is not set: backups are kept for 1 day (the default)');
    if (days === 0)
      return fail('automated backups are turned off (retention 0)', { attribute: 'backupRetentionDays' });
    return days >= MIN_RETENTION_DAYS
      ? pass(`backups are kept for ${days} days`, { attribute: 'backupRetentionDays' })
      : fail(`backups are kept for ${days} day${days === 1 ? '' : 's'}, under ${MIN_RETENTION_DAYS}`, {
          attribute: 'backupRetentionDays',
        });
  },
});
