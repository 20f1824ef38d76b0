import type { SecurityGroup, SecurityGroupRule, Subnet, Vpc } from '../../model/aws.js';
import { protocolAttr } from '../../model/aws-protocol.js';
import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import { partLine, type TfContext } from './adapt-aws-context.js';
import { addressesOf, resourceBase, splitCompanions } from './adapt-base.js';
import type { TfObject, TfResource } from './tf-resource.js';
import { blocks, bool, get, isSet, list, num, str, strList, type TfSource } from './tf-values.js';

// Security groups with their inline and standalone ingress rules, subnets, and VPCs with their flow logs.
// Rules are named as Terraform names them (`aws_security_group.web ingress[0]`,
// `aws_security_group_rule.ssh`), like the CloudFormation adapter names its rules.

export const SECURITY_GROUP_TYPES = ['aws_security_group', 'aws_default_security_group'] as const;
export const STANDALONE_RULE_TYPES = [
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
] as const;

const protocolOf = (value: Attr<string> | undefined): Attr<string> =>
  protocolAttr(value) ?? unknown('the rule sets no protocol');

/** A rule before it is split per address range. */
interface RuleSpec {
  /** The rule's name: `aws_security_group.web ingress[0]`, `aws_security_group_rule.ssh`. */
  readonly name: string;
  readonly resource: TfResource;
  /** Path of the rule in the resource (`ingress.0`), '' for a standalone rule. */
  readonly path: string;
  readonly protocol: Attr<string>;
  readonly fromPort?: Attr<number>;
  readonly toPort?: Attr<number>;
  readonly v4: { readonly key: string; readonly cidrs: readonly Attr<string>[] | Unknown };
  readonly v6: { readonly key: string; readonly cidrs: readonly Attr<string>[] | Unknown };
  readonly otherSource: boolean;
}

const cidrs = (source: TfSource, key: string): readonly Attr<string>[] | Unknown =>
  strList(source, key) ?? [];

const single = (source: TfSource, key: string): readonly Attr<string>[] | Unknown => {
  const value = str(source, key);
  return value === undefined ? [] : [value];
};

/** Some value is set and not an empty list: the rule names another group, a prefix list or itself. */
const namesOther = (source: TfSource, keys: readonly string[]): boolean =>
  keys.some((k) => {
    if (!isSet(source, k)) return false;
    if (k === 'self') return bool(source, k) !== false;
    const items = list(source, k);
    return items === undefined || isUnknown(items) || items.length > 0;
  });

/**
 * The model rules of one spec: a single rule when it names at most one IPv4 and one IPv6 range (as
 * CloudFormation rules do), otherwise one rule per range, named after it (`ingress[0].cidr_blocks[1]`).
 */
const expand = (spec: RuleSpec): SecurityGroupRule[] => {
  const file = spec.resource.location.file;
  const at = (...paths: string[]) =>
    partLine(spec.resource, ...paths.map((p) => (spec.path ? `${spec.path}.${p}` : p)), spec.path);
  const common = {
    protocol: spec.protocol,
    fromPort: spec.fromPort,
    toPort: spec.toPort,
    otherSource: spec.otherSource,
  };
  const v4 = isUnknown(spec.v4.cidrs) ? [spec.v4.cidrs] : spec.v4.cidrs;
  const v6 = isUnknown(spec.v6.cidrs) ? [spec.v6.cidrs] : spec.v6.cidrs;
  if (v4.length <= 1 && v6.length <= 1)
    return [
      {
        address: spec.name,
        location: { file, line: at(v4.length ? spec.v4.key : spec.v6.key) },
        ...common,
        cidrIpv4: v4[0],
        cidrIpv6: v6[0],
      },
    ];
  const sep = spec.path ? '.' : ' ';
  return [
    ...v4.map((cidr, i) => ({
      address: `${spec.name}${sep}${spec.v4.key}[${i}]`,
      location: { file, line: at(`${spec.v4.key}.${i}`, spec.v4.key) },
      ...common,
      cidrIpv4: cidr,
    })),
    ...v6.map((cidr, i) => ({
      address: `${spec.name}${sep}${spec.v6.key}[${i}]`,
      location: { file, line: at(`${spec.v6.key}.${i}`, spec.v6.key) },
      ...common,
      cidrIpv6: cidr,
    })),
  ];
};

/** `ingress { }` blocks of a security group (and the same shape in aws_security_group_rule). */
const classicSpec = (r: TfResource, b: TfObject | Unknown, name: string, path: string): RuleSpec => {
  if (isUnknown(b))
    return {
      name,
      resource: r,
      path,
      protocol: b,
      v4: { key: 'cidr_blocks', cidrs: b },
      v6: { key: 'ipv6_cidr_blocks', cidrs: b },
      otherSource: false,
    };
  return {
    name,
    resource: r,
    path,
    protocol: protocolOf(str(b, 'protocol')),
    fromPort: num(b, 'from_port'),
    toPort: num(b, 'to_port'),
    v4: { key: 'cidr_blocks', cidrs: cidrs(b, 'cidr_blocks') },
    v6: { key: 'ipv6_cidr_blocks', cidrs: cidrs(b, 'ipv6_cidr_blocks') },
    otherSource: namesOther(b, ['security_groups', 'source_security_group_id', 'prefix_list_ids', 'self']),
  };
};

