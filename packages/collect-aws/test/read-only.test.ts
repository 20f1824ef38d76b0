import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../src');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** Every value (not type) the collector imports from an AWS SDK client package. */
const sdkImports = () =>
  sources(SRC).flatMap((file) =>
    [
      ...readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-[a-z0-9-]+'/g),
    ].flatMap((m) =>
      (m[1] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('type ')),
    ),
  );

describe('the collector only reads', () => {
  const names = [...new Set(sdkImports())].sort();
  const commands = names.filter((n) => n.endsWith('Command'));
  const paginators = names.filter((n) => n.startsWith('paginate'));

  it('imports exactly these command classes and paginators', () => {
    expect(commands).toEqual([
      'DescribeClusterCommand',
      'DescribeConfigurationRecorderStatusCommand',
      'DescribeConfigurationRecordersCommand',
      'DescribeInstanceAttributeCommand',
      'DescribeKeyCommand',
      'DescribeRegionsCommand',
      'DescribeTrailsCommand',
      'GetBucketEncryptionCommand',
      'GetBucketLifecycleConfigurationCommand',
      'GetBucketLocationCommand',
      'GetBucketVersioningCommand',
      'GetCallerIdentityCommand',
      'GetDetectorCommand',
      'GetEventSelectorsCommand',
      'GetGroupPolicyCommand',
      'GetKeyRotationStatusCommand',
      'GetPolicyVersionCommand',
      'GetPublicAccessBlockCommand',
      'GetRolePolicyCommand',
      'GetTrailStatusCommand',
      'GetUserPolicyCommand',
    ]);
    expect(paginators).toEqual([
      'paginateDescribeDBClusters',
      'paginateDescribeDBInstances',
      'paginateDescribeFlowLogs',
      'paginateDescribeInstances',
      'paginateDescribeLaunchTemplateVersions',
      'paginateDescribeNetworkAcls',
      'paginateDescribeSecurityGroups',
      'paginateDescribeSubnets',
      'paginateDescribeVolumes',
      'paginateDescribeVpcs',
      'paginateListBuckets',
      'paginateListClusters',
      'paginateListDetectors',
      'paginateListGroupPolicies',
      'paginateListGroups',
      'paginateListKeys',
      'paginateListPolicies',
      'paginateListRolePolicies',
      'paginateListRoles',
      'paginateListUserPolicies',
      'paginateListUsers',
    ]);
  });

  it('names only Describe, List and Get operations', () => {
    for (const name of commands) expect(name).toMatch(/^(Describe|List|Get)[A-Za-z0-9]+Command$/);
    for (const name of paginators) expect(name).toMatch(/^paginate(Describe|List|Get)[A-Za-z0-9]+$/);
  });

  it('imports nothing else from the SDK clients but client classes and model types', () => {
    const others = names.filter((n) => !n.endsWith('Command') && !n.startsWith('paginate'));
    for (const name of others)
      expect(name).toMatch(/^(EC2|S3|CloudTrail|RDS|KMS|STS|GuardDuty|ConfigService|IAM|EKS)Client$/);
  });
});
