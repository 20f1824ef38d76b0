import type { SecurityGroup, SecurityGroupRule, Subnet, Vpc } from '../../model/aws.js';
import type { SnapshotItem } from '../../snapshot/snapshot-schema.js';
import { lineAt } from './locate.js';
import type { SnapshotItemRef } from './read-snapshot.js';
import type { SnapshotContext } from './snapshot-context.js';

type Permission = SnapshotItem<'ec2', 'securityGroups'>['IpPermissions'] extends
  | readonly (infer P)[]
  | undefined
  ? P
  : never;

const PROTOCOL_NAMES: Readonly<Record<string, string>> = {
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
};

/**
 * The rules of one IpPermissions entry: one per CIDR (IPv4 and IPv6), then one per other source (a security
 * group or a prefix list), each named by its path in the item (`IpPermissions[0].IpRanges[1]`) and located at it.
 */
const permissionRules = (
  ctx: SnapshotContext,
  ref: SnapshotItemRef<unknown>,
  groupAddress: string,
  permission: Permission,
  i: number,
): SecurityGroupRule[] => {
  const name = permission.IpProtocol.toLowerCase();
  const common = {
    protocol: PROTOCOL_NAMES[name] ?? name,
    fromPort: permission.FromPort,
    toPort: permission.ToPort,
  };
  const rule = (list: string, j: number, fields: Partial<SecurityGroupRule>): SecurityGroupRule => ({
    address: `${groupAddress} IpPermissions[${i}].${list}[${j}]`,
    location: { file: ctx.file, line: lineAt(ref.node, ['IpPermissions', i, list, j]) },
    ...common,
    ...fields,
  });
  return [
    ...(permission.IpRanges ?? []).map((r, j) => rule('IpRanges', j, { cidrIpv4: r.CidrIp })),
    ...(permission.Ipv6Ranges ?? []).map((r, j) => rule('Ipv6Ranges', j, { cidrIpv6: r.CidrIpv6 })),
    ...(permission.UserIdGroupPairs ?? []).map((_, j) => rule('UserIdGroupPairs', j, { otherSource: true })),
    ...(permission.PrefixListIds ?? []).map((_, j) => rule('PrefixListIds', j, { otherSource: true })),
  ];
};

export const adaptSecurityGroups = (ctx: SnapshotContext): SecurityGroup[] =>
  ctx.contents.items('ec2', 'securityGroups').map((ref) => {
    const { data, region } = ref;
    const address = data.SecurityGroupArn ?? ctx.arn('ec2', region, `security-group/${data.GroupId}`);
    return {
      ...ctx.base('aws.ec2.security-group', ref, address, { ingress: ['IpPermissions'] }),
      ingress: (data.IpPermissions ?? []).flatMap((p, i) => permissionRules(ctx, ref, address, p, i)),
    };
  });

export const adaptSubnets = (ctx: SnapshotContext): Subnet[] =>
  ctx.contents.items('ec2', 'subnets').map((ref) => ({
    ...ctx.base(
      'aws.ec2.subnet',
      ref,
      ref.data.SubnetArn ?? ctx.arn('ec2', ref.region, `subnet/${ref.data.SubnetId}`),
      { mapPublicIpOnLaunch: ['MapPublicIpOnLaunch'] },
    ),
    mapPublicIpOnLaunch: ref.data.MapPublicIpOnLaunch,
  }));

/** A flow log that is not active (its delivery failed or it is being deleted) captures nothing. */
const isActive = (status: string | undefined) => status === undefined || status === 'ACTIVE';

/** VPCs with the active flow logs of their region that name them (by ResourceId). */
export const adaptVpcs = (ctx: SnapshotContext): Vpc[] => {
  const logs = ctx.contents.items('ec2', 'flowLogs');
  return ctx.contents.items('ec2', 'vpcs').map((ref) => {
    const { data, region } = ref;
    const flowLogs = logs
      .filter(
        (l) => l.region === region && l.data.ResourceId === data.VpcId && isActive(l.data.FlowLogStatus),
      )
      .map((l) => ctx.arn('ec2', region, `vpc-flow-log/${l.data.FlowLogId}`));
    // Without the region's flow logs, any of them may be this VPC's: say so rather than fail.
    const unresolvedFlowLogs = ctx.contents.collected('ec2', region, 'flowLogs')
      ? []
      : [`the flow logs of ${region} (${ctx.notCollected('ec2', region, 'flowLogs').reason})`];
    return {
      ...ctx.base('aws.ec2.vpc', ref, ctx.arn('ec2', region, `vpc/${data.VpcId}`), {}),
      flowLogs,
      unresolvedFlowLogs,
    };
  });
};
