import { describe, expect, it } from 'vitest';
import type { DbCluster, DbInstance } from '../../model/aws.js';
import { parseInput } from '../parse-input.js';

// StorageEncrypted where the template leaves it unset: Aurora Serverless v1 clusters are always encrypted, and a
// read replica of an instance of the same template has its source's encryption.

const databases = (resources: string) => {
  const { resources: adapted, issues } = parseInput(
    't.yaml',
    `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Mode: { Type: String }
  Encrypted: { Type: String }
Resources:
${resources}`,
  );
  expect(issues).toEqual([]);
  return new Map(adapted.map((r) => [r.address.split(' ')[1]!, r as DbCluster | DbInstance]));
};

describe('RDS cluster storage encryption', () => {
  const db = databases(`  Serverless:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineMode: serverless
  ServerlessOff:
    Type: AWS::RDS::DBCluster
    Properties:
      EngineMode: serverless
      StorageEncrypted: false
  Provisioned:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, EngineMode: provisioned }
  NoMode:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql }
  ParamMode:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, EngineMode: !Ref Mode }
`);

  it('reads an unset StorageEncrypted as true for a serverless cluster, at the EngineMode line', () => {
    const serverless = db.get('Serverless')!;
    expect(serverless.storageEncrypted).toBe(true);
    expect(serverless.attributeLines.storageEncrypted).toBe(10);
  });

  it('keeps an explicit false, and leaves other engine modes unset (unencrypted)', () => {
    expect(db.get('ServerlessOff')!.storageEncrypted).toBe(false);
    expect(db.get('ServerlessOff')!.attributeLines.storageEncrypted).toBe(15);
    expect(db.get('Provisioned')!.storageEncrypted).toBeUndefined();
    expect(db.get('NoMode')!.storageEncrypted).toBeUndefined();
  });

  it('cannot tell when the engine mode is unresolved', () => {
    expect(db.get('ParamMode')!.storageEncrypted).toMatchObject({
      reason:
        'the default depends on EngineMode, which cannot be resolved: parameter Mode has no default: its value is given at deploy time',
    });
  });
});

describe('RDS read replica storage encryption', () => {
  const db = databases(`  MainDB:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, StorageEncrypted: true }
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      SourceDBInstanceIdentifier: !Ref MainDB
  ReplicaOfReplica:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref Replica }
  Plain:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, StorageEncrypted: false }
  PlainReplica:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref Plain }
  ParamDB:
    Type: AWS::RDS::DBInstance
    Properties: { StorageEncrypted: !Ref Encrypted }
  ParamReplica:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref ParamDB }
  UnsetDB:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBSnapshotIdentifier: snap-1 }
  UnsetReplica:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref UnsetDB }
  OutsideReplica:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: arn:aws:rds:eu-west-1:123456789012:db:main }
  LoopA:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref LoopB }
  LoopB:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref LoopA }
  Own:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref Plain, StorageEncrypted: true }
  NeverSet:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres }
  NeverSetReplica:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref NeverSet }
`);

  it("takes the source's known encryption, through a chain, at the SourceDBInstanceIdentifier line", () => {
    expect(db.get('Replica')!.storageEncrypted).toBe(true);
    expect(db.get('Replica')!.attributeLines.storageEncrypted).toBe(12);
    expect(db.get('ReplicaOfReplica')!.storageEncrypted).toBe(true);
    expect(db.get('PlainReplica')!.storageEncrypted).toBe(false);
    // A replica's own StorageEncrypted is ignored by AWS: the source's (false) decides.
    expect(db.get('Own')!.storageEncrypted).toBe(false);
    // A source that leaves it unset, not restored from a snapshot, is unencrypted.
    expect(db.get('NeverSet')!.storageEncrypted).toBeUndefined();
    expect(db.get('NeverSetReplica')!.storageEncrypted).toBe(false);
  });

  it("says why when the source's value cannot be resolved", () => {
    expect(db.get('ParamReplica')!.storageEncrypted).toMatchObject({
      reason:
        'it is inherited from the source database ParamDB: parameter Encrypted has no default: its value is given at deploy time',
    });
  });

  it('leaves it unset when the source is outside the template, restored from a snapshot, or in a cycle', () => {
    for (const id of ['UnsetReplica', 'OutsideReplica', 'LoopA', 'LoopB']) {
      expect(db.get(id)!.storageEncrypted, id).toBeUndefined();
      expect(db.get(id)!.attributeLines.storageEncrypted, id).toBeUndefined();
    }
  });
});
