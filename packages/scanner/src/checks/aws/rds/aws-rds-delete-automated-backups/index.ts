import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-rds-delete-automated-backups',
  title: 'RDS instances remove their automated backups when deleted',
  description:
    'Looks at RDS DB instances that are not members of an Aurora cluster. Passes when DeleteAutomatedBackups is ' +
    'true or not set (the default removes them with the instance); fails when it is false, which keeps the ' +
    'automated backups after the instance is deleted, until their retention period runs out.',
  rationale:
    'Retained automated backups are a full copy of the database that outlives the system using it. Nobody sees ' +
    'them in the list of running databases, so they are easy to forget when a customer leaves or a service is ' +
    'retired. A deliberate final snapshot, with its own owner and retention, is the controlled way to keep data.',
  severity: 'low',
  provider: 'aws',
  service: 'rds',
  resourceKinds: ['aws.rds.instance'],
  remediation: {
    summary:
      'Leave DeleteAutomatedBackups unset or true; keep data past deletion through a final snapshot with a documented retention.',
    terraform: 'resource "aws_db_instance" "orders" {\n  # ...\n  delete_automated_backups = true\n}',
    cli: 'aws rds delete-db-instance --db-instance-identifier orders --final-db-snapshot-identifier orders-final --delete-automated-backups',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html'],
  evaluate(db) {
    if (db.clusterId !== undefined) return undefined;
    const del = db.deleteAutomatedBackups;
    const at = { attribute: 'deleteAutomatedBackups' };
    if (isUnknown(del)) return unresolved('whether automated backups are deleted', del, at);
    if (del === false) return fail('automated backups are kept after the instance is deleted', at);
    return del === true
      ? pass('automated backups are deleted with the instance', at)
      : pass('automated backup deletion is not set: the backups are deleted with the instance (the default)');
  },
});
