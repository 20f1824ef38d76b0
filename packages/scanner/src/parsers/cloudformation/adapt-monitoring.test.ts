import { describe, expect, it } from 'vitest';
import type { ConfigRecorder, GuardDutyDetector } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

const parse = (resources: string, head = '') =>
  parseInput('t.yaml', `AWSTemplateFormatVersion: "2010-09-09"\n${head}Resources:\n${resources}`);

describe('AWS::GuardDuty::Detector', () => {
  it('reads Enable with its line', () => {
    const { resources } = parse(
      '  D:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: "true"\n',
    );
    const d = resources[0] as GuardDutyDetector;
    expect(d).toMatchObject({
      kind: 'aws.guardduty.detector',
      address: 'AWS::GuardDuty::Detector D',
      enabled: true,
    });
    expect(d.attributeLines.enabled).toBe(6);
  });

  it('keeps a missing Enable undefined and a malformed one Unknown, without throwing', () => {
    const { resources, issues } = parse(
      '  A:\n    Type: AWS::GuardDuty::Detector\n  B:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: [yes]\n',
    );
    expect(issues).toEqual([]);
    const [a, b] = resources as GuardDutyDetector[];
    expect(a?.enabled).toBeUndefined();
    expect(isUnknown(b?.enabled)).toBe(true);
  });
});

describe('AWS::Config::ConfigurationRecorder', () => {
  it('reads the recording group, its strategy and type lists', () => {
    const { resources } = parse(
      [
        '  R:',
        '    Type: AWS::Config::ConfigurationRecorder',
        '    Properties:',
        '      RecordingGroup:',
        '        AllSupported: false',
        '        IncludeGlobalResourceTypes: false',
        '        RecordingStrategy:',
        '          UseOnly: EXCLUSION_BY_RESOURCE_TYPES',
        '        ExclusionByResourceTypes:',
        '          ResourceTypes: [AWS::EC2::NetworkInterface]',
        '',
      ].join('\n'),
    );
    const r = resources[0] as ConfigRecorder;
    expect(r.recordingGroup).toEqual({
      allSupported: false,
      includeGlobalResourceTypes: false,
      strategy: 'EXCLUSION_BY_RESOURCE_TYPES',
      resourceTypes: undefined,
      excludedResourceTypes: ['AWS::EC2::NetworkInterface'],
    });
    expect(r.attributeLines['recordingGroup.includeGlobalResourceTypes']).toBe(8);
  });

  it('leaves an absent group undefined and makes an unresolved or malformed one Unknown', () => {
    const { resources } = parse(
      '  A:\n    Type: AWS::Config::ConfigurationRecorder\n    Properties:\n      RoleARN: arn:aws:iam::1:role/x\n  B:\n    Type: AWS::Config::ConfigurationRecorder\n    Properties:\n      RecordingGroup: !Ref Group\n  C:\n    Type: AWS::Config::ConfigurationRecorder\n    Properties:\n      RecordingGroup: [AllSupported]\n',
      'Parameters:\n  Group: { Type: String }\n',
    );
    const [a, b, c] = resources as ConfigRecorder[];
    expect(a?.recordingGroup).toBeUndefined();
    expect(b?.recordingGroup).toMatchObject({ reason: expect.stringContaining('Group has no default') });
    expect(c?.recordingGroup).toMatchObject({ reason: 'expected a mapping' });
  });
});
