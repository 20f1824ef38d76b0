import { describe, expect, it } from 'vitest';
import type { Ec2Instance, LaunchTemplate } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

// The termination settings of instances and launch templates (DisableApiTermination, DeleteOnTermination).

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Keep: { Type: String }
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        DisableApiTermination: true
        BlockDeviceMappings:
          - DeviceName: /dev/xvda
            Ebs: { VolumeSize: 20, DeleteOnTermination: false }
  FromTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: "1" }
  Own:
    Type: AWS::EC2::Instance
    Properties:
      DisableApiTermination: false
      BlockDeviceMappings:
        - DeviceName: /dev/sdf
          Ebs: { VolumeSize: 20, DeleteOnTermination: !Ref Keep }
        - DeviceName: /dev/sdg
          Ebs: { VolumeSize: 20 }
  Unresolved:
    Type: AWS::EC2::Instance
    Properties:
      BlockDeviceMappings: !Ref Keep
`;

describe('EC2 termination settings', () => {
  const resources = parseInput('t.yaml', TEMPLATE).resources;
  const byName = (name: string) => resources.find((r) => r.address.endsWith(` ${name}`));

  it('reads DisableApiTermination on instances, falling back to the launch template', () => {
    const own = byName('Own') as Ec2Instance;
    expect(own.disableApiTermination).toBe(false);
    expect(own.attributeLines.disableApiTermination).toBe(20);
    expect((byName('FromTemplate') as Ec2Instance).disableApiTermination).toBe(true);
    expect((byName('Unresolved') as Ec2Instance).disableApiTermination).toBeUndefined();
  });

  it('reads DeleteOnTermination per EBS mapping, Unknown when the mapping cannot be resolved', () => {
    expect((byName('Lt') as LaunchTemplate).blockDevices.map((d) => d.deleteOnTermination)).toEqual([false]);
    const own = (byName('Own') as Ec2Instance).blockDevices;
    expect(isUnknown(own[0]?.deleteOnTermination)).toBe(true);
    expect(own[1]?.deleteOnTermination).toBeUndefined();
    const unresolved = (byName('Unresolved') as Ec2Instance).blockDevices;
    expect(unresolved).toHaveLength(1);
    expect(isUnknown(unresolved[0]?.deleteOnTermination)).toBe(true);
  });
});
