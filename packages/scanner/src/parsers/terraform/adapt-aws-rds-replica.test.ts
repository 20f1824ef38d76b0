import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { adaptDbInstance } from './adapt-aws-services.js';
import { adaptAt, reasonOf, tfRef, tfResourceBuilder } from './test-support.js';

// A read replica (replicate_source_db) has its source's storage encryption: RDS ignores the replica's own
// storage_encrypted, so the adapter reads the source when the configuration declares it, and says Unknown otherwise.

const res = tfResourceBuilder();

const CONFIG = [
  res('aws_db_instance.main', { identifier: 'main-db', engine: 'postgres', storage_encrypted: true }),
  res('aws_db_instance.plain', { identifier: 'plain-db', engine: 'postgres' }),
  res('aws_db_instance.param', { storage_encrypted: new Unknown('var.encrypted has no value') }),
  res('aws_db_instance.restored', { snapshot_identifier: 'snap-1' }),
  // By reference, its own false is ignored; its line is that of replicate_source_db.
  res(
    'aws_db_instance.replica',
    {
      identifier: 'replica-db',
      replicate_source_db: tfRef('aws_db_instance.main', 'identifier'),
      storage_encrypted: false,
    },
    { replicate_source_db: 7, storage_encrypted: 8 },
  ),
  res('aws_db_instance.by_identifier', { replicate_source_db: 'main-db' }),
  res('aws_db_instance.of_replica', { replicate_source_db: 'replica-db' }),
  res('aws_db_instance.of_plain', {
    replicate_source_db: tfRef('aws_db_instance.plain', 'identifier'),
    storage_encrypted: true,
  }),
  res('aws_db_instance.of_param', { replicate_source_db: tfRef('aws_db_instance.param', 'arn') }),
  res('aws_db_instance.of_restored', {
    replicate_source_db: tfRef('aws_db_instance.restored', 'identifier'),
  }),
  res(
    'aws_db_instance.outside',
    { replicate_source_db: 'arn:aws:rds:eu-west-1:123456789012:db:legacy', storage_encrypted: false },
    { replicate_source_db: 3, storage_encrypted: 4 },
  ),
  res('aws_db_instance.of_data', { replicate_source_db: tfRef('data.aws_db_instance.shared', 'identifier') }),
  res('data.aws_db_instance.shared', { db_instance_identifier: 'shared' }),
  res('aws_db_instance.unresolved', { replicate_source_db: new Unknown('var.source has no value') }),
  res('aws_db_instance.loop_a', { identifier: 'loop-a', replicate_source_db: 'loop-b' }),
  res('aws_db_instance.loop_b', { identifier: 'loop-b', replicate_source_db: 'loop-a' }),
];

const db = (address: string) => adaptAt(adaptDbInstance, CONFIG, `aws_db_instance.${address}`);

describe('aws_db_instance read replica storage encryption', () => {
  it("takes the source's encryption, by reference or identifier and through a chain, whatever its own says", () => {
    expect(db('replica').storageEncrypted).toBe(true);
    expect(db('by_identifier').storageEncrypted).toBe(true);
    expect(db('of_replica').storageEncrypted).toBe(true);
    // A source that leaves storage_encrypted unset is created unencrypted, and so are its replicas.
    expect(db('of_plain').storageEncrypted).toBe(false);
  });

  it('points the attribute at replicate_source_db', () => {
    expect(db('replica').attributeLines).toMatchObject({ storageEncrypted: 7, replicaOf: 7 });
    expect(db('outside').attributeLines).toMatchObject({ storageEncrypted: 3, replicaOf: 3 });
  });

  it('says why when the source is outside the configuration or its encryption cannot be told', () => {
    expect(reasonOf(db('outside').storageEncrypted)).toBe(
      'it is inherited from the source database arn:aws:rds:eu-west-1:123456789012:db:legacy, which the scanned configuration does not show',
    );
    expect(reasonOf(db('of_data').storageEncrypted)).toBe(
      'it is inherited from the source database data.aws_db_instance.shared, which the scanned configuration does not show',
    );
    expect(reasonOf(db('of_param').storageEncrypted)).toBe(
      'it is inherited from the source database aws_db_instance.param: var.encrypted has no value',
    );
    expect(reasonOf(db('of_restored').storageEncrypted)).toContain('restored from a snapshot');
    expect(reasonOf(db('unresolved').storageEncrypted)).toBe(
      'it is inherited from the source database, whose name cannot be resolved: var.source has no value',
    );
    expect(reasonOf(db('loop_a').storageEncrypted)).toContain('loops or is too long to follow');
  });

  it('keeps storage_encrypted of an instance that is not a replica', () => {
    expect(db('main').storageEncrypted).toBe(true);
    expect(db('plain').storageEncrypted).toBeUndefined();
  });
});
