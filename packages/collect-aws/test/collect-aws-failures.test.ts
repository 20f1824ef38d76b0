import { DescribeInstancesCommand, DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
} from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { NimbusError } from '@nimbus/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, emptyAccount, mocks, R } from './mock-account.js';
import { awsError } from './offline-clients.js';

beforeEach(emptyAccount);
afterEach(() => {
  for (const m of Object.values(mocks)) m.reset();
});

describe('collectAws: regions, refusals and limits', () => {
  it("collects the account's enabled regions when none are given", async () => {
    mocks.ec2.on(DescribeRegionsCommand).resolves({
      Regions: [{ RegionName: 'us-east-1' }, { RegionName: 'eu-central-1' }],
    });
    const snapshot = await collect({ regions: [], homeRegion: 'us-east-1' });
    expect(snapshot.regions).toEqual(['eu-central-1', 'us-east-1']);
    expect(mocks.ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(2);
  });

  it('records a call that AWS keeps throttling after the retries, and goes on', async () => {
    mocks.rds.on(DescribeDBInstancesCommand).rejects(awsError('Throttling', 'Rate exceeded'));
    const snapshot = await collect();
    expect(mocks.rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(3);
    expect(snapshot.errors).toEqual([
      {
        service: 'rds',
        region: R,
        operation: 'DescribeDBInstances',
        code: 'Throttling',
        message: 'Rate exceeded',
      },
    ]);
    expect(snapshot.services.rds?.[R]).toEqual({ dbClusters: [] });
  });

  it('records a failed call about one resource with that resource', async () => {
    mocks.s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'private', BucketRegion: R }] });
    mocks.s3.on(GetPublicAccessBlockCommand).resolves({});
    mocks.s3.on(GetBucketEncryptionCommand).rejects(awsError('AccessDenied', 'Access Denied', 403));
    mocks.s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
    mocks.s3.on(GetBucketLifecycleConfigurationCommand).resolves({ Rules: [] });
    const snapshot = await collect();
    expect(snapshot.errors).toEqual([
      {
        service: 's3',
        region: R,
        operation: 'GetBucketEncryption',
        code: 'AccessDenied',
        message: 'Access Denied',
        resource: 'private',
      },
    ]);
    expect(mocks.s3.commandCalls(ListBucketsCommand)[0]?.args[0].input).toMatchObject({ MaxBuckets: 1000 });
    const [bucket] = (snapshot.services.s3?.global?.buckets ?? []) as Record<string, unknown>[];
    expect(bucket && 'GetBucketEncryption' in bucket).toBe(false);
  });

  it('keeps at most regionConcurrency regions in flight', async () => {
    let inFlight = 0;
    let most = 0;
    mocks.ec2.on(DescribeInstancesCommand).callsFake(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 15));
      inFlight--;
      return { Reservations: [] };
    });
    const regions = ['eu-west-1', 'eu-west-2', 'eu-west-3', 'us-east-1', 'us-east-2'];
    const snapshot = await collect({ regions, regionConcurrency: 2 });
    expect(Object.keys(snapshot.services.ec2 ?? {})).toEqual([...regions].sort());
    expect(most).toBe(2);
  });

  it('refuses region names that are not AWS regions, before any call', async () => {
    await expect(collect({ regions: ['eu-west-1', 'moon-1', 'EU'] })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'not an AWS region name: "moon-1", "EU" (expected names such as eu-west-1)',
    });
    expect(mocks.sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(0);
  });

  it('stops with UNAUTHENTICATED when AWS rejects the credentials', async () => {
    mocks.sts
      .on(GetCallerIdentityCommand)
      .rejects(
        awsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403),
      );
    const err = await collect().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NimbusError);
    expect(err).toMatchObject({
      code: 'UNAUTHENTICATED',
      message:
        'AWS rejected the credentials: InvalidClientTokenId: The security token included in the request is invalid.',
    });
    expect(mocks.ec2.calls()).toHaveLength(0);
  });

  it('says to pass --regions when the regions cannot be listed', async () => {
    mocks.ec2.on(DescribeRegionsCommand).rejects(awsError('UnauthorizedOperation', 'no'));
    await expect(collect({ regions: undefined, homeRegion: 'eu-west-1' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(
        /cannot list the enabled regions .*UnauthorizedOperation.*: pass --regions$/,
      ),
    });
  });
});
