import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
} from '@aws-sdk/client-s3';
import { GLOBAL_REGION } from '@nimbus/scanner';
import type { CollectContext } from '../context.js';
import { compact, gather } from '../pages.js';
import { mapLimit } from '../pool.js';

/** The region of a bucket from GetBucketLocation: empty means us-east-1, and `EU` is the old name of eu-west-1. */
const locationRegion = (constraint: string | undefined) =>
  !constraint ? 'us-east-1' : constraint === 'EU' ? 'eu-west-1' : constraint;

/**
 * Every bucket of the account (ListBuckets is account-wide, whatever regions are collected), each with its
 * public access block, default encryption, versioning and lifecycle configuration, asked in the bucket's region.
 */
export const collectS3 = async (ctx: CollectContext): Promise<void> => {
  const home = ctx.regions[0] ?? 'us-east-1';
  const client = ctx.clients.s3(home);
  // A page size makes ListBuckets paginate: without one it returns every bucket at once, which AWS supports
  // only for accounts with the default bucket quota.
  const buckets = await ctx.recorder.list('s3', GLOBAL_REGION, 'ListBuckets', () =>
    gather(paginateListBuckets({ client, pageSize: 1000 }, {}), (p) => p.Buckets),
  );
  if (!buckets) return;
  const items = await mapLimit(buckets, ctx.perResourceConcurrency, async (bucket) => {
    const name = bucket.Name;
    if (!name) return bucket;
    const ask = <T extends object>(region: string, operation: string, fn: () => Promise<T>) =>
      ctx.recorder.companion('s3', region, operation, name, fn);
    // ListBuckets names each bucket's region; older endpoints do not, and GetBucketLocation does.
    const location = bucket.BucketRegion
      ? undefined
      : await ask(home, 'GetBucketLocation', () =>
          client.send(new GetBucketLocationCommand({ Bucket: name })),
        );
    const region = bucket.BucketRegion ?? (location ? locationRegion(location.LocationConstraint) : home);
    const regional = ctx.clients.s3(region);
    const input = { Bucket: name };
    return compact({
      ...bucket,
      GetBucketLocation: location ?? undefined,
      GetPublicAccessBlock: await ask(region, 'GetPublicAccessBlock', () =>
        regional.send(new GetPublicAccessBlockCommand(input)),
      ),
      GetBucketEncryption: await ask(region, 'GetBucketEncryption', () =>
        regional.send(new GetBucketEncryptionCommand(input)),
      ),
      GetBucketVersioning: await ask(region, 'GetBucketVersioning', () =>
        regional.send(new GetBucketVersioningCommand(input)),
      ),
      GetBucketLifecycleConfiguration: await ask(region, 'GetBucketLifecycleConfiguration', () =>
        regional.send(new GetBucketLifecycleConfigurationCommand(input)),
      ),
    });
  });
  ctx.recorder.put('s3', GLOBAL_REGION, 'buckets', items);
};
