import type { SecurityGroup, SecurityGroupRule, Subnet, Vpc } from '../../model/aws.js';
import { protocolName } from '../../model/aws-protocol.js';
import type { SnapshotItem } from '../../snapshot/snapshot-schema.js';
import { linesAt } from '../json/json-lines.js';
import { mapItems } from './read-snapshot.js';
import { RegionIndex } from './region-index.js';
import type { SnapshotContext } from './snapshot-context.js';
import type { LineLocator } from './snapshot-source.js';

type Permission = SnapshotItem<'ec2', 'securityGroups'>['IpPermissions'] extends
  | readonly (infer P)[]
  | undefined
  ? P
  : never;

/** Where one rule of a group comes from: its permission, the source list in it and its place there. */
interface RuleSource {
  readonly permission: Permission;
  readonly i: number;
  readonly list: 'IpRanges' | 'Ipv6Ranges' | 'UserIdGroupPairs' | 'PrefixListIds';
  readonly j: number;
  readonly fields: Partial<SecurityGroupRule>;
}

/**
 * The sources of one IpPermissions entry: one per CIDR (IPv4 and IPv6), then one per other source (a security
 * group or a prefix list).
 */
const permissionSources = (permission: Permission, i: number): RuleSource[] => {
  const sources = <T>(
    list: RuleSource['list'],
    entries: readonly T[] | undefined,
    fields: (entry: T) => Partial<SecurityGroupRule>,
  ): RuleSource[] => (entries ?? []).map((entry, j) => ({ permission, i, list, j, fields: fields(entry) }));
  return [
    ...sources('IpRanges', permission.IpRanges, (r) => ({ cidrIpv4: r.CidrIp })),
    ...sources('Ipv6Ranges', permission.Ipv6Ranges, (r) => ({ cidrIpv6: r.CidrIpv6 })),
    ...sources('UserIdGroupPairs', permission.UserIdGroupPairs, () => ({ otherSource: true })),
    ...sources('PrefixListIds', permission.PrefixListIds, () => ({ otherSource: true })),
  ];
};

/**
 * The rules of a group, one per source of each permission, each named by its path in the item
 * (`IpPermissions[0].IpRanges[1]`) and located at it (all found in one reading of the item: a group may hold a
 * thousand rules).
 */
const groupRules = (
  ctx: SnapshotContext,
  lines: LineLocator,
  groupAddress: string,
  permissions: readonly Permission[],
): SecurityGroupRule[] => {
  const sources = permissions.flatMap(permissionSources);
  const at = linesAt(lines, sources.length, (k) => {
    const { i, list, j } = sources[k] as RuleSource;
    return ['IpPermissions', i, list, j];
  });
  return sources.map(({ permission, i, list, j, fields }, k) => ({
    address: [groupAddress, ' IpPermissions[', i, '].', list, '[', j, ']'].join(''),
    location: { file: ctx.file, line: at[k] as number },
    protocol: protocolName(permission.IpProtocol),
    fromPort: permission.FromPort,
    toPort: permission.ToPort,
    ...fields,
  }));
};

/** A group's line plan: one object for every group. */
const INGRESS_LINES = { ingress: ['IpPermissions'] };

export const adaptSecurityGroups = (ctx: SnapshotContext): SecurityGroup[] =>
  mapItems(ctx.contents, 'ec2', 'securityGroups', (ref) => {
    const { data, lines } = ref;
    const address = data.SecurityGroupArn ?? ctx.arn('ec2', ref.region, `security-group/${data.GroupId}`);
    return ctx.resource('aws.ec2.security-group', lines, address, INGRESS_LINES, {
      ingress: groupRules(ctx, lines, address, data.IpPermissions ?? []),
    });
  });

/** Subnets, and the same by region and id: instances and launch templates are placed in them. */
export const adaptSubnets = (ctx: SnapshotContext): { subnets: Subnet[]; byId: RegionIndex<Subnet> } => {
  const subnets: Subnet[] = [];
  const byId = new RegionIndex<Subnet>();
  ctx.contents.each('ec2', 'subnets', (ref) => {
    const { data, lines } = ref;
    const subnet = ctx.resource(
      'aws.ec2.subnet',
      lines,
      data.SubnetArn ?? ctx.arn('ec2', ref.region, `subnet/${data.SubnetId}`),
      { mapPublicIpOnLaunch: ['MapPublicIpOnLaunch'] },
      { mapPublicIpOnLaunch: data.MapPublicIpOnLaunch },
    );
    subnets.push(subnet);
    byId.set(ref.region, data.SubnetId, subnet);
  });
  return { subnets, byId };
};

/** A flow log that is not active (its delivery failed or it is being deleted) captures nothing. */
const isActive = (status: string | undefined) => status === undefined || status === 'ACTIVE';

/** VPCs with the active flow logs of their region that name them (by ResourceId). */
export const adaptVpcs = (ctx: SnapshotContext): Vpc[] => {
  // Active flow logs by region and resource, in document order: one pass, whatever the number of VPCs.
  const logs = new Map<string, string[]>();
  ctx.contents.each('ec2', 'flowLogs', (ref) => {
    const { data } = ref;
    if (data.ResourceId === undefined || !isActive(data.FlowLogStatus)) return;
    const key = `${ref.region}/${data.ResourceId}`;
    const arn = ctx.arn('ec2', ref.region, `vpc-flow-log/${data.FlowLogId}`);
    const list = logs.get(key);
    if (list) list.push(arn);
    else logs.set(key, [arn]);
  });
  return mapItems(ctx.contents, 'ec2', 'vpcs', (ref) => {
    const { data, lines } = ref;
    const { region } = ref;
    const flowLogs = logs.get(`${region}/${data.VpcId}`) ?? [];
    // Without the region's flow logs, any of them may be this VPC's: say so rather than fail.
    const unresolvedFlowLogs = ctx.contents.collected('ec2', region, 'flowLogs')
      ? []
      : [`the flow logs of ${region} (${ctx.notCollected('ec2', region, 'flowLogs').reason})`];
    return ctx.resource(
      'aws.ec2.vpc',
      lines,
      ctx.arn('ec2', region, `vpc/${data.VpcId}`),
      {},
      {
        flowLogs,
        unresolvedFlowLogs,
      },
    );
  });
};
