import { describe, expect, it } from 'vitest';
import type { CloudTrail } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

const trail = (props: string, head = '') =>
  parseInput(
    't.yaml',
    `AWSTemplateFormatVersion: "2010-09-09"\n${head}Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n  T:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      S3BucketName: logs\n${props.replace(/^/gm, '      ')}\n`,
  ).resources[0] as CloudTrail;

describe('AWS::CloudTrail::Trail logging settings', () => {
  it('reads the KMS key and the CloudWatch delivery, resolving template references to addresses', () => {
    const t = trail(
      'KMSKeyId: alias/trail\nCloudWatchLogsLogGroupArn: !GetAtt Logs.Arn\nCloudWatchLogsRoleArn: !Sub arn:aws:iam::$' +
        '{AWS::AccountId}:role/x',
    );
    expect(t).toMatchObject({
      kmsKeyId: 'alias/trail',
      cloudWatchLogGroup: 'AWS::Logs::LogGroup Logs',
      cloudWatchRole: 'Fn::Sub (known at deploy time)',
    });
    expect(t.attributeLines).toMatchObject({ kmsKeyId: 9, cloudWatchLogGroup: 10, cloudWatchRole: 11 });
    expect(t.eventSelectors).toBeUndefined();
    expect(t.advancedEventSelectors).toBeUndefined();
  });

  it('reads basic and advanced event selectors with their lines', () => {
    const t = trail(
      [
        'EventSelectors:',
        '  - IncludeManagementEvents: false',
        '    ReadWriteType: ReadOnly',
        'AdvancedEventSelectors:',
        '  - FieldSelectors:',
        '      - { Field: eventCategory, Equals: [Management] }',
        '      - { Field: readOnly, NotEquals: ["true"] }',
      ].join('\n'),
    );
    expect(t.eventSelectors).toEqual([
      { includeManagementEvents: false, readWriteType: 'ReadOnly', line: 10 },
    ]);
    expect(t.advancedEventSelectors).toEqual([
      {
        fieldSelectors: [
          { field: 'eventCategory', equals: ['Management'], notEquals: undefined },
          { field: 'readOnly', equals: undefined, notEquals: ['true'] },
        ],
        line: 13,
      },
    ]);
  });

  it('makes unresolved and malformed selectors Unknown, never a throw', () => {
    const t = trail(
      'KMSKeyId: !Ref Key\nEventSelectors: !Ref Selectors\nAdvancedEventSelectors:\n  - FieldSelectors: oops\n  - FieldSelectors: [{ Equals: [Data] }]',
      'Parameters:\n  Key: { Type: String }\n  Selectors: { Type: String }\n',
    );
    expect(isUnknown(t.kmsKeyId)).toBe(true);
    expect(isUnknown(t.eventSelectors)).toBe(true);
    const [first, second] = Array.isArray(t.advancedEventSelectors) ? t.advancedEventSelectors : [];
    expect(first?.fieldSelectors).toMatchObject({ reason: 'expected a list' });
    expect(second?.fieldSelectors).toEqual([
      expect.objectContaining({
        field: expect.objectContaining({ reason: 'the field selector names no Field' }),
      }),
    ]);
  });
});
