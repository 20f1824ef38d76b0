import { describe, expect, it } from 'vitest';
import type { SecurityGroup, Vpc } from '../../model/aws.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { adaptSubnet, adaptVpc } from './adapt-aws-network.js';
import { adaptAt, adaptedOfKind, tfRef, tfResource } from './test-support.js';
import type { TfResource } from './tf-resource.js';

const groups = (all: TfResource[]): SecurityGroup[] => adaptedOfKind(all, 'aws.ec2.security-group');

describe('security groups', () => {
  it('gives one rule per inline ingress block, with protocols normalized and lines of the block', () => {
    const [group] = groups([
      tfResource(
        'aws_security_group.web',
        {
          ingress: [
            {
              protocol: 'TCP',
              from_port: 443,
              to_port: 443,
              cidr_blocks: ['0.0.0.0/0'],
              ipv6_cidr_blocks: ['::/0'],
            },
            {
              protocol: '6',
              from_port: 22,
              to_port: 22,
              security_groups: [tfRef('aws_security_group.bastion')],
            },
            { protocol: '-1', from_port: 0, to_port: 0, self: true, cidr_blocks: [] },
          ],
          egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
        },
        { attributeLines: { 'ingress.0': 5, 'ingress.0.cidr_blocks': 9, 'ingress.1': 12 } },
      ),
    ]);
    expect(group?.ingress).toEqual([
      {
        address: 'aws_security_group.web ingress[0]',
        location: { file: 'main.tf', line: 9 },
        protocol: 'tcp',
        fromPort: 443,
        toPort: 443,
        cidrIpv4: '0.0.0.0/0',
        cidrIpv6: '::/0',
        otherSource: false,
      },
      {
        address: 'aws_security_group.web ingress[1]',
        location: { file: 'main.tf', line: 12 },
        protocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidrIpv4: undefined,
        cidrIpv6: undefined,
        otherSource: true,
      },
      expect.objectContaining({
        address: 'aws_security_group.web ingress[2]',
        protocol: '-1',
        otherSource: true,
      }),
    ]);
  });

  it('splits a rule with several ranges into one rule per range, named after it', () => {
    const [group] = groups([
      tfResource(
        'aws_security_group.web',
        {
          ingress: [
            { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8', '0.0.0.0/0'] },
          ],
        },
        { attributeLines: { 'ingress.0.cidr_blocks.1': 7 } },
      ),
    ]);
    expect(group?.ingress.map((r) => [r.address, r.cidrIpv4, r.location.line])).toEqual([
      ['aws_security_group.web ingress[0].cidr_blocks[0]', '10.0.0.0/8', 1],
      ['aws_security_group.web ingress[0].cidr_blocks[1]', '0.0.0.0/0', 7],
    ]);
  });

  it('keeps unresolved ranges and blocks unknown', () => {
    const unresolved = new Unknown('var.admin_cidrs has no value');
    const [listed, dynamic] = groups([
      tfResource('aws_security_group.a', {
        ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: unresolved }],
      }),
      tfResource('aws_security_group.b', { ingress: unresolved }),
    ]);
    expect(listed?.ingress[0]?.cidrIpv4).toBe(unresolved);
    expect(dynamic?.ingress).toEqual([
      expect.objectContaining({
        address: 'aws_security_group.b ingress',
        protocol: unresolved,
        cidrIpv4: unresolved,
      }),
    ]);
  });

  it('attaches standalone ingress rules to the group they reference, and ignores egress rules', () => {
    const all = [
      tfResource('aws_security_group.web', { ingress: [] }),
      tfResource('aws_security_group_rule.ssh', {
        type: 'ingress',
        security_group_id: tfRef('aws_security_group.web'),
        protocol: 'tcp',
        from_port: 22,
        to_port: 22,
        ipv6_cidr_blocks: ['::/0'],
      }),
      tfResource('aws_security_group_rule.out', {
        type: 'egress',
        security_group_id: tfRef('aws_security_group.web'),
        protocol: '-1',
        from_port: 0,
        to_port: 0,
        cidr_blocks: ['0.0.0.0/0'],
      }),
      tfResource('aws_vpc_security_group_ingress_rule.all', {
        security_group_id: tfRef('aws_security_group.web'),
        ip_protocol: '-1',
        cidr_ipv4: '0.0.0.0/0',
      }),
      tfResource('aws_vpc_security_group_ingress_rule.peer', {
        security_group_id: tfRef('aws_security_group.web'),
        ip_protocol: 'tcp',
        from_port: 5432,
        to_port: 5432,
        referenced_security_group_id: tfRef('aws_security_group.app'),
      }),
    ];
    const adapted = groups(all);
    expect(adapted).toHaveLength(1);
    expect(
      adapted[0]?.ingress.map((r) => [r.address, r.protocol, r.cidrIpv4, r.cidrIpv6, r.otherSource]),
    ).toEqual([
      ['aws_security_group_rule.ssh', 'tcp', undefined, '::/0', false],
      ['aws_vpc_security_group_ingress_rule.all', '-1', '0.0.0.0/0', undefined, false],
      ['aws_vpc_security_group_ingress_rule.peer', 'tcp', undefined, undefined, true],
    ]);
  });

  it('checks a standalone rule whose group is not declared as a group of its own', () => {
    const adapted = groups([
      tfResource('aws_security_group_rule.ssh', {
        type: 'ingress',
        security_group_id: 'sg-0123456789abcdef0',
        protocol: 'tcp',
        from_port: 22,
        to_port: 22,
        cidr_blocks: ['0.0.0.0/0'],
      }),
    ]);
    expect(adapted).toEqual([
      expect.objectContaining({
        kind: 'aws.ec2.security-group',
        address: 'aws_security_group_rule.ssh',
        ingress: [expect.objectContaining({ address: 'aws_security_group_rule.ssh', cidrIpv4: '0.0.0.0/0' })],
      }),
    ]);
  });

  it('makes a rule of unknown type unknown rather than guess its direction', () => {
    const [group] = groups([
      tfResource('aws_security_group_rule.maybe', {
        type: new Unknown('var.direction has no value'),
        security_group_id: 'sg-1',
        protocol: 'tcp',
        from_port: 22,
        to_port: 22,
        cidr_blocks: ['0.0.0.0/0'],
      }),
    ]);
    expect(isUnknown(group?.ingress[0]?.protocol)).toBe(true);
  });

  it('links standalone rules by group id when a plan knows it, and keeps one copy of a rule listed twice', () => {
    const rule = { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] };
    const [group] = groups([
      tfResource('aws_security_group.web', {
        id: 'sg-1',
        ingress: [rule, { ...rule, from_port: 80, to_port: 80 }],
      }),
      tfResource('aws_security_group_rule.ssh', { type: 'ingress', security_group_id: 'sg-1', ...rule }),
    ]);
    expect(group?.ingress.map((r) => r.address)).toEqual([
      'aws_security_group.web ingress[1]',
      'aws_security_group_rule.ssh',
    ]);
  });
});

