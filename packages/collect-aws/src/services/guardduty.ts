import { GetDetectorCommand, paginateListDetectors } from '@aws-sdk/client-guardduty';
import type { CollectContext } from '../context.js';
import { compact, gather } from '../pages.js';
import { mapLimit } from '../pool.js';

/**
 * GuardDuty detectors of one region (there is at most one per region), each with its GetDetector output. An
 * empty list is kept: it says the region has no detector at all, which the scan reports.
 */
export const collectGuardDuty = async (ctx: CollectContext, region: string): Promise<void> => {
  const client = ctx.clients.guardduty(region);
  const ids = await ctx.recorder.list('guardduty', region, 'ListDetectors', () =>
    gather(paginateListDetectors({ client }, {}), (p) => p.DetectorIds),
  );
  if (!ids) return;
  const items = await mapLimit(ids, ctx.perResourceConcurrency, async (id) => {
    const detector = await ctx.recorder.companion('guardduty', region, 'GetDetector', id, () =>
      client.send(new GetDetectorCommand({ DetectorId: id })),
    );
    return compact({ DetectorId: id, GetDetector: detector ?? undefined });
  });
  ctx.recorder.put('guardduty', region, 'detectors', items);
};
