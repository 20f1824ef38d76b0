import { describe, expect, it } from 'vitest';
import type { BucketEncryptionRule, KmsKey, S3Bucket, Vpc } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import type { TreeMap } from '../yaml/tree.js';
import { CfnResolver } from './resolver.js';
import { cloudFormationTags, normalizeShortForm } from './tags.js';
import { readTemplate } from './template.js';

// A resource's own `Condition`: created only when the condition is true, so one whose condition is false under
// the parameter defaults is not a resource of the scan, the way `Fn::If` picks its branch in the same run.

const template = (
  encryptionParameter: string,
  keyCondition = 'HasEncryption',
) => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Encryption: ${encryptionParameter}
Conditions:
  HasEncryption: !Equals [!Ref Encryption, 'true']
Resources:
  Key:
    Type: AWS::KMS::Key
    Condition: ${keyCondition}
    Properties: { KeyPolicy: {} }
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption: !If [HasEncryption, {ServerSideEncryptionConfiguration: [{ServerSideEncryptionByDefault: {SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !Ref Key}}]}, !Ref 'AWS::NoValue']
`;

const withDefault = (value: string) =>
  template(`{ Type: String, Default: '${value}', AllowedValues: ['true', 'false'] }`);

const kinds = (text: string) => parseInput('t.yaml', text).resources.map((r) => r.address);

describe('a resource with its own Condition', () => {
  it('is left out when its condition is false under the defaults, as Fn::If reads the same condition', () => {
    const { resources, issues } = parseInput('t.yaml', withDefault('false'));
    expect(resources.map((r) => r.address)).toEqual(['AWS::S3::Bucket Bucket']);
    expect((resources[0] as S3Bucket).encryption).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it('is kept when its condition is true, and a reference to it is known only after deployment', () => {
    const { resources, issues } = parseInput('t.yaml', withDefault('true'));
    expect(resources.map((r) => r.address)).toEqual(['AWS::KMS::Key Key', 'AWS::S3::Bucket Bucket']);
    expect((resources[0] as KmsKey).kind).toBe('aws.kms.key');
    const [rule] = (resources[1] as S3Bucket).encryption as readonly BucketEncryptionRule[];
    expect(rule!.kmsKeyId).toMatchObject({ reason: '!Ref Key is known only after deployment' });
    expect(issues).toEqual([]);
  });

  it('is kept when its condition cannot be evaluated (a parameter without default)', () => {
    expect(kinds(template('{ Type: String }'))).toEqual(['AWS::KMS::Key Key', 'AWS::S3::Bucket Bucket']);
  });

  it('is kept, and the template problem reported at its line, when the condition is not defined', () => {
    const { resources, issues } = parseInput(
      't.yaml',
      template('{ Type: String, Default: x }', 'HasEncrypton'),
    );
    expect(resources.map((r) => r.address)).toContain('AWS::KMS::Key Key');
    expect(issues).toEqual([
      {
        level: 'warning',
        location: { file: 't.yaml', line: 9 },
        message:
          'resource Key has Condition HasEncrypton, which is not defined under Conditions: it is checked as if it were created; define HasEncrypton under Conditions or correct the name',
      },
    ]);
  });

  it('is kept, and reported, when its Condition is not a name', () => {
    const { resources, issues } = parseInput(
      't.yaml',
      template('{ Type: String, Default: x }', '[HasEncryption]'),
    );
    expect(resources.map((r) => r.address)).toContain('AWS::KMS::Key Key');
    expect(issues.map((i) => [i.location.line, i.message])).toEqual([
      [
        9,
        'resource Key has a Condition that is not a condition name: it is checked as if it were created; write the name of a condition defined under Conditions',
      ],
    ]);
  });

  it('resolves a reference to a resource left out as one to a resource the template does not declare', () => {
    const { resources, issues } = parseInput(
      't.yaml',
      `Parameters:
  Encryption: { Type: String, Default: 'false' }
Conditions:
  HasEncryption: !Equals [!Ref Encryption, 'true']
  NoEncryption: !Not [!Condition HasEncryption]
Resources:
  Key:
    Type: AWS::KMS::Key
    Condition: HasEncryption
  Kept:
    Type: AWS::KMS::Key
    Condition: NoEncryption
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !GetAtt Key.Arn }
          - ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !Ref Key }
          - ServerSideEncryptionByDefault: { SSEAlgorithm: !If [HasEncryption, 'aws:kms', !Ref 'AWS::NoValue'] }
`,
    );
    expect(issues).toEqual([]);
    expect(resources.map((r) => r.address)).toEqual(['AWS::KMS::Key Kept', 'AWS::S3::Bucket Bucket']);
    const [att, ref, noValue] = (resources[1] as S3Bucket).encryption as readonly BucketEncryptionRule[];
    for (const [rule, reference] of [
      [att, '!GetAtt Key.Arn'],
      [ref, '!Ref Key'],
    ] as const) {
      expect(isUnknown(rule!.kmsKeyId)).toBe(true);
      expect(rule!.kmsKeyId).toMatchObject({
        reason: `${reference} names a resource that is not created: its condition HasEncryption is false under the parameter defaults`,
      });
    }
    // AWS::NoValue still removes the value: the rule is there, its algorithm not set.
    expect(noValue!.algorithm).toBeUndefined();
  });

  it('is not read as a companion either: a flow log left out does not log its VPC', () => {
    const text = (enabled: string) => `Parameters:
  Logs: { Type: String, Default: '${enabled}' }
Conditions:
  HasLogs: !Equals [!Ref Logs, 'yes']
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Log:
    Type: AWS::EC2::FlowLog
    Condition: HasLogs
    Properties: { ResourceType: VPC, ResourceId: !Ref Vpc, TrafficType: ALL }
  Topic:
    Type: AWS::SNS::Topic
    Condition: HasLogs
`;
    const off = parseInput('t.yaml', text('no'));
    expect((off.resources[0] as Vpc).flowLogs).toEqual([]);
    // Nor is a resource of an unread type that is not created counted as not checked.
    expect(off.issues).toEqual([]);
    const on = parseInput('t.yaml', text('yes'));
    expect((on.resources[0] as Vpc).flowLogs).toEqual(['AWS::EC2::FlowLog Log']);
    expect(on.issues.map((i) => i.message)).toEqual([
      'not checked: no check reads this resource (AWS::SNS::Topic)',
    ]);
  });

  it('is not a resource of the resolver, which still evaluates the conditions Fn::If reads', () => {
    const { documents } = parseYaml(withDefault('false'), {
      customTags: cloudFormationTags,
      onTag: normalizeShortForm,
    });
    const resolver = new CfnResolver(readTemplate(documents[0]!.tree as TreeMap).template);
    expect(resolver.resources.map((r) => r.logicalId)).toEqual(['Bucket']);
    expect(resolver.resource('Key')).toBeUndefined();
    expect(resolver.resourcesOfType('AWS::KMS::Key')).toEqual([]);
    expect(resolver.template.resources.map((r) => [r.logicalId, r.condition])).toEqual([
      ['Key', 'HasEncryption'],
      ['Bucket', undefined],
    ]);
    expect(resolver.condition('HasEncryption')).toBe(false);
  });
});