describe('subnets and VPCs', () => {
  it('reads map_public_ip_on_launch; default subnets assign public IPs unless set', () => {
    expect(adaptSubnet(tfResource('aws_subnet.a', {})).mapPublicIpOnLaunch).toBeUndefined();
    expect(
      adaptSubnet(tfResource('aws_subnet.b', { map_public_ip_on_launch: true })).mapPublicIpOnLaunch,
    ).toBe(true);
    expect(adaptSubnet(tfResource('aws_default_subnet.c', {})).mapPublicIpOnLaunch).toBe(true);
    expect(
      adaptSubnet(tfResource('aws_default_subnet.d', { map_public_ip_on_launch: false })).mapPublicIpOnLaunch,
    ).toBe(false);
  });

  it('finds the flow logs of a VPC by reference; unresolved targets may be its own', () => {
    const all = [
      tfResource('aws_vpc.main'),
      tfResource('aws_vpc.other'),
      tfResource('aws_default_vpc.default'),
      tfResource('aws_flow_log.main', { vpc_id: tfRef('aws_vpc.main'), traffic_type: 'ALL' }),
      tfResource('aws_flow_log.other', { vpc_id: tfRef('aws_vpc.other') }),
      tfResource('aws_flow_log.subnet', { subnet_id: tfRef('aws_subnet.a') }),
      tfResource('aws_flow_log.var', { vpc_id: new Unknown('var.vpc_id has no value') }),
    ];
    const vpc = (address: string): Vpc => adaptAt(adaptVpc, all, address);
    expect(vpc('aws_vpc.main')).toMatchObject({
      kind: 'aws.ec2.vpc',
      flowLogs: ['aws_flow_log.main'],
      unresolvedFlowLogs: ['aws_flow_log.var'],
    });
    expect(vpc('aws_default_vpc.default')).toMatchObject({
      flowLogs: [],
      unresolvedFlowLogs: ['aws_flow_log.var'],
    });
  });

  it('matches flow logs by VPC id when the ids are known, and cannot rule out a literal id otherwise', () => {
    const all = [
      tfResource('aws_vpc.known', { id: 'vpc-1' }),
      tfResource('aws_vpc.new'),
      tfResource('aws_flow_log.literal', { vpc_id: 'vpc-1' }),
      tfResource('data.aws_vpc.shared', { id: 'vpc-2' }),
      tfResource('aws_flow_log.shared', { vpc_id: tfRef('data.aws_vpc.shared') }),
    ];
    const vpc = (address: string): Vpc => adaptAt(adaptVpc, all, address);
    expect(vpc('aws_vpc.known')).toMatchObject({
      flowLogs: ['aws_flow_log.literal'],
      unresolvedFlowLogs: [],
    });
    expect(vpc('aws_vpc.new')).toMatchObject({
      flowLogs: [],
      unresolvedFlowLogs: ['aws_flow_log.literal', 'aws_flow_log.shared'],
    });
  });

  it('follows a flow log to its VPC through the vpc_id of a subnet or CIDR association, not through other types', () => {
    const all = [
      tfResource('aws_vpc.main'),
      tfResource('aws_vpc.other'),
      tfResource('aws_subnet.a', { vpc_id: tfRef('aws_vpc.main') }),
      tfResource('aws_vpc_ipv4_cidr_block_association.extra', { vpc_id: tfRef('aws_vpc.other') }),
      tfResource('aws_route_table.private', { vpc_id: tfRef('aws_vpc.main') }),
      tfResource('aws_flow_log.via_subnet', { vpc_id: tfRef('aws_subnet.a', 'vpc_id') }),
      // As terraform-aws-modules/vpc writes `local.vpc_id`: the VPC of a secondary CIDR block.
      tfResource('aws_flow_log.via_cidr', {
        vpc_id: tfRef('aws_vpc_ipv4_cidr_block_association.extra', 'vpc_id'),
      }),
      tfResource('aws_flow_log.via_route_table', { vpc_id: tfRef('aws_route_table.private', 'vpc_id') }),
    ];
    const vpc = (address: string): Vpc => adaptAt(adaptVpc, all, address);
    expect(vpc('aws_vpc.main')).toMatchObject({
      flowLogs: ['aws_flow_log.via_subnet'],
      unresolvedFlowLogs: ['aws_flow_log.via_route_table'],
    });
    expect(vpc('aws_vpc.other')).toMatchObject({
      flowLogs: ['aws_flow_log.via_cidr'],
      unresolvedFlowLogs: ['aws_flow_log.via_route_table'],
    });
  });
});
