import { defineCheck, fail, isUnknown, pass, undetermined, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-rds-storage-encrypted',
  title: 'RDS databases encrypt their storage',
  description:
    'Checks DB instances and DB clusters. Passes when StorageEncrypted is true; fails when it is false or not set ' +
    '(RDS then creates unencrypted storage), except for Aurora Serverless v1 clusters (engine mode serverless), ' +
    'which are always encrypted. A database restored from a snapshot inherits its encryption: unknown unless set. ' +
    'A read replica has the encryption of its source: it is judged on the source when the scanned template or ' +
    "configuration declares it, else it is unknown; the replica's own StorageEncrypted or storage_encrypted is not " +
    'read, as RDS ignores it. Instances of a cluster are judged on the cluster.',
  rationale:
    'Database storage, its automated backups, snapshots and replicas hold the most sensitive data of most ' +
    'services. Encryption cannot be turned on for an existing instance without a snapshot-and-restore migration, ' +
    'so it has to be right at creation.',
  severity: 'high',
  provider: 'aws',
  service: 'rds',
  resourceKinds: ['aws.rds.instance', 'aws.rds.cluster'],
  remediation: {
    summary:
      'Create the database with storage encryption and a KMS key; for an existing one, restore an encrypted copy of a snapshot.',
    terraform:
      'resource "aws_db_instance" "main" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.rds.arn\n}',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier main-snap --target-db-snapshot-identifier main-snap-encrypted --kms-key-id alias/acme-rds',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
  evaluate(db) {
    if (db.kind === 'aws.rds.instance' && db.clusterId !== undefined) return undefined;
    const encrypted = db.storageEncrypted;
    if (encrypted === true) return pass('storage is encrypted', { attribute: 'storageEncrypted' });
    if (isUnknown(encrypted))
      return unresolved('storage encryption', encrypted, { attribute: 'storageEncrypted' });
    if (encrypted === false) return fail('storage encryption is off', { attribute: 'storageEncrypted' });
    const replica = db.kind === 'aws.rds.instance' ? db.replicaOf : undefined;
    if (db.snapshotId !== undefined || replica !== undefined)
      return undetermined(
        'encryption is inherited from the source snapshot or database, which the scanned source does not show',
      );
    return fail('storage encryption is not set: the database is created unencrypted');
  },
});
