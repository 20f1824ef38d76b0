import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient, DescribeConfigurationRecordersCommand } from '@aws-sdk/client-config-service';
import {
  DescribeFlowLogsCommand,
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import {
  IAMClient,
  ListGroupsCommand,
  ListPoliciesCommand,
  ListRolesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { type CollectAwsOptions, collectAws } from '../src/collect-aws.js';
import { offlineClients } from './offline-clients.js';

export const ACCOUNT = '123456789012';
export const R = 'eu-west-1';

/** Every client class mocked: `send` answers from the behaviours a test sets, never from the network. */
export const mocks = {
  sts: mockClient(STSClient),
  ec2: mockClient(EC2Client),
  s3: mockClient(S3Client),
  cloudtrail: mockClient(CloudTrailClient),
  rds: mockClient(RDSClient),
  kms: mockClient(KMSClient),
  guardduty: mockClient(GuardDutyClient),
  config: mockClient(ConfigServiceClient),
  iam: mockClient(IAMClient),
  eks: mockClient(EKSClient),
};

/** An account where every call answers, most with nothing. */
export const emptyAccount = () => {
  for (const m of Object.values(mocks)) m.reset();
  mocks.sts
    .on(GetCallerIdentityCommand)
    .resolves({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/ci` });
  mocks.ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  mocks.ec2.on(DescribeInstanceAttributeCommand).callsFake((input: { InstanceId: string }) => ({
    InstanceId: input.InstanceId,
    DisableApiTermination: { Value: input.InstanceId === 'i-2' },
  }));
  mocks.ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
  mocks.ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
  mocks.ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
  mocks.ec2.on(DescribeFlowLogsCommand).resolves({ FlowLogs: [] });
  mocks.ec2.on(DescribeVolumesCommand).resolves({ Volumes: [] });
  mocks.ec2.on(DescribeLaunchTemplateVersionsCommand).resolves({ LaunchTemplateVersions: [] });
  mocks.s3.on(ListBucketsCommand).resolves({ Buckets: [] });
  mocks.cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [] });
  mocks.rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
  mocks.rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
  mocks.kms.on(ListKeysCommand).resolves({ Keys: [] });
  mocks.ec2.on(DescribeNetworkAclsCommand).resolves({ NetworkAcls: [] });
  mocks.guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
  mocks.config.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] });
  mocks.iam.on(ListPoliciesCommand).resolves({ Policies: [] });
  mocks.iam.on(ListRolesCommand).resolves({ Roles: [] });
  mocks.iam.on(ListUsersCommand).resolves({ Users: [] });
  mocks.iam.on(ListGroupsCommand).resolves({ Groups: [] });
  mocks.eks.on(ListClustersCommand).resolves({ clusters: [] });
};

/** Collects eu-west-1 with the mocked clients, fast retries and a fixed clock. */
export const collect = (options: Partial<CollectAwsOptions> = {}) =>
  collectAws({
    regions: [R],
    clients: offlineClients(),
    retry: { attempts: 2, baseDelayMs: 1 },
    now: () => new Date('2025-03-01T10:00:00Z'),
    ...options,
  });
