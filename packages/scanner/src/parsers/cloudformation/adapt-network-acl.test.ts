import { describe, expect, it } from 'vitest';
import type { NetworkAcl } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  AclId: { Type: String }
Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: { VpcId: vpc-1 }
  Ssh:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Protocol: "6"
      RuleAction: ALLOW
      CidrBlock: 0.0.0.0/0
      PortRange: { From: 22, To: 22 }
  Out:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Protocol: -1
      Egress: true
      RuleAction: allow
      Ipv6CidrBlock: ::/0
  Elsewhere:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref AclId
      RuleNumber: !Ref AclId
      Protocol: 17
      RuleAction: deny
      CidrBlock: 10.0.0.0/8
      PortRange: not-a-range
`;

describe('AWS::EC2::NetworkAcl and NetworkAclEntry', () => {
  const acls = parseInput('t.yaml', TEMPLATE).resources as NetworkAcl[];

  it('gathers the entries that name an ACL of the template, each with its own line', () => {
    const acl = acls.find((a) => a.address === 'AWS::EC2::NetworkAcl Acl');
    expect(acl?.entries).toEqual([
      {
        address: 'AWS::EC2::NetworkAclEntry Ssh',
        location: { file: 't.yaml', line: 8 },
        ruleNumber: 100,
        protocol: 'tcp',
        action: 'allow',
        egress: undefined,
        cidrIpv4: '0.0.0.0/0',
        cidrIpv6: undefined,
        fromPort: 22,
        toPort: 22,
      },
      expect.objectContaining({
        address: 'AWS::EC2::NetworkAclEntry Out',
        protocol: '-1',
        egress: true,
        cidrIpv6: '::/0',
      }),
    ]);
  });

  it('turns an entry whose ACL lies outside the template into an ACL of its own, with Unknowns kept', () => {
    expect(acls.map((a) => a.address)).toEqual([
      'AWS::EC2::NetworkAcl Acl',
      'AWS::EC2::NetworkAclEntry Elsewhere',
    ]);
    const entry = acls[1]?.entries[0];
    expect(entry).toMatchObject({ protocol: 'udp', action: 'deny', location: { line: 26 } });
    expect(isUnknown(entry?.ruleNumber)).toBe(true);
    expect(entry?.fromPort).toMatchObject({ reason: 'expected a mapping' });
  });
});