/** A standalone rule resource, or undefined for an egress rule. */
const standaloneSpec = (r: TfResource): RuleSpec | undefined => {
  const v = r.values;
  if (r.type === 'aws_vpc_security_group_ingress_rule')
    return {
      name: r.address,
      resource: r,
      path: '',
      protocol: protocolOf(str(v, 'ip_protocol')),
      fromPort: num(v, 'from_port'),
      toPort: num(v, 'to_port'),
      v4: { key: 'cidr_ipv4', cidrs: single(v, 'cidr_ipv4') },
      v6: { key: 'cidr_ipv6', cidrs: single(v, 'cidr_ipv6') },
      otherSource: namesOther(v, ['referenced_security_group_id', 'prefix_list_id']),
    };
  const type = str(v, 'type');
  if (type !== undefined && !isUnknown(type) && type !== 'ingress') return undefined;
  const spec = classicSpec(r, v, r.address, '');
  return isUnknown(type) || type === undefined
    ? { ...spec, protocol: isUnknown(type) ? type : unknown('the rule sets no type (ingress or egress)') }
    : spec;
};

const ruleKey = (rule: SecurityGroupRule): string | undefined => {
  const parts = [rule.protocol, rule.fromPort, rule.toPort, rule.cidrIpv4, rule.cidrIpv6];
  return parts.some(isUnknown) ? undefined : JSON.stringify(parts);
};

/** Standalone ingress rules by the address of the group they attach to; rules of no declared group apart. */
export const standaloneRules = (ctx: TfContext) => {
  const byGroup = new Map<string, SecurityGroupRule[]>();
  const orphans: { resource: TfResource; rules: SecurityGroupRule[] }[] = [];
  for (const r of ctx.ofType(...STANDALONE_RULE_TYPES)) {
    const spec = standaloneSpec(r);
    if (!spec) continue;
    const rules = expand(spec);
    const group = ctx.target(get(r.values, 'security_group_id'), SECURITY_GROUP_TYPES);
    if (group !== undefined && !isUnknown(group) && group.mode === 'managed') {
      const list = byGroup.get(group.address) ?? [];
      list.push(...rules);
      byGroup.set(group.address, list);
    } else orphans.push({ resource: r, rules });
  }
  return { byGroup, orphans };
};

export const adaptSecurityGroup = (r: TfResource, attached: readonly SecurityGroupRule[]): SecurityGroup => {
  const ingress: SecurityGroupRule[] = [];
  const inline = blocks(r.values, 'ingress');
  if (isUnknown(inline)) ingress.push(...expand(classicSpec(r, inline, `${r.address} ingress`, 'ingress')));
  else
    inline.forEach((b, i) => {
      ingress.push(...expand(classicSpec(r, b, `${r.address} ingress[${i}]`, `ingress.${i}`)));
    });
  // A plan lists the rules of standalone resources among the group's own rules too: keep one of each.
  const standalone = new Set(attached.map(ruleKey).filter((k) => k !== undefined));
  return {
    ...resourceBase('aws', r, 'aws.ec2.security-group'),
    ingress: [...ingress.filter((rule) => !standalone.has(ruleKey(rule) ?? '')), ...attached],
  };
};

/** A standalone rule whose group is not declared (a variable, a data source, a literal id): checked alone. */
export const adaptOrphanRule = (r: TfResource, rules: readonly SecurityGroupRule[]): SecurityGroup => ({
  ...resourceBase('aws', r, 'aws.ec2.security-group'),
  ingress: rules,
});

export const adaptSubnet = (r: TfResource): Subnet => {
  const own = bool(r.values, 'map_public_ip_on_launch');
  return {
    ...resourceBase('aws', r, 'aws.ec2.subnet', { map_public_ip_on_launch: 'mapPublicIpOnLaunch' }),
    // Default subnets assign public IPs unless changed; Terraform adopts them as they are.
    mapPublicIpOnLaunch: own === undefined && r.type === 'aws_default_subnet' ? true : own,
  };
};

const VPC_TYPES = ['aws_vpc', 'aws_default_vpc'] as const;

/** A VPC with the flow logs (`aws_flow_log.vpc_id`) that target it, by reference or by a known id. */
export const adaptVpc = (r: TfResource, ctx: TfContext): Vpc => {
  const logs = splitCompanions(ctx, r, { type: 'aws_flow_log', key: 'vpc_id', targetTypes: VPC_TYPES });
  return {
    ...resourceBase('aws', r, 'aws.ec2.vpc'),
    flowLogs: addressesOf(logs.sure),
    unresolvedFlowLogs: addressesOf(logs.maybe),
  };
};
