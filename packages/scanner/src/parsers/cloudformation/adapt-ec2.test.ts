import { describe, expect, it } from 'vitest';
import type { Ec2Instance, LaunchTemplate } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

// The termination settings of instances and launch templates (DisableApiTermination, DeleteOnTermination), and
// instances that attach an existing network interface as their primary one.

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
  UnresolvedLt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: !Ref Keep
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

  it('gives a launch template whose data cannot be resolved one unknown device, at the data line', () => {
    const devices = (byName('UnresolvedLt') as LaunchTemplate).blockDevices;
    expect(devices).toHaveLength(1);
    expect(devices[0]?.line).toBe(33);
    for (const value of [devices[0]?.encrypted, devices[0]?.deleteOnTermination])
      expect(isUnknown(value) && value.reason).toBe(
        'parameter Keep has no default: its value is given at deploy time',
      );
  });
});

const ENI_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  EniId: { Type: String }
Resources:
  Private:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24 }
  Eth0:
    Type: AWS::EC2::NetworkInterface
    Properties: { SubnetId: !Ref Private }
  Attached:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      NetworkInterfaces:
        - NetworkInterfaceId: !Ref Eth0
          DeviceIndex: "0"
  FromParameter:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      NetworkInterfaces:
        - { NetworkInterfaceId: !Ref EniId, DeviceIndex: 0 }
  NotAnInterface:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      NetworkInterfaces:
        - { NetworkInterfaceId: !Ref Private, DeviceIndex: 0 }
`;

describe('EC2 instances attaching an existing network interface', () => {
  const resources = parseInput('t.yaml', ENI_TEMPLATE).resources;
  const instance = (name: string) =>
    resources.find((r) => r.address === `AWS::EC2::Instance ${name}`) as Ec2Instance;

  it("places the instance in the interface's subnet, with no public IP on launch", () => {
    const attached = instance('Attached');
    expect(attached.network).toEqual({
      associatePublicIp: false,
      subnet: { address: 'AWS::EC2::Subnet Private', mapPublicIpOnLaunch: undefined },
      existingInterface: { address: 'AWS::EC2::NetworkInterface Eth0' },
      elasticIps: [],
    });
    expect(attached.attributeLines['network.existingInterface']).toBe(16);
  });

  it('says why the subnet is unknown when the interface is not in the template', () => {
    const fromParameter = instance('FromParameter').network;
    expect(fromParameter).toMatchObject({ associatePublicIp: false, existingInterface: {} });
    expect(isUnknown(fromParameter.subnet) && fromParameter.subnet.reason).toMatch(
      /parameter EniId has no default/,
    );
    const wrong = instance('NotAnInterface').network.subnet;
    expect(isUnknown(wrong) && wrong.reason).toBe('Private is not an AWS::EC2::NetworkInterface');
  });
});
