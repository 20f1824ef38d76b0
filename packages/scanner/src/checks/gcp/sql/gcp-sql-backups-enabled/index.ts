import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-sql-backups-enabled',
  title: 'Cloud SQL instances take automated backups',
  description:
    'Checks google_sql_database_instance primaries; read replicas (master_instance_name set) have no backups of ' +
    'their own and are left out. Passes when settings.backup_configuration.enabled is true. Fails when it is false ' +
    'or not set: automated backups are off unless enabled.',
  rationale:
    'Automated backups, with the transaction logs they enable, are what restores a database after a faulty ' +
    'migration, an application bug that corrupts data, or a deletion by an intruder. Without them, the only copy ' +
    'is the live one.',
  severity: 'medium',
  provider: 'gcp',
  service: 'sql',
  resourceKinds: ['gcp.sql.instance'],
  remediation: {
    summary:
      'Enable automated backups with point-in-time recovery and keep enough of them for your recovery objectives.',
    terraform:
      'resource "google_sql_database_instance" "orders" {\n  # ...\n  settings {\n    tier = "db-custom-2-7680"\n    backup_configuration {\n      enabled                        = true\n      point_in_time_recovery_enabled = true\n      start_time                     = "02:00"\n    }\n  }\n}',
    cli: 'gcloud sql instances patch orders --backup-start-time 02:00 --enable-point-in-time-recovery',
  },
  references: ['https://cloud.google.com/sql/docs/postgres/backup-recovery/backups'],
  evaluate(db) {
    if (db.replicaOf !== undefined) return undefined;
    const on = db.backupsEnabled;
    const at = { attribute: 'backupsEnabled' };
    if (isUnknown(on)) return unresolved('automated backups', on, at);
    if (on === true) return pass('automated backups are on', at);
    return on === false
      ? fail('automated backups are off', at)
      : fail('automated backups are not set (off unless enabled)', at);
  },
});
