import { NimbusError } from '@nimbus/core';
import {
  AWS_REGION_PATTERN,
  GLOBAL_REGION,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotEnvelope,
  type SnapshotService,
} from '@nimbus/scanner';
import { callerAccount, enabledRegions } from './account.js';
import { type AwsClients, createClients } from './clients.js';
import type { CollectContext } from './context.js';
import { resolveCredentials } from './credentials.js';
import { mapLimit } from './pool.js';
import { SnapshotRecorder, type SnapshotServices } from './recorder.js';
import { DEFAULT_RETRY, type RetryOptions, withThrottleRetry } from './retry.js';
import { collectCloudTrail } from './services/cloudtrail.js';
import { collectConfig } from './services/config.js';
import { collectEc2 } from './services/ec2.js';
import { collectEks } from './services/eks.js';
import { collectGuardDuty } from './services/guardduty.js';
import { collectIam } from './services/iam.js';
import { collectKms } from './services/kms.js';
import { collectRds } from './services/rds.js';
import { collectS3 } from './services/s3.js';

export const COLLECTOR_NAME = '@nimbus/collect-aws';
export const COLLECTOR_VERSION = '0.1.0';

export interface CollectProgress {
  /** The service just collected (`ec2`, `s3`, ...) and its region (GLOBAL_REGION for S3 and IAM). */
  readonly service: string;
  readonly region: string;
  /** Service-region pairs done so far, and in all. */
  readonly done: number;
  readonly total: number;
}

export interface CollectAwsOptions {
  /** Regions to collect; the account's enabled regions (EC2 DescribeRegions) when absent or empty. */
  readonly regions?: readonly string[];
  /** A profile of the shared config and credentials files; the standard credential chain when absent. */
  readonly profile?: string;
  /** Clients to use instead of the SDK's, credentials and all (tests). */
  readonly clients?: AwsClients;
  readonly onProgress?: (progress: CollectProgress) => void;
  /** Regions collected at once (default 4). */
  readonly regionConcurrency?: number;
  /** Calls about single resources (buckets, keys, trails) made at once per region (default 8). */
  readonly perResourceConcurrency?: number;
  /** Waiting and asking again when AWS keeps throttling after the SDK's own retries. */
  readonly retry?: RetryOptions;
  /** Region for account-wide calls when `regions` is not given (default: AWS_REGION, else us-east-1). */
  readonly homeRegion?: string;
  readonly now?: () => Date;
}

/**
 * A snapshot as the collector makes it: the scanner's envelope (see docs/reference/snapshot-format.md) around the
 * raw items collected.
 */
export type CollectedSnapshot = Readonly<Omit<SnapshotEnvelope, 'services'>> & {
  readonly services: SnapshotServices;
};

type RegionalCollector = (
  ctx: CollectContext,
  region: string,
  claim: (arn: string) => boolean,
) => Promise<void>;

const REGIONAL: readonly (readonly [SnapshotService, RegionalCollector])[] = [
  ['ec2', collectEc2],
  ['cloudtrail', collectCloudTrail],
  ['rds', collectRds],
  ['kms', collectKms],
  ['guardduty', collectGuardDuty],
  ['config', collectConfig],
  ['eks', collectEks],
];

/** The account-wide services collected once: S3 and IAM. */
const GLOBAL_UNITS = 2;

const retrying = (clients: AwsClients, retry: RetryOptions): AwsClients => ({
  ec2: (r) => withThrottleRetry(clients.ec2(r), retry),
  s3: (r) => withThrottleRetry(clients.s3(r), retry),
  cloudtrail: (r) => withThrottleRetry(clients.cloudtrail(r), retry),
  rds: (r) => withThrottleRetry(clients.rds(r), retry),
  kms: (r) => withThrottleRetry(clients.kms(r), retry),
  sts: (r) => withThrottleRetry(clients.sts(r), retry),
  guardduty: (r) => withThrottleRetry(clients.guardduty(r), retry),
  config: (r) => withThrottleRetry(clients.config(r), retry),
  iam: (r) => withThrottleRetry(clients.iam(r), retry),
  eks: (r) => withThrottleRetry(clients.eks(r), retry),
});

