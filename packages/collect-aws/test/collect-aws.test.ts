import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import {
  DescribeFlowLogsCommand,
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
} from '@aws-sdk/client-ec2';
import { DescribeKeyCommand, GetKeyRotationStatusCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { DescribeDBClustersCommand, DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
} from '@aws-sdk/client-s3';
import { parseInput, SNAPSHOT_FORMAT_VERSION, snapshotSchema } from '@nimbus/scanner';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CollectProgress, countItems } from '../src/collect-aws.js';
import { ACCOUNT, collect, emptyAccount, mocks, R } from './mock-account.js';
import { awsError } from './offline-clients.js';

/** The snapshot as written to disk. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

beforeEach(emptyAccount);
afterEach(() => {
  for (const m of Object.values(mocks)) m.reset();
});

describe('collectAws', () => {
  it('collects every page, records refused calls, and gives a snapshot the scanner reads', async () => {
    // EC2: two pages of instances, a refused flow-log listing.
    const tokens: (string | undefined)[] = [];
    mocks.ec2.on(DescribeInstancesCommand).callsFake((input: { NextToken?: string }) => {
      tokens.push(input.NextToken);
      return input.NextToken === 'page-2'
        ? {
            Reservations: [
              {
                Instances: [
                  {
                    InstanceId: 'i-2',
                    LaunchTime: new Date('2024-01-02T03:04:05Z'),
                    MetadataOptions: { HttpTokens: 'required' },
                  },
                ],
              },
            ],
          }
        : {
            Reservations: [
              { Instances: [{ InstanceId: 'i-1', MetadataOptions: { HttpTokens: 'optional' } }] },
            ],
            NextToken: 'page-2',
          };
    });
    mocks.ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-1' }] });
    mocks.ec2
      .on(DescribeFlowLogsCommand)
      .rejects(awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.'));
    mocks.ec2.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        {
          GroupId: 'sg-1',
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          ],
        },
      ],
    });
    // S3: one bucket with no public access block, one (in another region) with no default encryption.
    mocks.s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'open', BucketRegion: R, CreationDate: new Date('2020-01-01T00:00:00Z') },
        { Name: 'old' },
      ],
    });
    mocks.s3.on(GetBucketLocationCommand, { Bucket: 'old' }).resolves({ LocationConstraint: 'EU' });
    mocks.s3
      .on(GetPublicAccessBlockCommand, { Bucket: 'open' })
      .rejects(
        awsError(
          'NoSuchPublicAccessBlockConfiguration',
          'The public access block configuration was not found',
          404,
        ),
      );
    mocks.s3.on(GetPublicAccessBlockCommand, { Bucket: 'old' }).resolves({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    });
    mocks.s3.on(GetBucketEncryptionCommand, { Bucket: 'open' }).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
    mocks.s3
      .on(GetBucketEncryptionCommand, { Bucket: 'old' })
      .rejects(awsError('ServerSideEncryptionConfigurationNotFoundError', 'not found', 404));
    mocks.s3.on(GetBucketVersioningCommand).resolves({ $metadata: { requestId: 'r-1' } });
    mocks.s3
      .on(GetBucketLifecycleConfigurationCommand)
      .rejects(awsError('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', 404));
    // CloudTrail: the status call is throttled once, then answers.
    const trailArn = `arn:aws:cloudtrail:${R}:${ACCOUNT}:trail/main`;
    mocks.cloudtrail.on(DescribeTrailsCommand).resolves({
      trailList: [
        {
          Name: 'main',
          TrailARN: trailArn,
          HomeRegion: R,
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
        },
      ],
    });
    mocks.cloudtrail
      .on(GetTrailStatusCommand)
      .rejectsOnce(awsError('ThrottlingException', 'Rate exceeded'))
      .resolves({ IsLogging: true });
    mocks.cloudtrail.on(GetEventSelectorsCommand).resolves({ TrailARN: trailArn, EventSelectors: [] });
    // RDS: clusters refused.
    mocks.rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [{ DBInstanceIdentifier: 'db-1', StorageEncrypted: false, PubliclyAccessible: true }],
    });
    mocks.rds.on(DescribeDBClustersCommand).rejects(awsError('AccessDenied', 'User is not authorized', 403));
    // KMS: two pages of keys, one AWS-managed, one that cannot rotate automatically.
    mocks.kms
      .on(ListKeysCommand)
      .resolvesOnce({
        Keys: [{ KeyId: 'k-1', KeyArn: `arn:aws:kms:${R}:${ACCOUNT}:key/k-1` }],
        NextMarker: 'm',
        Truncated: true,
      })
      .resolvesOnce({ Keys: [{ KeyId: 'k-aws' }, { KeyId: 'k-rsa' }], Truncated: false });
    mocks.kms.on(DescribeKeyCommand, { KeyId: 'k-1' }).resolves({
      KeyMetadata: { KeyId: 'k-1', KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS' },
    });
    mocks.kms
      .on(DescribeKeyCommand, { KeyId: 'k-aws' })
      .resolves({ KeyMetadata: { KeyId: 'k-aws', KeyManager: 'AWS' } });
    mocks.kms.on(DescribeKeyCommand, { KeyId: 'k-rsa' }).resolves({
      KeyMetadata: { KeyId: 'k-rsa', KeyManager: 'CUSTOMER', KeySpec: 'RSA_2048' },
    });
    mocks.kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: false });

    const progress: CollectProgress[] = [];
    const snapshot = await collect({ onProgress: (p) => progress.push(p) });

    expect(snapshot).toMatchObject({
      nimbusSnapshot: SNAPSHOT_FORMAT_VERSION,
      provider: 'aws',
      account: { id: ACCOUNT },
      collectedAt: '2025-03-01T10:00:00.000Z',
      collector: { name: '@nimbus/collect-aws', version: '0.1.0' },
      regions: [R],
    });
    const ec2 = snapshot.services.ec2?.[R];
    expect(ec2?.instances?.map((i) => (i as { InstanceId: string }).InstanceId)).toEqual(['i-1', 'i-2']);
    expect(tokens).toEqual([undefined, 'page-2']);
    expect(ec2?.instances?.[1]).toMatchObject({
      InstanceId: 'i-2',
      DescribeInstanceAttribute: { InstanceId: 'i-2', DisableApiTermination: { Value: true } },
    });
    expect(ec2 && 'flowLogs' in ec2).toBe(false);
    expect(snapshot.services.kms?.[R]?.keys).toHaveLength(3);
    expect(mocks.kms.commandCalls(GetKeyRotationStatusCommand).map((c) => c.args[0].input.KeyId)).toEqual([
      'k-1',
    ]);

    // Not configured is an answer (null), not an error; $metadata is not stored.
    const [open, old] = (snapshot.services.s3?.global?.buckets ?? []) as Record<string, unknown>[];
    expect(open).toMatchObject({ Name: 'open', GetPublicAccessBlock: null, GetBucketVersioning: {} });
    expect(old).toMatchObject({
      Name: 'old',
      GetBucketLocation: { LocationConstraint: 'EU' },
      GetBucketEncryption: null,
      GetBucketLifecycleConfiguration: null,
    });
    expect(mocks.s3.commandCalls(GetPublicAccessBlockCommand, { Bucket: 'old' })).toHaveLength(1);
    expect(
      await mocks.s3
        .commandCalls(GetPublicAccessBlockCommand, { Bucket: 'old' })[0]
        ?.thisValue.config.region(),
    ).toBe('eu-west-1');

    // The throttled call was asked again; the refused ones are recorded, and nothing else.
    expect(mocks.cloudtrail.commandCalls(GetTrailStatusCommand)).toHaveLength(2);
    expect(snapshot.errors).toEqual([
      {
        service: 'ec2',
        region: R,
        operation: 'DescribeFlowLogs',
        code: 'UnauthorizedOperation',
        message: 'You are not authorized to perform this operation.',
      },
      {
        service: 'rds',
        region: R,
        operation: 'DescribeDBClusters',
        code: 'AccessDenied',
        message: 'User is not authorized',
      },
    ]);

    expect(progress.map((p) => [p.service, p.region, p.done, p.total])).toEqual(
      expect.arrayContaining([
        ['s3', 'global', expect.any(Number), 9],
        ['iam', 'global', expect.any(Number), 9],
        ['ec2', R, expect.any(Number), 9],
        ['kms', R, expect.any(Number), 9],
        ['guardduty', R, expect.any(Number), 9],
      ]),
    );
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(countItems(snapshot)).toEqual({
      cloudtrail: 1,
      config: 0,
      ec2: 4,
      eks: 0,
      guardduty: 0,
      iam: 0,
      kms: 3,
      rds: 1,
      s3: 2,
    });

    // On disk, the snapshot passes the published schema and the scanner adapts it.
    const json = asJson(snapshot);
    expect(snapshotSchema.safeParse(json).error?.issues).toBeUndefined();
    const parsed = parseInput('account.json', JSON.stringify(json, null, 2));
    expect(parsed.format).toBe('snapshot');
    expect(parsed.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(parsed.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^ec2 in eu-west-1 was not collected: UnauthorizedOperation on DescribeFlowLogs/),
      expect.stringMatching(/^rds in eu-west-1 was not collected: AccessDenied on DescribeDBClusters/),
      expect.stringMatching(/^eu-west-1 has no GuardDuty detector/),
      expect.stringMatching(/^eu-west-1 has no AWS Config recorder/),
    ]);
    expect(parsed.resources.map((r) => `${r.kind} ${r.address}`).sort()).toEqual([
      `aws.cloudtrail.trail ${trailArn}`,
      `aws.ec2.instance arn:aws:ec2:${R}:${ACCOUNT}:instance/i-1`,
      `aws.ec2.instance arn:aws:ec2:${R}:${ACCOUNT}:instance/i-2`,
      `aws.ec2.security-group arn:aws:ec2:${R}:${ACCOUNT}:security-group/sg-1`,
      `aws.ec2.vpc arn:aws:ec2:${R}:${ACCOUNT}:vpc/vpc-1`,
      `aws.kms.key arn:aws:kms:${R}:${ACCOUNT}:key/k-1`,
      `aws.kms.key arn:aws:kms:${R}:${ACCOUNT}:key/k-rsa`,
      `aws.rds.instance arn:aws:rds:${R}:${ACCOUNT}:db:db-1`,
      'aws.s3.bucket arn:aws:s3:::old',
      'aws.s3.bucket arn:aws:s3:::open',
    ]);
  });
});
