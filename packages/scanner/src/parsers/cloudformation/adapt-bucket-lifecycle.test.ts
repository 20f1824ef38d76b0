import { describe, expect, it } from 'vitest';
import type { S3Bucket } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

const bucket = (props: string, head = '') =>
  parseInput(
    't.yaml',
    `AWSTemplateFormatVersion: "2010-09-09"\n${head}Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n${props.replace(/^/gm, '      ')}\n`,
  ).resources[0] as S3Bucket;

describe('AWS::S3::Bucket lifecycle rules', () => {
  it('reads each rule: status, and whether it expires current or noncurrent objects', () => {
    const b = bucket(
      [
        'LifecycleConfiguration:',
        '  Rules:',
        '    - Id: tmp',
        '      Status: Enabled',
        '      ExpirationInDays: 7',
        '    - Id: versions',
        '      Status: Disabled',
        '      NoncurrentVersionExpiration: { NoncurrentDays: 30 }',
        '    - Id: archive',
        '      Status: Enabled',
        '      Transitions: [{ StorageClass: GLACIER, TransitionInDays: 90 }]',
        '    - Id: old-style',
        '      Status: Enabled',
        '      ExpirationDate: "2030-01-01T00:00:00Z"',
        '      NoncurrentVersionExpirationInDays: 10',
      ].join('\n'),
    );
    expect(b.lifecycleRules).toEqual([
      { id: 'tmp', status: 'Enabled', expiresCurrent: true, expiresNoncurrent: false, line: 8 },
      { id: 'versions', status: 'Disabled', expiresCurrent: false, expiresNoncurrent: true, line: 11 },
      { id: 'archive', status: 'Enabled', expiresCurrent: false, expiresNoncurrent: false, line: 14 },
      { id: 'old-style', status: 'Enabled', expiresCurrent: true, expiresNoncurrent: true, line: 17 },
    ]);
    expect(b.attributeLines.lifecycleRules).toBe(6);
  });

  it('leaves a bucket without lifecycle configuration undefined', () => {
    expect(bucket('VersioningConfiguration: { Status: Enabled }').lifecycleRules).toBeUndefined();
  });

  it('makes expirations that depend on deploy-time input Unknown, and tolerates malformed rules', () => {
    const b = bucket(
      'LifecycleConfiguration:\n  Rules:\n    - Status: Enabled\n      ExpirationInDays: !If [Short, 7, !Ref AWS::NoValue]\n    - just-a-string\n    - Status: Enabled\n      ExpirationInDays: !Ref AWS::NoValue',
      'Parameters:\n  Env: { Type: String }\nConditions:\n  Short: !Equals [!Ref Env, dev]\n',
    );
    const rules = Array.isArray(b.lifecycleRules) ? b.lifecycleRules : [];
    expect(isUnknown(rules[0]?.expiresCurrent)).toBe(true);
    expect(isUnknown(rules[1]?.status)).toBe(true);
    expect(rules[2]?.expiresCurrent).toBe(false);
    expect(bucket('LifecycleConfiguration: [nope]').lifecycleRules).toMatchObject({
      reason: 'expected a mapping',
    });
  });
});
