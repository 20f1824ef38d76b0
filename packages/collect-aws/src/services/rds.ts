import { paginateDescribeDBClusters, paginateDescribeDBInstances } from '@aws-sdk/client-rds';
import type { CollectContext } from '../context.js';
import { gather } from '../pages.js';

/** RDS DB instances and clusters of one region (Aurora, and the DocumentDB and Neptune clusters RDS lists too). */
export const collectRds = async (ctx: CollectContext, region: string): Promise<void> => {
  const config = { client: ctx.clients.rds(region) };
  const instances = await ctx.recorder.list('rds', region, 'DescribeDBInstances', () =>
    gather(paginateDescribeDBInstances(config, {}), (p) => p.DBInstances),
  );
  if (instances) ctx.recorder.put('rds', region, 'dbInstances', instances);
  const clusters = await ctx.recorder.list('rds', region, 'DescribeDBClusters', () =>
    gather(paginateDescribeDBClusters(config, {}), (p) => p.DBClusters),
  );
  if (clusters) ctx.recorder.put('rds', region, 'dbClusters', clusters);
};
