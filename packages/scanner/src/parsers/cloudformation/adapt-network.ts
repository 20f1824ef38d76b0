import type { SecurityGroup, SecurityGroupRule, Subnet, Vpc } from '../../model/aws.js';
import { protocolAttr } from '../../model/aws-protocol.js';
import { isUnknown, type Unknown, unknown } from '../../model/value.js';
import type { TreeMap, TreeNode } from '../yaml/tree.js';
import { type AdaptContext, begin } from './adapt-context.js';
import { cfnAddress, PropertyReader } from './fields.js';
import type { CfnResource } from './template.js';

/** One ingress rule, from an inline SecurityGroupIngress entry or a standalone resource's properties. */
const ingressRule = (
  r: PropertyReader,
  rule: TreeMap | Unknown,
  address: string,
  file: string,
  line: number,
): SecurityGroupRule => {
  const location = { file, line };
  // An unresolved rule may admit anything from anywhere: its addresses are as unknown as its protocol (a rule
  // without addresses would read as closed to the internet).
  if (isUnknown(rule))
    return {
      address,
      location,
      protocol: rule,
      fromPort: rule,
      toPort: rule,
      cidrIpv4: rule,
      cidrIpv6: rule,
    };
  return {
    address,
    location,
    protocol: protocolAttr(r.str(r.at(rule, 'IpProtocol'))) ?? unknown('IpProtocol is not set'),
    fromPort: r.num(r.at(rule, 'FromPort')),
    toPort: r.num(r.at(rule, 'ToPort')),
    cidrIpv4: r.str(r.at(rule, 'CidrIp')),
    cidrIpv6: r.str(r.at(rule, 'CidrIpv6')),
    otherSource: ['SourceSecurityGroupId', 'SourceSecurityGroupName', 'SourcePrefixListId'].some(
      (k) => r.at(rule, k) !== undefined,
    ),
  };
};

/** True when a standalone ingress resource belongs to the group (by GroupId or GroupName reference). */
const targetsGroup = (
  r: PropertyReader,
  props: TreeMap | undefined,
  group: CfnResource,
): boolean | Unknown => {
  const node: TreeNode | undefined = r.at(props, 'GroupId') ?? r.at(props, 'GroupName');
  const target = r.resourceRef(node);
  if (!target) return false;
  return isUnknown(target) ? target : target.logicalId === group.logicalId;
};

const standaloneIngress = (resolver: AdaptContext['resolver']) =>
  resolver.resourcesOfType('AWS::EC2::SecurityGroupIngress').map((res) => {
    const r = new PropertyReader(resolver);
    const props = r.map(res.properties);
    return { res, r, props: props && !isUnknown(props) ? props : undefined };
  });

export const adaptSecurityGroup = (resource: CfnResource, ctx: AdaptContext): SecurityGroup => {
  const { reader, props, base } = begin(resource, ctx, 'aws.ec2.security-group');
  const ingress: SecurityGroupRule[] = [];
  const listNode = reader.at(props, 'SecurityGroupIngress');
  const list = reader.list(listNode);
  if (isUnknown(list))
    ingress.push(
      ingressRule(reader, list, `${base.address} ingress`, ctx.file, listNode?.line ?? resource.line),
    );
  else
    (list ?? []).forEach((item, i) => {
      const rule = reader.map(item) ?? unknown('empty rule');
      ingress.push(ingressRule(reader, rule, `${base.address} ingress[${i}]`, ctx.file, item.line));
    });
  for (const { res, r, props: p } of standaloneIngress(ctx.resolver)) {
    if (targetsGroup(r, p, resource) === true)
      ingress.push(ingressRule(r, p ?? unknown('no properties'), cfnAddress(res), ctx.file, res.line));
  }
  return { ...base, ingress };
};

/**
 * Standalone ingress rules whose group is not declared in the template (a parameter, an import, a literal id)
 * become a security group of their own, so their rules are still checked.
 */
export const adaptOrphanIngress = (resource: CfnResource, ctx: AdaptContext): SecurityGroup | undefined => {
  const { reader, props, base } = begin(resource, ctx, 'aws.ec2.security-group');
  const target = reader.resourceRef(reader.at(props, 'GroupId') ?? reader.at(props, 'GroupName'));
  if (target && !isUnknown(target) && target.type === 'AWS::EC2::SecurityGroup') return undefined;
  return {
    ...base,
    ingress: [ingressRule(reader, props ?? unknown('no properties'), base.address, ctx.file, resource.line)],
  };
};

export const adaptSubnet = (resource: CfnResource, ctx: AdaptContext): Subnet => {
  const { reader, props, base } = begin(resource, ctx, 'aws.ec2.subnet');
  return {
    ...base,
    mapPublicIpOnLaunch: reader.bool(reader.at(props, 'MapPublicIpOnLaunch', 'mapPublicIpOnLaunch')),
  };
};

export const adaptVpc = (resource: CfnResource, ctx: AdaptContext): Vpc => {
  const { base } = begin(resource, ctx, 'aws.ec2.vpc');
  const flowLogs: string[] = [];
  const unresolvedFlowLogs: string[] = [];
  for (const log of ctx.resolver.resourcesOfType('AWS::EC2::FlowLog')) {
    const r = new PropertyReader(ctx.resolver);
    const props = r.map(log.properties);
    if (!props || isUnknown(props)) {
      unresolvedFlowLogs.push(cfnAddress(log));
      continue;
    }
    const type = r.str(r.at(props, 'ResourceType'));
    if (type !== undefined && !isUnknown(type) && type !== 'VPC') continue;
    const target = r.resourceRef(r.at(props, 'ResourceId'));
    if (isUnknown(target) || isUnknown(type)) unresolvedFlowLogs.push(cfnAddress(log));
    else if (target?.logicalId === resource.logicalId) flowLogs.push(cfnAddress(log));
  }
  return { ...base, flowLogs, unresolvedFlowLogs };
};
