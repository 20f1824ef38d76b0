import { describe, expect, it } from 'vitest';
import type { DbInstance, KmsKey } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

// Settings read for the removal of data: RDS DeleteAutomatedBackups and the KMS key deletion window.

describe('RDS and KMS removal settings', () => {
  const { resources } = parseInput(
    't.yaml',
    `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Window: { Type: Number }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DeleteAutomatedBackups: "false"
  DefaultDb:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql }
  Key:
    Type: AWS::KMS::Key
    Properties:
      PendingWindowInDays: "10"
  ParamKey:
    Type: AWS::KMS::Key
    Properties:
      PendingWindowInDays: !Ref Window
  OddKey:
    Type: AWS::KMS::Key
    Properties:
      PendingWindowInDays: two weeks
`,
  );
  const [db, defaultDb, key, paramKey, oddKey] = resources as [
    DbInstance,
    DbInstance,
    KmsKey,
    KmsKey,
    KmsKey,
  ];

  it('reads DeleteAutomatedBackups with its line, undefined when not set', () => {
    expect(db.deleteAutomatedBackups).toBe(false);
    expect(db.attributeLines.deleteAutomatedBackups).toBe(9);
    expect(defaultDb.deleteAutomatedBackups).toBeUndefined();
  });

  it('reads PendingWindowInDays as a number, Unknown when unresolved or not a number', () => {
    expect(key.pendingWindowInDays).toBe(10);
    expect(key.attributeLines.pendingWindowInDays).toBe(16);
    expect(isUnknown(paramKey.pendingWindowInDays)).toBe(true);
    expect(oddKey.pendingWindowInDays).toMatchObject({ reason: 'expected a number, found "two weeks"' });
  });
});
