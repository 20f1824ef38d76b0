import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  type KeyMetadata,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import type { CollectContext } from '../context.js';
import { compact, gather } from '../pages.js';
import { mapLimit } from '../pool.js';

/** Keys whose rotation status AWS can report: customer-managed symmetric keys with key material from KMS. */
const rotatable = (meta: KeyMetadata) =>
  (meta.KeySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT' && (meta.Origin ?? 'AWS_KMS') === 'AWS_KMS';

/**
 * KMS keys of one region, each with DescribeKey and, for customer-managed keys that can rotate, their rotation
 * status. A key that cannot rotate automatically gets `null` (nothing to report); AWS-managed keys and keys
 * pending deletion get no rotation call at all.
 */
export const collectKms = async (ctx: CollectContext, region: string): Promise<void> => {
  const client = ctx.clients.kms(region);
  const keys = await ctx.recorder.list('kms', region, 'ListKeys', () =>
    gather(paginateListKeys({ client }, {}), (p) => p.Keys),
  );
  if (!keys) return;
  const items = await mapLimit(keys, ctx.perResourceConcurrency, async (key) => {
    const id = key.KeyId;
    if (!id) return key;
    const described = await ctx.recorder.companion('kms', region, 'DescribeKey', id, () =>
      client.send(new DescribeKeyCommand({ KeyId: id })),
    );
    const meta = described?.KeyMetadata;
    if (meta?.KeyManager !== 'CUSTOMER' || meta.KeyState === 'PendingDeletion')
      return compact({ ...key, DescribeKey: described });
    const rotation = rotatable(meta)
      ? await ctx.recorder.companion(
          'kms',
          region,
          'GetKeyRotationStatus',
          id,
          () => client.send(new GetKeyRotationStatusCommand({ KeyId: id })),
          ['UnsupportedOperationException'],
        )
      : null;
    return compact({ ...key, DescribeKey: described, GetKeyRotationStatus: rotation });
  });
  ctx.recorder.put('kms', region, 'keys', items);
};
