import {
  DescribeConfigurationRecorderStatusCommand,
  DescribeConfigurationRecordersCommand,
} from '@aws-sdk/client-config-service';
import { DescribeNetworkAclsCommand } from '@aws-sdk/client-ec2';
import { DescribeClusterCommand, ListClustersCommand } from '@aws-sdk/client-eks';
import { GetDetectorCommand, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import {
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  ListPoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { parseInput, snapshotSchema } from '@nimbus/scanner';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PRINCIPALS } from '../src/services/iam.js';
import { ACCOUNT, collect, emptyAccount, mocks, R } from './mock-account.js';
import { awsError } from './offline-clients.js';

beforeEach(emptyAccount);
afterEach(() => {
  for (const m of Object.values(mocks)) m.reset();
});

const ADMIN = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});
const READ = JSON.stringify({
  Version: '2012-10-17',
  Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::logs/*' },
});
const roleArn = `arn:aws:iam::${ACCOUNT}:role/deployer`;
const userArn = `arn:aws:iam::${ACCOUNT}:user/alice`;
const policyArn = `arn:aws:iam::${ACCOUNT}:policy/everything`;

const governanceAccount = () => {
  mocks.guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['d-1'] });
  mocks.guardduty
    .on(GetDetectorCommand)
    .resolves({ Status: 'DISABLED', ServiceRole: 'role', CreatedAt: '2024-01-01' });
  mocks.config.on(DescribeConfigurationRecordersCommand).resolves({
    ConfigurationRecorders: [
      { name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: false } },
    ],
  });
  mocks.config.on(DescribeConfigurationRecorderStatusCommand).resolves({
    ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Success' }],
  });
  mocks.eks.on(ListClustersCommand).resolves({ clusters: ['prod'] });
  mocks.eks.on(DescribeClusterCommand).resolves({
    cluster: {
      name: 'prod',
      arn: `arn:aws:eks:${R}:${ACCOUNT}:cluster/prod`,
      resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] },
      logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }] },
    },
  });
  mocks.ec2.on(DescribeNetworkAclsCommand).resolves({
    NetworkAcls: [
      {
        NetworkAclId: 'acl-1',
        Entries: [
          {
            RuleNumber: 100,
            Protocol: '6',
            RuleAction: 'allow',
            Egress: false,
            CidrBlock: '0.0.0.0/0',
            PortRange: { From: 22, To: 22 },
          },
        ],
      },
    ],
  });
  mocks.iam.on(ListPoliciesCommand).resolves({
    Policies: [{ PolicyName: 'everything', Arn: policyArn, DefaultVersionId: 'v3' }],
  });
  mocks.iam.on(GetPolicyVersionCommand).resolves({
    PolicyVersion: { VersionId: 'v3', IsDefaultVersion: true, Document: encodeURIComponent(ADMIN) },
  });
  mocks.iam.on(ListRolesCommand).resolves({
    Roles: [
      {
        RoleName: 'deployer',
        Arn: roleArn,
        Path: '/',
        RoleId: 'AROAEXAMPLE',
        CreateDate: new Date('2024-01-01T00:00:00Z'),
      },
    ],
  });
  mocks.iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: ['read-logs'] });
  mocks.iam.on(GetRolePolicyCommand).resolves({
    RoleName: 'deployer',
    PolicyName: 'read-logs',
    PolicyDocument: encodeURIComponent(READ),
  });
  mocks.iam.on(ListUsersCommand).resolves({
    Users: [
      {
        UserName: 'alice',
        Arn: userArn,
        Path: '/',
        UserId: 'AIDAEXAMPLE',
        CreateDate: new Date('2024-01-01T00:00:00Z'),
      },
    ],
  });
  mocks.iam.on(ListUserPoliciesCommand).resolves({ PolicyNames: ['secret'] });
  mocks.iam.on(GetUserPolicyCommand).rejects(awsError('AccessDenied', 'not allowed', 403));
};

describe('collecting GuardDuty, Config, IAM, EKS and network ACLs', () => {
  it('stores their items, decodes IAM documents, and gives a snapshot the scanner adapts', async () => {
    governanceAccount();
    const snapshot = await collect();
    const json = JSON.parse(JSON.stringify(snapshot));
    expect(snapshotSchema.safeParse(json).error?.issues).toBeUndefined();
    expect(json.services.guardduty[R].detectors).toEqual([
      {
        DetectorId: 'd-1',
        GetDetector: { Status: 'DISABLED', ServiceRole: 'role', CreatedAt: '2024-01-01' },
      },
    ]);
    expect(json.services.config[R].recorders[0]).toMatchObject({
      name: 'default',
      DescribeConfigurationRecorderStatus: { recording: true },
    });
    expect(json.services.iam.global.policies[0].GetPolicyVersion.PolicyVersion.Document).toBe(ADMIN);
    expect(json.services.iam.global.inlinePolicies).toEqual([
      {
        PrincipalType: 'role',
        PrincipalName: 'deployer',
        PrincipalArn: roleArn,
        PolicyName: 'read-logs',
        PolicyDocument: READ,
      },
      { PrincipalType: 'user', PrincipalName: 'alice', PrincipalArn: userArn, PolicyName: 'secret' },
    ]);
    expect(snapshot.errors).toEqual([
      {
        service: 'iam',
        region: 'global',
        operation: 'GetUserPolicy',
        code: 'AccessDenied',
        message: 'not allowed',
        resource: `${userArn} policy secret`,
      },
    ]);

    const parsed = parseInput('account.json', JSON.stringify(json, null, 2));
    expect(parsed.issues.filter((i) => i.level === 'error')).toEqual([]);
    const byAddress = new Map(parsed.resources.map((r) => [r.address, r]));
    expect(byAddress.get(`arn:aws:guardduty:${R}:${ACCOUNT}:detector/d-1`)).toMatchObject({
      kind: 'aws.guardduty.detector',
      enabled: false,
    });
    expect(byAddress.get(`arn:aws:config:${R}:${ACCOUNT}:config-recorder/default`)).toMatchObject({
      kind: 'aws.config.recorder',
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: false },
    });
    expect(byAddress.get(`arn:aws:eks:${R}:${ACCOUNT}:cluster/prod`)).toMatchObject({
      endpointPublicAccess: true,
      logTypes: ['api', 'audit'],
    });
    expect(byAddress.get(`arn:aws:ec2:${R}:${ACCOUNT}:network-acl/acl-1`)).toMatchObject({
      entries: [{ ruleNumber: 100, protocol: 'tcp', action: 'allow', fromPort: 22, toPort: 22 }],
    });
    expect(byAddress.get(policyArn)).toMatchObject({
      policyType: 'managed',
      statements: [{ effect: 'Allow', actions: ['*'], resources: ['*'] }],
    });
    expect(byAddress.get(`${roleArn} policy read-logs`)).toMatchObject({
      policyType: 'inline',
      statements: [{ actions: ['s3:GetObject'] }],
    });
    expect(byAddress.get(`${userArn} policy secret`)).toMatchObject({
      statements: { reason: expect.stringMatching(/GetUserPolicy failed .*AccessDenied/) },
    });
  });

  it('records a refused GuardDuty listing and a detector it could not read', async () => {
    mocks.guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['d-1'] });
    mocks.guardduty.on(GetDetectorCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    mocks.eks.on(ListClustersCommand).rejects(awsError('AccessDeniedException', 'no eks', 403));
    const snapshot = await collect();
    expect(snapshot.services.guardduty?.[R]?.detectors).toEqual([{ DetectorId: 'd-1' }]);
    expect(snapshot.services.eks).toBeUndefined();
    expect(snapshot.errors.map((e) => [e.service, e.operation, e.resource])).toEqual([
      ['eks', 'ListClusters', undefined],
      ['guardduty', 'GetDetector', 'd-1'],
    ]);
  });

  it(`stops reading inline policies past ${MAX_PRINCIPALS} principals and records why`, async () => {
    const roles = Array.from({ length: MAX_PRINCIPALS + 1 }, (_, i) => ({
      RoleName: `r${i}`,
      Arn: `arn:aws:iam::${ACCOUNT}:role/r${i}`,
      Path: '/',
      RoleId: `AROA${i}`,
      CreateDate: new Date('2024-01-01T00:00:00Z'),
    }));
    mocks.iam.on(ListRolesCommand).resolves({ Roles: roles });
    mocks.iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: [] });
    mocks.iam.on(ListUsersCommand).resolves({
      Users: [
        {
          UserName: 'u',
          UserId: 'AIDAU',
          Arn: `arn:aws:iam::${ACCOUNT}:user/u`,
          Path: '/',
          CreateDate: new Date('2024-01-01T00:00:00Z'),
        },
      ],
    });
    const snapshot = await collect({ perResourceConcurrency: 64 });
    expect(mocks.iam.commandCalls(ListRolePoliciesCommand)).toHaveLength(MAX_PRINCIPALS);
    expect(mocks.iam.commandCalls(ListUserPoliciesCommand)).toHaveLength(0);
    expect(snapshot.errors.map((e) => [e.operation, e.code])).toEqual([
      ['ListRoles', 'PrincipalLimitReached'],
      ['ListUsers', 'PrincipalLimitReached'],
    ]);
  });

  it('decodes documents as the scanner does, and keeps what it cannot decode as AWS sent it', async () => {
    governanceAccount();
    // Already JSON: kept as is, `%20` included (decoding it again would change the resource).
    const spaced = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a%20b/*' },
    });
    mocks.iam.on(GetRolePolicyCommand).resolves({ PolicyName: 'read-logs', PolicyDocument: spaced });
    mocks.iam.on(GetPolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v3', Document: '100%' } });
    const snapshot = await collect();
    const json = JSON.parse(JSON.stringify(snapshot));
    expect(json.services.iam.global.inlinePolicies[0].PolicyDocument).toBe(spaced);
    expect(json.services.iam.global.policies[0].GetPolicyVersion.PolicyVersion.Document).toBe('100%');

    const byAddress = new Map(
      parseInput('account.json', JSON.stringify(json)).resources.map((r) => [r.address, r]),
    );
    expect(byAddress.get(`${roleArn} policy read-logs`)).toMatchObject({
      statements: [{ resources: ['arn:aws:s3:::a%20b/*'] }],
    });
    expect(byAddress.get(policyArn)).toMatchObject({
      statements: { reason: 'the policy document is neither JSON nor URL-encoded JSON' },
    });
  });
});
