import { DescribeClusterCommand, paginateListClusters } from '@aws-sdk/client-eks';
import type { CollectContext } from '../context.js';
import { gather } from '../pages.js';
import { mapLimit } from '../pool.js';

/**
 * EKS clusters of one region: the `cluster` of DescribeCluster for each name ListClusters gives. A cluster that
 * cannot be described is left out and its failure recorded (the scan warns about it).
 */
export const collectEks = async (ctx: CollectContext, region: string): Promise<void> => {
  const client = ctx.clients.eks(region);
  const names = await ctx.recorder.list('eks', region, 'ListClusters', () =>
    gather(paginateListClusters({ client }, {}), (p) => p.clusters),
  );
  if (!names) return;
  const described = await mapLimit(names, ctx.perResourceConcurrency, (name) =>
    ctx.recorder.companion('eks', region, 'DescribeCluster', name, () =>
      client.send(new DescribeClusterCommand({ name })),
    ),
  );
  ctx.recorder.put(
    'eks',
    region,
    'clusters',
    described.flatMap((d) => (d?.cluster ? [d.cluster] : [])),
  );
};
