import {
  DescribeInstanceAttributeCommand,
  type Instance,
  paginateDescribeFlowLogs,
  paginateDescribeInstances,
  paginateDescribeLaunchTemplateVersions,
  paginateDescribeNetworkAcls,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVolumes,
  paginateDescribeVpcs,
} from '@aws-sdk/client-ec2';
import type { SnapshotResourceType } from '@nimbus/scanner';
import type { CollectContext } from '../context.js';
import { compact, gather } from '../pages.js';
import { mapLimit } from '../pool.js';

/** Instances AWS still lists for a while after they are gone. */
const GONE = new Set(['terminated', 'shutting-down']);

/** Each running or stopped instance with its termination protection, which DescribeInstances does not report. */
const withTerminationProtection = (ctx: CollectContext, region: string, instances: readonly Instance[]) => {
  const client = ctx.clients.ec2(region);
  return mapLimit(instances, ctx.perResourceConcurrency, async (instance) => {
    const id = instance.InstanceId;
    if (!id || GONE.has(instance.State?.Name ?? '')) return instance;
    const attribute = await ctx.recorder.companion('ec2', region, 'DescribeInstanceAttribute', id, () =>
      client.send(
        new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute: 'disableApiTermination' }),
      ),
    );
    return compact({ ...instance, DescribeInstanceAttribute: attribute ?? undefined });
  });
};

/** EC2 and VPC resources of one region: each listing on its own, so one refused call does not stop the rest. */
export const collectEc2 = async (ctx: CollectContext, region: string): Promise<void> => {
  const client = ctx.clients.ec2(region);
  const config = { client };
  const listings: readonly [
    type: SnapshotResourceType<'ec2'>,
    operation: string,
    fetch: () => Promise<unknown[]>,
  ][] = [
    [
      'instances',
      'DescribeInstances',
      async () =>
        withTerminationProtection(
          ctx,
          region,
          await gather(paginateDescribeInstances(config, {}), (p) =>
            (p.Reservations ?? []).flatMap((r) => r.Instances ?? []),
          ),
        ),
    ],
    [
      'securityGroups',
      'DescribeSecurityGroups',
      () => gather(paginateDescribeSecurityGroups(config, {}), (p) => p.SecurityGroups),
    ],
    ['vpcs', 'DescribeVpcs', () => gather(paginateDescribeVpcs(config, {}), (p) => p.Vpcs)],
    ['subnets', 'DescribeSubnets', () => gather(paginateDescribeSubnets(config, {}), (p) => p.Subnets)],
    ['flowLogs', 'DescribeFlowLogs', () => gather(paginateDescribeFlowLogs(config, {}), (p) => p.FlowLogs)],
    [
      'networkAcls',
      'DescribeNetworkAcls',
      () => gather(paginateDescribeNetworkAcls(config, {}), (p) => p.NetworkAcls),
    ],
    ['volumes', 'DescribeVolumes', () => gather(paginateDescribeVolumes(config, {}), (p) => p.Volumes)],
    [
      'launchTemplateVersions',
      'DescribeLaunchTemplateVersions',
      // `$Default` without a template id: the default version of every launch template of the region.
      () =>
        gather(
          paginateDescribeLaunchTemplateVersions(config, { Versions: ['$Default'] }),
          (p) => p.LaunchTemplateVersions,
        ),
    ],
  ];
  for (const [type, operation, fetch] of listings) {
    const items = await ctx.recorder.list('ec2', region, operation, fetch);
    if (items) ctx.recorder.put('ec2', region, type, items);
  }
};
