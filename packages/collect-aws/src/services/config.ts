import {
  DescribeConfigurationRecorderStatusCommand,
  DescribeConfigurationRecordersCommand,
} from '@aws-sdk/client-config-service';
import type { CollectContext } from '../context.js';
import { compact } from '../pages.js';

/**
 * AWS Config recorders of one region (neither call pages: a region has few recorders), each with its entry of
 * DescribeConfigurationRecorderStatus (whether it is recording). An empty list says the region records nothing.
 */
export const collectConfig = async (ctx: CollectContext, region: string): Promise<void> => {
  const client = ctx.clients.config(region);
  const recorders = await ctx.recorder.list('config', region, 'DescribeConfigurationRecorders', () =>
    client.send(new DescribeConfigurationRecordersCommand({})),
  );
  if (!recorders) return;
  const list = recorders.ConfigurationRecorders ?? [];
  const statuses = list.length
    ? await ctx.recorder.list('config', region, 'DescribeConfigurationRecorderStatus', () =>
        client.send(new DescribeConfigurationRecorderStatusCommand({})),
      )
    : undefined;
  const byName = new Map((statuses?.ConfigurationRecordersStatus ?? []).map((s) => [s.name, s]));
  ctx.recorder.put(
    'config',
    region,
    'recorders',
    list.map((r) => compact({ ...r, DescribeConfigurationRecorderStatus: byName.get(r.name) })),
  );
};
