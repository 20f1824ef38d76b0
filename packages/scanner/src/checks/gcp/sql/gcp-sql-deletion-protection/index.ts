import { defineCheck, type Finding, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-sql-deletion-protection',
  title: 'Cloud SQL instances are protected against deletion',
  description:
    'Checks google_sql_database_instance, primaries and replicas alike. Two settings protect an instance: ' +
    'deletion_protection, which makes Terraform refuse to destroy or replace it (true unless set to false), and ' +
    'settings.deletion_protection_enabled, which makes Cloud SQL refuse the deletion whoever asks for it (false ' +
    'unless set). Passes when either is on, so a configuration that leaves both at their defaults passes. Fails ' +
    'when deletion_protection is false and the instance-level protection is off or not set.',
  rationale:
    'Deleting a Cloud SQL instance also removes its automated backups, unless the instance was set to keep them. ' +
    'One mistaken terraform destroy, a change that forces a replacement, or a compromised administrator can then ' +
    'wipe the database and its recovery points in one step; deletion protection makes that step deliberate, ' +
    'since the flag must be cleared first.',
  severity: 'medium',
  provider: 'gcp',
  service: 'sql',
  resourceKinds: ['gcp.sql.instance'],
  remediation: {
    summary:
      'Leave deletion_protection at true and turn on deletion_protection_enabled in the settings, so that the ' +
      'console, gcloud and the API refuse the deletion too.',
    terraform:
      'resource "google_sql_database_instance" "orders" {\n  # ...\n  deletion_protection = true\n  settings {\n    tier                        = "db-custom-2-7680"\n    deletion_protection_enabled = true\n  }\n}',
    cli: 'gcloud sql instances patch orders --deletion-protection',
  },
  references: [
    'https://cloud.google.com/sql/docs/postgres/deletion-protection',
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance',
  ],
  evaluate(db): Finding {
    const instance = db.deletionProtectionEnabled;
    const terraform = db.terraformDeletionProtection;
    if (instance === true)
      return pass('Cloud SQL refuses to delete the instance (instance deletion protection is on)', {
        attribute: 'deletionProtectionEnabled',
      });
    const tfAt = { attribute: 'terraformDeletionProtection' };
    if (isUnknown(terraform)) return unresolved("Terraform's deletion protection", terraform, tfAt);
    if (terraform !== false)
      return pass(
        terraform === true
          ? 'Terraform refuses to destroy the instance (deletion protection is on)'
          : 'Terraform refuses to destroy the instance (deletion protection is on by default)',
        tfAt,
      );
    const instanceAt = { attribute: 'deletionProtectionEnabled' };
    if (isUnknown(instance)) return unresolved('instance deletion protection', instance, instanceAt);
    return fail(
      `deletion protection is off in Terraform and ${instance === false ? 'off' : 'not set (off by default)'} on ` +
        'the instance: one destroy deletes the database',
      tfAt,
    );
  },
});