const checkRegions = (regions: readonly string[]) => {
  const bad = regions.filter((r) => !AWS_REGION_PATTERN.test(r));
  if (bad.length)
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `not an AWS region name: ${bad.map((r) => JSON.stringify(r)).join(', ')} (expected names such as eu-west-1)`,
      { regions: bad },
    );
};

/**
 * Collects a snapshot of an AWS account with read-only Describe, List and Get calls. A call that fails (access
 * denied, region disabled, persistent throttling) is recorded in the snapshot's `errors` and the collection goes
 * on; only missing or rejected credentials, or an account that cannot be identified, stop it.
 */
export const collectAws = async (options: CollectAwsOptions = {}): Promise<CollectedSnapshot> => {
  const given = [...new Set(options.regions ?? [])];
  checkRegions(given);
  const owned = options.clients ? undefined : createClients(await resolveCredentials(options.profile));
  try {
    const clients = retrying(options.clients ?? (owned as AwsClients), options.retry ?? DEFAULT_RETRY);
    const home =
      given[0] ??
      options.homeRegion ??
      process.env.AWS_REGION ??
      process.env.AWS_DEFAULT_REGION ??
      'us-east-1';
    const account = await callerAccount(clients, home);
    const regions = given.length ? given : await enabledRegions(clients, home);
    const recorder = new SnapshotRecorder();
    const ctx: CollectContext = {
      clients,
      recorder,
      regions,
      perResourceConcurrency: options.perResourceConcurrency ?? 8,
    };
    const total = GLOBAL_UNITS + regions.length * REGIONAL.length;
    let done = 0;
    const finished = (service: SnapshotService, region: string) =>
      options.onProgress?.({ service, region, done: ++done, total });
    // A bug or an unexpected answer in one service must not lose the hours spent on the others.
    const guarded = async (service: SnapshotService, region: string, run: () => Promise<void>) => {
      try {
        await run();
      } catch (err) {
        recorder.fail(service, region, 'collect', err);
      }
      finished(service, region);
    };
    const claimed = new Set<string>();
    const claim = (arn: string) => !claimed.has(arn) && Boolean(claimed.add(arn));
    const units: (() => Promise<void>)[] = [
      () => guarded('s3', GLOBAL_REGION, () => collectS3(ctx)),
      () => guarded('iam', GLOBAL_REGION, () => collectIam(ctx)),
      ...regions.map((region) => async () => {
        for (const [service, collect] of REGIONAL)
          await guarded(service, region, () => collect(ctx, region, claim));
      }),
    ];
    await mapLimit(units, options.regionConcurrency ?? 4, (unit) => unit());
    return {
      nimbusSnapshot: SNAPSHOT_FORMAT_VERSION,
      provider: 'aws',
      account: { id: account },
      collectedAt: (options.now?.() ?? new Date()).toISOString(),
      collector: { name: COLLECTOR_NAME, version: COLLECTOR_VERSION },
      regions,
      services: recorder.services(),
      errors: recorder.errors(),
    };
  } finally {
    owned?.destroy();
  }
};

type RegionItems = Readonly<Record<string, Readonly<Record<string, readonly unknown[] | undefined>>>>;

const itemCount = (regions: RegionItems = {}): number =>
  Object.values(regions)
    .flatMap((types) => Object.values(types))
    .reduce((n, items) => n + (items?.length ?? 0), 0);

/** Raw items per service (every region and type), for a summary. */
export const countItems = (snapshot: Pick<CollectedSnapshot, 'services'>): Record<string, number> =>
  Object.fromEntries(
    Object.entries(snapshot.services).map(([service, regions]) => [service, itemCount(regions)]),
  );
