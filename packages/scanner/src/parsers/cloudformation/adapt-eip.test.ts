import { describe, expect, it } from 'vitest';
import type { Ec2Instance } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

// Elastic IPs linked to the instances they are associated with (AWS::EC2::EIP, AWS::EC2::EIPAssociation).

const instanceOf = (template: string, name: string): Ec2Instance => {
  const { resources, issues } = parseInput('t.yaml', template);
  expect(issues.filter((i) => i.message.includes('EIP'))).toEqual([]);
  return resources.find((r) => r.address === `AWS::EC2::Instance ${name}`) as Ec2Instance;
};

const HEAD = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Target: { Type: String }
  Known: { Type: String, Default: i-0123456789abcdef0 }
Resources:
  Eth0:
    Type: AWS::EC2::NetworkInterface
    Properties: { SubnetId: subnet-1 }
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      NetworkInterfaces:
        - { NetworkInterfaceId: !Ref Eth0, DeviceIndex: "0" }
  Other:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-1, SubnetId: subnet-1 }
`;

describe('Elastic IPs of a CloudFormation template', () => {
  it('links an EIP by InstanceId and an association by InstanceId or by an interface the instance attaches', () => {
    const template = `${HEAD}
  Direct:
    Type: AWS::EC2::EIP
    Properties: { InstanceId: !Ref Web }
  Pool:
    Type: AWS::EC2::EIP
    Properties: { Domain: vpc }
  ByInterface:
    Type: AWS::EC2::EIPAssociation
    Properties: { AllocationId: !GetAtt Pool.AllocationId, NetworkInterfaceId: !Ref Eth0 }
  Outside:
    Type: AWS::EC2::EIPAssociation
    Properties: { AllocationId: eipalloc-1, InstanceId: !Ref Other }
`;
    expect(instanceOf(template, 'Web').network.elasticIps).toEqual([
      'AWS::EC2::EIP Direct',
      'AWS::EC2::EIP Pool',
    ]);
    // An association whose address is not declared in the template is named by the association.
    expect(instanceOf(template, 'Other').network.elasticIps).toEqual(['AWS::EC2::EIPAssociation Outside']);
  });

  it('is unknown when a target cannot be resolved, naming the first that may and why', () => {
    const template = `${HEAD}
  Maybe:
    Type: AWS::EC2::EIPAssociation
    Properties: { AllocationId: eipalloc-1, InstanceId: !Ref Target }
  MaybeInterface:
    Type: AWS::EC2::EIPAssociation
    Properties: { AllocationId: eipalloc-2, NetworkInterfaceId: !Ref Target }
`;
    const eips = instanceOf(template, 'Other').network.elasticIps;
    expect(isUnknown(eips) && eips.reason).toBe(
      'AWS::EC2::EIPAssociation Maybe may name this instance: parameter Target has no default: its value is given at deploy time',
    );
  });

  it('keeps a sure Elastic IP over one that may be, and ignores literal ids and other resources', () => {
    const template = `${HEAD}
  Literal:
    Type: AWS::EC2::EIP
    Properties: { InstanceId: i-0fedcba9876543210 }
  FromDefault:
    Type: AWS::EC2::EIP
    Properties: { InstanceId: !Ref Known }
  ToOther:
    Type: AWS::EC2::EIP
    Properties: { InstanceId: !Ref Other }
  Maybe:
    Type: AWS::EC2::EIP
    Properties: { InstanceId: !Ref Target }
`;
    expect(instanceOf(template, 'Other').network.elasticIps).toEqual(['AWS::EC2::EIP ToOther']);
    expect(isUnknown(instanceOf(template, 'Web').network.elasticIps)).toBe(true);
    const none = `${HEAD}
  Literal:
    Type: AWS::EC2::EIP
    Properties: { InstanceId: i-0fedcba9876543210 }
`;
    expect(instanceOf(none, 'Web').network.elasticIps).toEqual([]);
  });

  it('reads EIPs and associations as checked types, not as resources no check reads', () => {
    const { issues } = parseInput(
      't.yaml',
      `${HEAD}
  Direct:
    Type: AWS::EC2::EIP
    Properties: { InstanceId: !Ref Web }
  Assoc:
    Type: AWS::EC2::EIPAssociation
    Properties: { AllocationId: eipalloc-1, InstanceId: !Ref Web }
`,
    );
    expect(issues.filter((i) => i.message.startsWith('not checked'))).toEqual([]);
  });
});
