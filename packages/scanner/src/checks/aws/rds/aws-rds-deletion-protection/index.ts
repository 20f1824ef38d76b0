import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-rds-deletion-protection',
  title: 'RDS databases have deletion protection',
  description:
    'Checks DB instances and clusters. Passes when DeletionProtection is true; fails when it is false or not set ' +
    '(off by default). Instances of a cluster are left out: the cluster carries the setting.',
  rationale:
    'Deleting a database is one console click, API call or template change away. Deletion protection makes the ' +
    'destructive operation a deliberate two-step change, the kind of safeguard critical administrative ' +
    'operations need.',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceKinds: ['aws.rds.instance', 'aws.rds.cluster'],
  remediation: {
    summary:
      'Set DeletionProtection to true on production databases (and a DeletionPolicy of Snapshot or Retain on the resource).',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  deletion_protection = true\n}',
    cli: 'aws rds modify-db-instance --db-instance-identifier orders --deletion-protection --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
  ],
  evaluate(db) {
    if (db.kind === 'aws.rds.instance' && db.clusterId !== undefined) return undefined;
    const on = db.deletionProtection;
    if (isUnknown(on)) return unresolved('deletion protection', on, { attribute: 'deletionProtection' });
    if (on === true) return pass('deletion protection is on', { attribute: 'deletionProtection' });
    return on === false
      ? fail('deletion protection is off', { attribute: 'deletionProtection' })
      : fail('deletion protection is not set (off by default)');
  },
});
