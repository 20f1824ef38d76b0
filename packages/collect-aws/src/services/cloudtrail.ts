import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import type { CollectContext } from '../context.js';
import { compact } from '../pages.js';
import { mapLimit } from '../pool.js';

/**
 * Trails visible in one region, shadow trails included (a multi-region or organization trail appears in every
 * region). Status and event selectors are asked once per trail, in its home region: by the collection of that
 * region, or by the first region to see the trail when its home region is not collected.
 */
export const collectCloudTrail = async (
  ctx: CollectContext,
  region: string,
  claim: (trailArn: string) => boolean,
): Promise<void> => {
  const client = ctx.clients.cloudtrail(region);
  const output = await ctx.recorder.list('cloudtrail', region, 'DescribeTrails', () =>
    client.send(new DescribeTrailsCommand({ includeShadowTrails: true })),
  );
  if (!output) return;
  const items = await mapLimit(output.trailList ?? [], ctx.perResourceConcurrency, async (trail) => {
    const arn = trail.TrailARN;
    const home = trail.HomeRegion ?? region;
    const owner = home === region || !ctx.regions.includes(home);
    if (!arn || !owner || !claim(arn)) return trail;
    const homeClient = ctx.clients.cloudtrail(home);
    const ask = <T extends object>(operation: string, fn: () => Promise<T>) =>
      ctx.recorder.companion('cloudtrail', home, operation, arn, fn);
    return compact({
      ...trail,
      GetTrailStatus: await ask('GetTrailStatus', () =>
        homeClient.send(new GetTrailStatusCommand({ Name: arn })),
      ),
      GetEventSelectors: await ask('GetEventSelectors', () =>
        homeClient.send(new GetEventSelectorsCommand({ TrailName: arn })),
      ),
    });
  });
  ctx.recorder.put('cloudtrail', region, 'trails', items);
};
